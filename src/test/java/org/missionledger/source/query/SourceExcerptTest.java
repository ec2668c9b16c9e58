package org.missionledger.source.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import org.junit.jupiter.api.Test;

class SourceExcerptTest {

    static String words(String prefix, int n) {
        return String.join(" ", Collections.nCopies(n, prefix));
    }

    @Test
    void keepsTheChangeWithContextWordsAndSaysWhatWasLeftOut() {
        String start = words("intro", 100);
        String end = words("outro", 100);

        SourceExcerpt excerpt = SourceExcerpt.of(start + " Halve " + end, start + " Reduce " + end);

        assertThat(excerpt.before()).isEqualTo(words("intro", 30) + " Halve " + words("outro", 30));
        assertThat(excerpt.after()).isEqualTo(words("intro", 30) + " Reduce " + words("outro", 30));
        assertThat(excerpt.leadingElided()).isTrue();
        assertThat(excerpt.trailingElided()).isTrue();
    }

    @Test
    void aShortTextIsKeptWhole() {
        SourceExcerpt excerpt = SourceExcerpt.of("Halve crime by 2034", "Reduce crime by 2034");

        assertThat(excerpt).isEqualTo(new SourceExcerpt("Halve crime by 2034", "Reduce crime by 2034", false, false));
    }

    @Test
    void handlesAddedTextAtTheEndAndEmptyTexts() {
        assertThat(SourceExcerpt.of("a b", "a b c")).isEqualTo(new SourceExcerpt("a b", "a b c", false, false));
        assertThat(SourceExcerpt.of(null, "new")).isEqualTo(new SourceExcerpt("", "new", false, false));
        assertThat(SourceExcerpt.of("same", "same")).isEqualTo(new SourceExcerpt("same", "same", false, false));
    }
}
