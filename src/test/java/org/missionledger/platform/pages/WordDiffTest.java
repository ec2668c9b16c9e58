package org.missionledger.platform.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.missionledger.platform.pages.WordDiff.Op;
import org.missionledger.platform.pages.WordDiff.Segment;

class WordDiffTest {

    @Test
    void identicalTextsAreOneUnchangedSegment() {
        assertThat(WordDiff.diff("at least 95% clean power", "at least 95% clean power"))
                .containsExactly(new Segment(Op.SAME, "at least 95% clean power"));
    }

    @Test
    void aReplacedWordIsDeletedThenInserted() {
        List<Segment> diff = WordDiff.diff(
                "Bring roadside nitrogen dioxide down to 30 µg/m³ by the end of 2027",
                "Bring roadside nitrogen dioxide down to 35 µg/m³ by the end of 2028");
        assertThat(diff)
                .containsExactly(
                        new Segment(Op.SAME, "Bring roadside nitrogen dioxide down to "),
                        new Segment(Op.DELETED, "30 "),
                        new Segment(Op.INSERTED, "35 "),
                        new Segment(Op.SAME, "µg/m³ by the end of "),
                        new Segment(Op.DELETED, "2027"),
                        new Segment(Op.INSERTED, "2028"));
    }

    @Test
    void theDemoRewordingKeepsWhatStayed() {
        List<Segment> diff = WordDiff.diff(
                "zero-carbon electricity generation by 2030", "on track to at least 95% clean power by 2030");
        assertThat(text(diff, Op.SAME)).isEqualTo("by 2030");
        assertThat(text(diff, Op.DELETED)).isEqualTo("zero-carbon electricity generation ");
        assertThat(text(diff, Op.INSERTED)).isEqualTo("on track to at least 95% clean power ");
    }

    @Test
    void insertionsAndDeletionsAtEitherEnd() {
        assertThat(WordDiff.diff("clean power", "at least clean power by 2030"))
                .containsExactly(
                        new Segment(Op.INSERTED, "at least "),
                        new Segment(Op.SAME, "clean power "),
                        new Segment(Op.INSERTED, "by 2030"));
        assertThat(WordDiff.diff("every child, everywhere", "every child"))
                .extracting(Segment::op)
                .containsExactly(Op.SAME, Op.DELETED, Op.INSERTED);
    }

    @Test
    void theOldTextIsTheUnchangedAndDeletedPartsAndTheNewTheUnchangedAndInserted() {
        String before = "By 2030, Camden's estates and streets are creative and sustainable.";
        String after =
                "By 2030, Camden's estates and their neighbourhoods are healthy, sustainable and unlock creativity.";
        List<Segment> diff = WordDiff.diff(before, after);
        assertThat(words(diff, Op.INSERTED)).isEqualTo(words(after));
        assertThat(words(diff, Op.DELETED)).isEqualTo(words(before));
    }

    @Test
    void whitespaceAloneIsNoChange() {
        assertThat(WordDiff.unchanged(WordDiff.diff("a  b\nc", "a b c"))).isTrue();
        assertThat(WordDiff.unchanged(WordDiff.diff("a b", "a c"))).isFalse();
    }

    @Test
    void absentTextsAreEmpty() {
        assertThat(WordDiff.diff(null, "new")).containsExactly(new Segment(Op.INSERTED, "new"));
        assertThat(WordDiff.diff("old", null)).containsExactly(new Segment(Op.DELETED, "old"));
        assertThat(WordDiff.diff(null, null)).isEmpty();
    }

    @Test
    void veryLongTextsAreComparedAsBlocks() {
        String before = "word ".repeat(WordDiff.MAX_TOKENS + 1);
        String after = before + "more";
        assertThat(WordDiff.diff(before, after)).extracting(Segment::op).containsExactly(Op.DELETED, Op.INSERTED);
    }

    private static String text(List<Segment> diff, Op op) {
        return diff.stream().filter(s -> s.op() == op).map(Segment::text).collect(Collectors.joining());
    }

    /** The words of the new (or old) text as the diff has them: unchanged plus inserted (or deleted). */
    private static List<String> words(List<Segment> diff, Op side) {
        return words(diff.stream()
                .filter(s -> s.op() == Op.SAME || s.op() == side)
                .map(Segment::text)
                .collect(Collectors.joining()));
    }

    private static List<String> words(String text) {
        return List.of(text.trim().split("\\s+"));
    }
}
