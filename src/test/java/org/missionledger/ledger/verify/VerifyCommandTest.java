package org.missionledger.ledger.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionledger.ledger.log.EventLeaf;
import org.missionledger.ledger.log.EventLineWriter;
import org.missionledger.ledger.note.NoteSignerKey;
import org.missionledger.platform.eventstore.StoredEvent;
import picocli.CommandLine;

/** The offline verifier from the command line: verdicts, exit codes and what it names after each kind of tampering. */
class VerifyCommandTest {

    @TempDir
    Path dir;

    SyntheticLog log;
    List<String> common;

    @BeforeEach
    void saveCheckpointsKeyAndLeaves() {
        log = new SyntheticLog(dir, 43);
        common = new ArrayList<>(List.of(
                "--no-progress",
                "--key",
                log.keyFile().toString(),
                "--checkpoint",
                log.checkpoint(10).toString(),
                "--checkpoint",
                log.checkpoint(25).toString(),
                "--checkpoint",
                log.checkpoint(40).toString()));
        log.leaves("leaves.jsonl", log.events.subList(0, 40));
    }

    record Run(int exit, String out, String err) {}

    static Run run(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new VerifyCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    Run verify(List<StoredEvent> history, String... extra) {
        List<String> args = new ArrayList<>(common);
        args.add("--events");
        args.add(log.export("events.jsonl", history).toString());
        args.addAll(List.of(extra));
        return run(args);
    }

    String trusted() {
        return dir.resolve("leaves.jsonl").toString();
    }

    @Test
    void anIntactExportVerifiesWithTheNumbers() {
        Run run = verify(log.events);
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out())
                .contains("43 events, 43 leaves recomputed")
                .contains("OK    size 10 ", "OK    size 25 ", "OK    size 40 ")
                .contains("Result: OK. 43 events; every leaf recomputed; 3 checkpoint(s) verified and consistent "
                        + "(largest size 40); 3 later event(s) are not covered by a checkpoint yet.");
    }

    @Test
    void namesAModifiedEventAndTheCheckpointsItContradicts() {
        List<StoredEvent> tampered = new ArrayList<>(log.events);
        tampered.set(17, SyntheticLog.withPayload(tampered.get(17), "{\"statement\":\"Weakened quietly\"}"));

        Run run = verify(tampered, "--trusted-leaves", trusted());

        assertThat(run.exit()).as(run.out()).isEqualTo(1);
        assertThat(run.out())
                .contains("OK    size 10 ", "FAIL  size 25 ", "FAIL  size 40 ")
                .contains("MODIFIED   event " + log.events.get(17).eventId())
                .contains("at leaf 17 (line 18)")
                .contains("changed: payload (sha256 ")
                .contains("contradicts " + dir.resolve("cp-25.txt") + " (size 25), " + dir.resolve("cp-40.txt")
                        + " (size 40)")
                .contains("Result: FAILED. 1 event(s) modified. 2 of 3 checkpoint(s) not verified; the first "
                        + "divergent leaf is 17.");
    }

    @Test
    void namesADeletedEvent() {
        List<StoredEvent> tampered = new ArrayList<>(log.events);
        StoredEvent deleted = tampered.remove(17);

        Run run = verify(tampered, "--trusted-leaves", trusted());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .contains("DELETED    event " + deleted.eventId())
                .contains(", leaf 17, is missing")
                .contains("1 event(s) deleted")
                .doesNotContain("MODIFIED", "INSERTED", "REORDERED");
    }

    @Test
    void namesAnInsertedEventAndTheRenumberingBehindIt() {
        List<StoredEvent> tampered = new ArrayList<>();
        for (int i = 0; i < log.events.size(); i++) {
            StoredEvent event = log.events.get(i);
            if (i == 17) {
                tampered.add(SyntheticLog.event(event.globalIndex(), "mission-forged", 0, "Never happened"));
            }
            tampered.add(i >= 17 ? SyntheticLog.renumbered(event, event.globalIndex() + 1) : event);
        }
        String forged = tampered.get(17).eventId();

        Run run = verify(tampered, "--trusted-leaves", trusted());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .contains("INSERTED   event " + forged)
                .contains("(line 18) is unknown to the authenticated history; it stands before leaf 17")
                .contains(
                        "RENUMBERED 23 event(s) at leaves 17–39 keep their content but their global index moved by +1")
                .contains("1 event(s) inserted")
                .doesNotContain("MODIFIED", "DELETED");
    }

    @Test
    void namesTwoSwappedEventsAsReordered() {
        List<StoredEvent> tampered = new ArrayList<>(log.events);
        StoredEvent a = tampered.get(17);
        StoredEvent b = tampered.get(20);
        // the documents' contents swapped between their _ids: each takes the other's global index
        tampered.set(17, SyntheticLog.renumbered(b, a.globalIndex()));
        tampered.set(20, SyntheticLog.renumbered(a, b.globalIndex()));

        Run run = verify(tampered, "--trusted-leaves", trusted());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .contains("REORDERED  event " + a.eventId())
                .contains("belongs at leaf 17 but was found at leaf 20")
                .contains("REORDERED  event " + b.eventId())
                .contains("belongs at leaf 20 but was found at leaf 17")
                .contains("2 event(s) reordered")
                .doesNotContain("MODIFIED", "DELETED", "INSERTED");
    }

    @Test
    void rootsAloneNarrowTheChangeToARange() {
        List<StoredEvent> tampered = new ArrayList<>(log.events);
        tampered.set(17, SyntheticLog.withPayload(tampered.get(17), "{}"));

        Run run = verify(tampered);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .contains(
                        "The first 10 events reproduce " + dir.resolve("cp-10.txt") + ", so leaves 0–9 are unchanged.")
                .contains("is not reproduced, so the first changed leaf is in 10–24.")
                .contains("--trusted-leaves")
                .contains("leaf 17: event " + log.events.get(17).eventId())
                .contains("the first divergent leaf is in 10–24");
    }

    @Test
    void anExportShorterThanACheckpointIsATruncatedHistory() {
        Run run = verify(log.events.subList(0, 30), "--trusted-leaves", trusted());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .contains("FAIL  size 40 ")
                .contains("commits to 40 events but the history has 30: TRUNCATED — the log already signed a larger "
                        + "tree than the history checked, whose earlier checkpoints all hold, so the history was cut "
                        + "short by 10 or more events (rolled back to an earlier state, or an incomplete export)")
                .contains("TRUNCATED  the history ends after 30 event(s): the last 10 authenticated event(s), leaves "
                        + "30–39 from event " + log.events.get(30).eventId())
                .contains("on, are missing: the log was rolled back to a tree smaller than a checkpoint it had "
                        + "already signed (size 40)")
                .contains("Result: FAILED. history truncated after 30 event(s) (10 authenticated event(s) missing "
                        + "from the end).")
                .doesNotContain("DELETED");
    }

    @Test
    void aDeletionInsideTheHistoryIsNotATruncation() {
        List<StoredEvent> tampered = new ArrayList<>(log.events);
        tampered.remove(12);

        Run run = verify(tampered, "--trusted-leaves", trusted());

        assertThat(run.out())
                .contains("DELETED    event " + log.events.get(12).eventId())
                .doesNotContain("TRUNCATED");
    }

    @Test
    void aDeletionAndATruncationAreNamedApart() {
        List<StoredEvent> tampered = new ArrayList<>(log.events.subList(0, 30));
        tampered.remove(12);

        Run run = verify(tampered, "--trusted-leaves", trusted());

        assertThat(run.out())
                .contains("DELETED    event " + log.events.get(12).eventId())
                .contains("TRUNCATED  the history ends after 30 event(s)")
                // an earlier checkpoint fails too, so the short history is not called a clean rollback
                .contains("commits to 40 events but the history has 29: 11 or more events are missing (deleted");
    }

    @Test
    void anEarlierExportServesAsEvidenceToo() {
        Path earlier = log.export("earlier.jsonl", log.events.subList(0, 40));
        List<StoredEvent> tampered = new ArrayList<>(log.events);
        tampered.set(3, SyntheticLog.withPayload(tampered.get(3), "{\"x\":1}"));

        Run run = verify(tampered, "--trusted-events", earlier.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .contains("MODIFIED   event " + log.events.get(3).eventId())
                .contains("contradicts " + dir.resolve("cp-10.txt") + " (size 10)");
    }

    @Test
    void refusesCheckpointsWithoutAValidSignatureFromTheKey() {
        NoteSignerKey impostor = NoteSignerKey.fromSeed(SyntheticLog.ORIGIN, new byte[] {
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29,
            30, 31, 32
        });
        common.add("--checkpoint");
        common.add(log.checkpoint(20, log.events, impostor, "impostor.txt").toString());
        String genuine = log.checkpoint(30).toString();
        common.add("--checkpoint");
        common.add(log.write("altered.txt", readString(genuine).replace("\n30\n", "\n31\n"))
                .toString());

        Run run = verify(log.events);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .contains("impostor.txt: signature does not verify: no signature by the key given. Key ids found in "
                        + "the note: " + SyntheticLog.ORIGIN + "+"
                        + impostor.verifierKey().keyIdHex() + "; expected: "
                        + SyntheticLog.ORIGIN + "+"
                        + SyntheticLog.KEY.verifierKey().keyIdHex())
                .contains("altered.txt: signature does not verify: invalid signature by known key")
                .contains("the text was changed after it was signed");
    }

    @Test
    void detectsAForkAndCheckpointsNoHistoryCanSatisfy() {
        List<StoredEvent> rewritten = new ArrayList<>(log.events);
        rewritten.set(5, SyntheticLog.withPayload(rewritten.get(5), "{\"rewritten\":true}"));
        common.add("--checkpoint");
        common.add(
                log.checkpoint(25, rewritten, SyntheticLog.KEY, "other-25.txt").toString());
        common.add("--checkpoint");
        common.add(
                log.checkpoint(43, rewritten, SyntheticLog.KEY, "later-43.txt").toString());

        Run run = verify(rewritten);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .contains("FORK: " + dir.resolve("cp-25.txt") + " (root " + root(log.events, 25) + ") and "
                        + dir.resolve("other-25.txt") + " (root " + root(rewritten, 25) + ") are both validly signed "
                        + "for tree size 25")
                .contains("the history checked reproduces " + dir.resolve("other-25.txt"))
                .contains("INCONSISTENT CHECKPOINTS: the history checked reproduces " + dir.resolve("later-43.txt")
                        + " (size 43) but not the earlier " + dir.resolve("cp-10.txt") + " (size 10)");
    }

    @Test
    void aForkNamesBothRootsAndWithTheOtherSidesLeavesTheFirstDifferingLeaf() {
        List<StoredEvent> rewritten = new ArrayList<>(log.events);
        rewritten.set(5, SyntheticLog.withPayload(rewritten.get(5), "{\"rewritten\":true}"));
        common.add("--checkpoint");
        common.add(
                log.checkpoint(25, rewritten, SyntheticLog.KEY, "other-25.txt").toString());
        log.leaves("other-leaves.jsonl", rewritten.subList(0, 25));

        Run run = verify(
                log.events,
                "--trusted-leaves",
                dir.resolve("other-leaves.jsonl").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .contains("FORK: " + dir.resolve("cp-25.txt") + " (root " + root(log.events, 25) + ") and "
                        + dir.resolve("other-25.txt") + " (root " + root(rewritten, 25) + ")")
                .contains("the history checked reproduces " + dir.resolve("cp-25.txt"))
                .contains("the two histories first differ at leaf 5 (event "
                        + rewritten.get(5).eventId())
                // the range the roots allow ends below the fork's size, never the impossible "25–25"
                .doesNotContain("25–25");
    }

    @Test
    void aForkWithoutTheOtherSidesLeavesSaysWhatTheRootsCannotTell() {
        List<StoredEvent> rewritten = new ArrayList<>(log.events);
        rewritten.set(5, SyntheticLog.withPayload(rewritten.get(5), "{\"rewritten\":true}"));
        common.add("--checkpoint");
        common.add(
                log.checkpoint(25, rewritten, SyntheticLog.KEY, "other-25.txt").toString());

        Run run = verify(log.events);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .contains("two roots cannot say at which leaf the histories part")
                .contains("so the first changed leaf is in 10–24.")
                .doesNotContain("25–25");
    }

    static String root(List<StoredEvent> history, int size) {
        return java.util.Base64.getEncoder()
                .encodeToString(SyntheticLog.tree(history).root(size));
    }

    @Test
    void acceptsARedactedLineThatCarriesOnlyThePayloadDigest() {
        Path export = log.export("events.jsonl", log.events);
        StoredEvent event = log.events.get(7);
        String line = EventLineWriter.line(event);
        String redacted = line.replace(
                "\"payload\":" + quoted(event.payload()),
                "\"payload\":null,\"payloadSha256\":\"" + HexFormat.of().formatHex(EventLeaf.sha256(event.payload()))
                        + "\"");
        assertThat(redacted).isNotEqualTo(line);
        log.write("events.jsonl", readString(export.toString()).replace(line, redacted));
        List<String> args = new ArrayList<>(common);
        args.addAll(List.of("--events", export.toString()));

        Run run = run(args);

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
    }

    @Test
    void usageErrorsExitWith2() {
        assertThat(run(List.of()).exit()).isEqualTo(2);
        assertThat(run(List.of("--events", "x.jsonl")).exit()).isEqualTo(2);
        assertThat(run(List.of("--no-such-option")).exit()).isEqualTo(2);
        assertThat(run(List.of("--live")).exit()).isEqualTo(2);
        Run both = run(List.of("--live", "--events", "x", "--data-dir", "d"));
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("--events and --live exclude each other");
    }

    @Test
    void unreadableInputIsBadInputExitingWith2AndSaysWhere() {
        List<String> args = new ArrayList<>(common);
        args.addAll(List.of("--events", dir.resolve("missing.jsonl").toString()));
        Run missing = run(args);
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("missing.jsonl");

        Path export = log.export("events.jsonl", log.events);
        log.write("events.jsonl", readString(export.toString()).replaceFirst("\"payload\":", "\"pay\":"));
        args = new ArrayList<>(common);
        args.addAll(List.of("--events", export.toString()));
        Run malformed = run(args);
        assertThat(malformed.exit()).isEqualTo(2);
        assertThat(malformed.err()).contains("line 1: payload is missing");

        common.addAll(
                List.of("--checkpoint", log.write("junk.txt", "not a note\n").toString()));
        Run junk = verify(log.events);
        assertThat(junk.exit()).isEqualTo(2);
        assertThat(junk.err()).contains("junk.txt is not a signed note");
    }

    @Test
    void evidenceThatContradictsTheCheckpointsIsNotTrusted() {
        List<StoredEvent> forged = new ArrayList<>(log.events.subList(0, 40));
        forged.set(2, SyntheticLog.withPayload(forged.get(2), "{}"));
        log.leaves("forged-leaves.jsonl", forged);
        List<StoredEvent> tampered = new ArrayList<>(log.events);
        tampered.set(17, SyntheticLog.withPayload(tampered.get(17), "{}"));

        Run run = verify(
                tampered, "--trusted-leaves", dir.resolve("forged-leaves.jsonl").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .contains("does not reproduce " + dir.resolve("cp-10.txt"))
                .contains("cannot be used to name the changes")
                .contains("the first changed leaf is in 10–24");
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\\\"") + "\"";
    }

    private static String readString(String path) {
        try {
            return java.nio.file.Files.readString(Path.of(path));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
