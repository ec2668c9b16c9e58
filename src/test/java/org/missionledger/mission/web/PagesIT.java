package org.missionledger.mission.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.missionledger.exchange.command.Importer;
import org.missionledger.support.Http;
import org.missionledger.support.IllustrativeLedger;
import org.missionledger.support.LedgerIntegrationTest;
import org.missionledger.support.LedgerVerification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page type over plain HTTP, as a reader without JavaScript gets it: status, the frame (title, data-as-of note,
 * footer), no inline script or style (the CSP forbids them), HTML error pages, the dossier as a PDF, and recording
 * behind sign-in.
 */
@LedgerIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesIT {

    static final String MISSION = "/missions/" + IllustrativeLedger.MISSION;
    static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)(?![^>]*type=\"application/json\")");
    static final Pattern STYLE_ATTRIBUTE = Pattern.compile("<[^>]+\\sstyle=");

    @LocalServerPort
    int port;

    @Autowired
    Importer importer;

    Http http;

    @BeforeAll
    void load() {
        http = new Http(port);
        IllustrativeLedger.load(importer, http, true);
        http = http.anonymous();
    }

    @Test
    void everyPageTypeRendersWithItsFrameAndNoInlineScriptOrStyle() {
        for (String path : List.of(
                "/",
                "/?body=exampleshire&status=ACTIVE&progress=ON_TRACK",
                MISSION,
                MISSION + "?asOf=2025-01-01",
                MISSION + "?asOf=2025-01-01&asKnownAt=2025-01-01",
                MISSION + "/targets/" + IllustrativeLedger.NO2,
                MISSION + "/roster",
                MISSION + "/dossier",
                "/changes",
                "/changes?kind=DROPPED&kind=WEAKENED&from=2024-01-01&to=2025-12-31",
                "/changes/1",
                "/accountability",
                "/accountability?subject=" + IllustrativeLedger.MISSION + "/" + IllustrativeLedger.NO2
                        + "&at=2024-06-01",
                "/indicators/" + IllustrativeLedger.INDICATOR,
                "/audit",
                "/audit?from=20")) {
            Http.Response page = http.get(path, "text/html");
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.header("Content-Type")).as(path).startsWith("text/html");
            assertThat(page.header("Content-Security-Policy")).as(path).contains("script-src 'self'");
            assertThat(page.header("Set-Cookie"))
                    .as(path + ": reading needs no session")
                    .isNull();
            assertThat(page.body())
                    .as(path)
                    .contains("<title>")
                    .contains("– Mission Ledger</title>")
                    .contains("Data as of global position")
                    .contains("href=\"/swagger-ui.html\"")
                    .contains("href=\"/api/ledger/checkpoint\"")
                    .doesNotContain("GOV.UK</a>");
            assertThat(INLINE_SCRIPT.matcher(page.body()).find())
                    .as(path + " has inline script")
                    .isFalse();
            assertThat(STYLE_ATTRIBUTE.matcher(page.body()).find())
                    .as(path + " has a style attribute")
                    .isFalse();
        }
    }

    @Test
    void theMissionPageShowsTheOriginalWordingTargetsHoldersAndTimeline() {
        String page = http.get(MISSION, "text/html").body();
        assertThat(page)
                .contains("breathes cleaner air, on a path to")
                .contains("<strong>Originally:</strong> “By 2030, everyone in Exampleshire breathes air that meets")
                .contains("Bring average roadside nitrogen dioxide down to 35 µg/m³ by the end of 2028")
                .contains("Cllr Sam Patel")
                .contains("Funding for the street tree planting programme was withdrawn")
                .contains("https://example.org/exampleshire/budget-2025-26");
    }

    @Test
    void timeTravelShowsTheMissionAsItStood() {
        String page = http.get(MISSION + "?asOf=2025-01-01", "text/html").body();
        assertThat(page)
                .contains("This is the mission as it stood on 1 January 2025")
                .contains("down to 30 µg/m³ by the end of 2027")
                .doesNotContain("down to 35 µg/m³ by the end of 2028")
                .contains("Cllr Alex Morgan");
        Http.Response invalid = http.get(MISSION + "?asOf=2025-02-30", "text/html");
        assertThat(invalid.status()).isEqualTo(200);
        assertThat(invalid.body())
                .contains("govuk-error-summary")
                .contains("As it stood on must be a date like 2025-03-01");
        assertThat(http.get(MISSION + "?asOf=2020-01-01", "text/html").body())
                .contains("As it stood on is before the mission was declared");
    }

    @Test
    void theTargetPageHasTheReadingsTableTheChartDataAndTheRevision() {
        String page = http.get(MISSION + "/targets/" + IllustrativeLedger.NO2, "text/html")
                .body();
        assertThat(page)
                .contains("id=\"readings-table\"")
                .contains("data-period-end=\"2024-11-30\"")
                .contains("data-values=\"") // every vintage of each period, for the chart
                .contains("Revised: <strong>38.6</strong>")
                .contains("<del><span class=\"govuk-visually-hidden\">removed: </span>30 </del>")
                .contains("<ins><span class=\"govuk-visually-hidden\">added: </span>35 </ins>")
                .contains("/webjars/uplot/1.6.30/dist/uPlot.iife.min.js");
        assertThat(http.get("/webjars/uplot/1.6.30/dist/uPlot.iife.min.js", "*/*")
                        .status())
                .isEqualTo(200);
        assertThat(http.get("/assets/target-chart.js", "*/*").status()).isEqualTo(200);
    }

    @Test
    void errorsArePagesToo() {
        Http.Response missing = http.get("/missions/no-such-mission", "text/html");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith("text/html");
        assertThat(missing.body()).contains("Page not found").contains("no-such-mission");
        assertThat(http.get(MISSION + "/targets/nope", "text/html").status()).isEqualTo(404);
        assertThat(http.get("/changes/999999", "text/html").status()).isEqualTo(404);
        assertThat(http.get("/indicators/nope", "text/html").status()).isEqualTo(404);
        Http.Response unmapped = http.get("/no-such-page", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertThat(unmapped.status()).isEqualTo(404);
        assertThat(unmapped.body()).contains("Page not found").doesNotContain("\"type\"");
        Http.Response api = http.get("/api/no-such-thing", "text/html,*/*;q=0.8");
        assertThat(api.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void theDossierIsAPdfWithTheCheckpointItWasProducedUnder() throws IOException {
        String checkpoint = LedgerVerification.awaitCaughtUpAndSign(new Http(port));
        String[] lines = checkpoint.split("\n");
        HttpResponse<byte[]> response = raw(MISSION + "/dossier.pdf");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains(IllustrativeLedger.MISSION_TITLE)
                    .contains("Latest signed checkpoint (" + lines[1] + " events")
                    .contains(lines[0])
                    .contains(lines[2])
                    .contains("Funding for the street tree planting programme was withdrawn")
                    .contains("µg/m³");
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            // every glyph the HTML shows is in the embedded font, so the text extracts as written: "→" of the field
            // changes, "−" of a falling rate, curly quotes of target wordings
            assertThat(text).contains("→").contains("−").contains("“");
            assertThat(text).doesNotContain("#3.").doesNotContain("\u0000");
            java.util.Set<String> fonts = new java.util.TreeSet<>();
            int images = 0;
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name).getName());
                }
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name)
                            instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                        images++;
                    }
                }
            }
            assertThat(fonts).allSatisfy(font -> assertThat(font).contains("DejaVu"));
            assertThat(images).as("the readings chart of the NO2 target").isGreaterThanOrEqualTo(1);
            // dates are never cut across lines: no line ends inside "31 December 2028"-like dates
            assertThat(text)
                    .doesNotContainPattern(
                            "\\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December)\\R\\d{4}");
        }
        assertThat(http.get(MISSION + "/dossier", "text/html").body())
                .contains("Latest signed checkpoint (" + lines[1] + " events")
                .contains(lines[2])
                .contains("href=\"/assets/print.css\" media=\"print\"")
                .contains("<img src=\"data:image/png;base64,");
    }

    @Test
    void recordingNeedsARecorderAndACsrfToken() {
        Http.Response form = http.get("/record/missions/new", "text/html");
        assertThat(form.status()).isEqualTo(302);
        assertThat(form.header("Location")).endsWith("/login");
        HttpResponse<byte[]> post = send(HttpRequest.newBuilder(URI.create(http.base() + "/record/missions/new"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("title=x")));
        assertThat(post.statusCode())
                .as("refused without a CSRF token and a session")
                .isEqualTo(403);
        assertThat(new String(post.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("You cannot do that");
    }

    private HttpResponse<byte[]> raw(String path) {
        return send(HttpRequest.newBuilder(URI.create(http.base() + path)).GET());
    }

    private static HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
