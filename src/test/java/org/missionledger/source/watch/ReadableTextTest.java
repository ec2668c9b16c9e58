package org.missionledger.source.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReadableTextTest {

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void keepsWhatAReaderSeesInTheMainPartOneBlockPerLine() {
        String html = "<!doctype html><html><head><title>Missions</title><style>p{}</style></head><body>"
                + "<div class=\"govuk-cookie-banner\">We use cookies</div><header><nav>Home · Menu</nav></header>"
                + "<main><h1>Safer  streets</h1><p>Halve serious <b>violent</b> crime.</p><ul><li>Knife crime</li>"
                + "<li>Police&nbsp;numbers</li></ul><script>track()</script></main><footer>© Crown</footer></body></html>";

        String text = ReadableText.of(bytes(html), "text/html; charset=utf-8", "https://www.gov.uk/");

        assertThat(text)
                .isEqualTo("Missions\nSafer streets\nHalve serious violent crime.\nKnife crime\nPolice numbers");
    }

    @Test
    void readsTheBodyWhenThereIsNoMainAndHonoursTheCharset() {
        byte[] latin1 = "<html><body><p>Caf\u00e9</p></body></html>".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(ReadableText.of(latin1, "text/html; charset=ISO-8859-1", "https://example.org/"))
                .isEqualTo("Café");
    }

    @Test
    void plainTextAndCsvAsTheyAreOtherDocumentsHaveNoText() {
        assertThat(ReadableText.of(bytes("a,b\r\n1,  2\r\n\r\n"), "text/csv", "https://example.org/x.csv"))
                .isEqualTo("a,b\n1, 2");
        assertThat(ReadableText.of(bytes("%PDF-1.7 ..."), "application/pdf", "https://example.org/x.pdf"))
                .isNull();
        assertThat(ReadableText.of(bytes("<!DOCTYPE html><p>Sniffed</p>"), null, "https://example.org/"))
                .isEqualTo("Sniffed");
    }
}
