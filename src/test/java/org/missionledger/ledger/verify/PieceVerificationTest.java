package org.missionledger.ledger.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionledger.ledger.log.EventLineWriter;
import org.missionledger.ledger.log.LeafEncoding;
import org.missionledger.ledger.merkle.MerkleTree;
import org.missionledger.ledger.note.Checkpoint;
import org.missionledger.ledger.note.NoteSignerKey;
import org.missionledger.platform.eventstore.StoredEvent;
import picocli.CommandLine;

/**
 * The verifier piece by piece, from the command line: a lone checkpoint, one event's inclusion proof, a consistency
 * proof, and what each reports when the log forked, was rolled back or changed an event. Proofs are written in the
 * JSON the API serves ({@code TransparencyLogApiIT} runs the same checks on the real server's answers).
 */
class PieceVerificationTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    SyntheticLog log;
    String key;

    @BeforeEach
    void log() {
        log = new SyntheticLog(dir, 43);
        key = log.keyFile().toString();
    }

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new VerifyCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    // ------------------------------------------------------------------------------------------- lone checkpoint

    @Test
    void aLoneCheckpointReportsOriginSizeRootAndKeyIds() {
        Path checkpoint = log.checkpoint(25);
        byte[] root = SyntheticLog.tree(log.events).root(25);

        Run run = run("--checkpoint", checkpoint.toString(), "--key", key);

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        String keyId = SyntheticLog.KEY.verifierKey().keyIdHex();
        assertThat(run.out())
                .contains("origin     " + SyntheticLog.ORIGIN)
                .contains("tree size  25")
                .contains("root       " + Base64.getEncoder().encodeToString(root) + " (hex "
                        + HexFormat.of().formatHex(root) + ")")
                .contains("key ids    " + SyntheticLog.ORIGIN + "+" + keyId + " (the key given)")
                .contains("OK    validly signed by " + SyntheticLog.ORIGIN + "+" + keyId)
                .contains("Result: OK. 1 checkpoint(s) validly signed by the key given.");
    }

    @Test
    void aCheckpointByAnotherKeyNamesTheKeyIdsFoundAndTheOneExpected() {
        NoteSignerKey other = NoteSignerKey.fromSeed(SyntheticLog.ORIGIN, seed(7));
        Path checkpoint = log.checkpoint(25, log.events, other, "other.txt");

        Run run = run("--checkpoint", checkpoint.toString(), "--key", key);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .contains("FAIL  SIGNATURE: signature does not verify: no signature by the key given. Key ids found "
                        + "in the note: " + SyntheticLog.ORIGIN + "+"
                        + other.verifierKey().keyIdHex()
                        + "; expected: " + SyntheticLog.ORIGIN + "+"
                        + SyntheticLog.KEY.verifierKey().keyIdHex())
                .contains("a key of the same name but another key id signed it")
                .contains("Result: FAILED. SIGNATURE.");
    }

    @Test
    void anAlteredCheckpointSaysItsTextChangedAfterSigning() throws IOException {
        Path genuine = log.checkpoint(30);
        Path altered = log.write("altered.txt", Files.readString(genuine).replace("\n30\n", "\n31\n"));

        Run run = run("--checkpoint", altered.toString(), "--key", key);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("invalid signature by known key").contains("the text was changed after it was");
    }

    @Test
    void aCheckpointWhoseKeyNameDiffersFromItsOriginVerifiesWithANote() {
        byte[] root = SyntheticLog.tree(log.events).root(20);
        String note = new Checkpoint("ledger.example.org/log", 20, root)
                .sign(SyntheticLog.KEY)
                .format();
        Path checkpoint = log.write("renamed.txt", note);

        Run run = run("--checkpoint", checkpoint.toString(), "--key", key);

        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out())
                .contains("origin     ledger.example.org/log")
                .contains("note  the key name " + SyntheticLog.ORIGIN + " differs from the origin line "
                        + "\"ledger.example.org/log\"; C2SP tlog-checkpoint allows that");
    }

    @Test
    void aThirdPartyC2spCheckpointWithCosignaturesVerifies() throws IOException {
        // the Go checksum database's checkpoint with a witness's two cosignature lines (SOURCES.md)
        Path checkpoint = resource("sumdb-checkpoint-with-cosignatures.txt");
        Path sumdbKey = resource("sumdb-key.txt");

        Run run = run("--checkpoint", checkpoint.toString(), "--key", sumdbKey.toString());

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out())
                .contains("origin     go.sum database tree")
                .contains("tree size  15081221")
                .contains("root       BoMMe1wd25Tco0mYGROkyqxHZWx+hcSCtMV315Lu6Lg=")
                .contains("key ids    sum.golang.org+033de0ae (the key given); test.example.com+a931a10b (a key not "
                        + "given: ignored); test.example.com+fcf6bb63 (a key not given: ignored)")
                .contains("OK    validly signed by sum.golang.org+033de0ae")
                .contains("the key name sum.golang.org differs from the origin line \"go.sum database tree\"");
    }

    @Test
    void twoCheckpointsOfOneSizeWithDifferentRootsAreAFork() {
        List<StoredEvent> rewritten = new ArrayList<>(log.events);
        rewritten.set(5, SyntheticLog.withPayload(rewritten.get(5), "{\"rewritten\":true}"));
        Path mine = log.checkpoint(25);
        Path theirs = log.checkpoint(25, rewritten, SyntheticLog.KEY, "shown-to-someone-else.txt");

        Run run = run("--checkpoint", mine.toString(), "--checkpoint", theirs.toString(), "--key", key);

        assertThat(run.exit()).isEqualTo(1);
        String rootA =
                Base64.getEncoder().encodeToString(SyntheticLog.tree(log.events).root(25));
        String rootB =
                Base64.getEncoder().encodeToString(SyntheticLog.tree(rewritten).root(25));
        assertThat(run.out())
                .contains("FAIL  FORK: " + mine + " (root " + rootA + ") and " + theirs + " (root " + rootB
                        + ") are both validly signed for tree size 25: the log presented two different histories")
                .contains("Result: FAILED. FORK.");
    }

    @Test
    void todaysCheckpointSmallerThanOneSignedBeforeIsARollback() {
        Path saved = log.checkpoint(40);
        Path today = log.checkpoint(30);

        Run run = run("--checkpoint", saved.toString(), "--latest", today.toString(), "--key", key);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .contains("FAIL  ROLLBACK: today's tree (size 30) is smaller than the tree of size 40 that the log "
                        + "already signed in " + saved + ": an append-only log never shrinks, so the log was rolled "
                        + "back (truncated) by at least 10 event(s)")
                .doesNotContain("DELETED");
    }

    @Test
    void todaysLargerCheckpointTellsHowToProveItExtendsTheSavedOne() {
        Run run = run(
                "--checkpoint",
                log.checkpoint(25).toString(),
                "--latest",
                log.checkpoint(40).toString(),
                "--key",
                key);

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("GET /api/ledger/proof/consistency?from=25&to=40");
    }

    // ------------------------------------------------------------------------------------------------- inclusion

    @Test
    void anEventIsIncludedInASavedCheckpoint() throws IOException {
        Path checkpoint = log.checkpoint(40);
        Path event = eventLine(17, log.events.get(17));
        Path proof = inclusionProof(log.events, 17, 40);

        Run run = run(
                "--checkpoint",
                checkpoint.toString(),
                "--key",
                key,
                "--event",
                event.toString(),
                "--inclusion-proof",
                proof.toString());

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out())
                .contains("proof      leaf 17 of a tree of 40, 6 hash(es)")
                .contains("OK    the proof leads from the event's leaf to root ")
                .contains("Result: OK. Event " + log.events.get(17).eventId() + " is leaf 17 of the log as signed "
                        + "at size 40, exactly as you hold it.");
    }

    @Test
    void aLineOfAWholeExportWorksAsTheEventFile() throws IOException {
        Path export = log.export("events.jsonl", log.events);

        Run run = run(
                "--checkpoint",
                log.checkpoint(40).toString(),
                "--key",
                key,
                "--event",
                export.toString(),
                "--inclusion-proof",
                inclusionProof(log.events, 3, 40).toString());

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("events.jsonl line 4)");
    }

    @Test
    void aModifiedEventIsNamedWithTheFieldsThatChanged() throws IOException {
        Path checkpoint = log.checkpoint(40);
        StoredEvent altered = SyntheticLog.withPayload(log.events.get(17), "{\"statement\":\"Weakened quietly\"}");
        Path event = eventLine(17, altered);
        Path proof = inclusionProof(log.events, 17, 40);

        Run run = run(
                "--checkpoint",
                checkpoint.toString(),
                "--key",
                key,
                "--event",
                event.toString(),
                "--inclusion-proof",
                proof.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .contains("FAIL  MODIFIED: the event you hold differs from the one the log signed as leaf 17")
                .contains("Changed: payload (sha256 ")
                .contains("Result: FAILED. MODIFIED.");
    }

    @Test
    void aProofFromAnotherHistoryDoesNotReachTheSignedRoot() throws IOException {
        List<StoredEvent> rewritten = new ArrayList<>(log.events);
        rewritten.set(2, SyntheticLog.withPayload(rewritten.get(2), "{}"));
        Path checkpoint = log.checkpoint(40);
        Path proof = inclusionProof(rewritten, 17, 40);

        Run run = run(
                "--checkpoint",
                checkpoint.toString(),
                "--key",
                key,
                "--event",
                eventLine(17, log.events.get(17)).toString(),
                "--inclusion-proof",
                proof.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .contains("FAIL  NOT INCLUDED: the proof leads from the event's leaf to root ")
                .contains("or the log's tree of size 40 is not the one it signed (a fork)");
    }

    @Test
    void aProofForAnotherTreeSizeOrAnotherEventIsBadInput() throws IOException {
        Path checkpoint = log.checkpoint(40);
        Run size = run(
                "--checkpoint",
                checkpoint.toString(),
                "--key",
                key,
                "--event",
                eventLine(17, log.events.get(17)).toString(),
                "--inclusion-proof",
                inclusionProof(log.events, 17, 41).toString());
        assertThat(size.exit()).isEqualTo(2);
        assertThat(size.err())
                .contains("the inclusion proof is for a tree of size 41, but no checkpoint of that size was given "
                        + "(sizes given: [40])");

        Run other = run(
                "--checkpoint",
                checkpoint.toString(),
                "--key",
                key,
                "--event",
                eventLine(16, log.events.get(16)).toString(),
                "--inclusion-proof",
                inclusionProof(log.events, 17, 40).toString());
        assertThat(other.exit()).isEqualTo(2);
        assertThat(other.err())
                .contains("the proof is for event " + log.events.get(17).eventId());

        Path junk = log.write("junk.json", "{\"eventId\":");
        Run malformed = run(
                "--checkpoint",
                checkpoint.toString(),
                "--key",
                key,
                "--event",
                eventLine(17, log.events.get(17)).toString(),
                "--inclusion-proof",
                junk.toString());
        assertThat(malformed.exit()).isEqualTo(2);
        assertThat(malformed.err()).contains("junk.json is not valid JSON");
    }

    // ----------------------------------------------------------------------------------------------- consistency

    @Test
    void todaysCheckpointExtendsTheSavedOne() throws IOException {
        Path saved = log.checkpoint(25);
        Path today = log.checkpoint(43);

        Run run = run(
                "--checkpoint",
                saved.toString(),
                "--latest",
                today.toString(),
                "--key",
                key,
                "--consistency-proof",
                consistencyProof(log.events, 25, 43).toString());

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out())
                .contains("OK    the tree of size 43 extends the tree of size 25: leaves 0–24 are unchanged and 18 "
                        + "event(s) were appended")
                .contains("Result: OK. The log of size 43 (" + today + ") is an append-only extension of the "
                        + "checkpoint of size 25 (" + saved + ")");
    }

    @Test
    void aRewrittenHistoryIsNotConsistentWithTheSavedCheckpoint() throws IOException {
        List<StoredEvent> rewritten = new ArrayList<>(log.events);
        rewritten.set(5, SyntheticLog.withPayload(rewritten.get(5), "{\"rewritten\":true}"));
        Path saved = log.checkpoint(25);
        Path today = log.checkpoint(43, rewritten, SyntheticLog.KEY, "today.txt");

        Run run = run(
                "--checkpoint",
                saved.toString(),
                "--latest",
                today.toString(),
                "--key",
                key,
                "--consistency-proof",
                consistencyProof(rewritten, 25, 43).toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .contains("FAIL  NOT CONSISTENT: the proof does not show that the tree of size 43")
                .contains("either the log rewrote at least one of leaves 0–24 after signing the first (a fork");
    }

    @Test
    void checkpointsEmbeddedInTheProofAreCheckedToo() throws IOException {
        Path proof = consistencyProof(log.events, 25, 43);
        ObjectNode json = (ObjectNode) JSON.readTree(proof.toFile());
        json.put("toCheckpoint", Files.readString(log.checkpoint(43)));
        Files.writeString(proof, JSON.writeValueAsString(json));

        Run run = run(
                "--checkpoint", log.checkpoint(25).toString(), "--key", key, "--consistency-proof", proof.toString());

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("Checkpoint toCheckpoint in " + proof);
    }

    @Test
    void aConsistencyProofWithoutTheCheckpointItNeedsIsBadInput() throws IOException {
        Run run = run(
                "--checkpoint",
                log.checkpoint(25).toString(),
                "--key",
                key,
                "--consistency-proof",
                consistencyProof(log.events, 25, 43).toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("proves consistency to size 43, but no checkpoint of that size was given");
    }

    @Test
    void usageErrorsOfThePieceModesExitWith2() {
        assertThat(run("--checkpoint", "cp.txt").exit()).isEqualTo(2);
        assertThat(run("--key", key).exit()).isEqualTo(2);
        assertThat(run("--key", key, "--inclusion-proof", "p.json", "--checkpoint", "c")
                        .err())
                .contains("--inclusion-proof needs the event's exported line: --event FILE");
        assertThat(run("--key", key, "--checkpoint", "c", "--events", "e", "--latest", "l")
                        .exit())
                .isEqualTo(2);
    }

    // --------------------------------------------------------------------------------------------------- helpers

    Path eventLine(int index, StoredEvent event) {
        return log.write("event-" + index + ".jsonl", EventLineWriter.line(event) + "\n");
    }

    /** What GET /api/ledger/proof/inclusion serves. */
    Path inclusionProof(List<StoredEvent> history, int index, int treeSize) throws IOException {
        MerkleTree tree = SyntheticLog.tree(history);
        StoredEvent event = history.get(index);
        ObjectNode json = JSON.createObjectNode();
        json.put("eventId", event.eventId());
        json.put("globalIndex", event.globalIndex());
        json.put("leafIndex", index);
        json.put("treeSize", treeSize);
        json.set("leafHash", hash(tree.leafHash(index)));
        json.set("rootHash", hash(tree.root(Math.min(treeSize, history.size()))));
        json.set("proof", hashes(tree.inclusionProof(index, Math.min(treeSize, history.size()))));
        json.put("leaf", Base64.getEncoder().encodeToString(LeafEncoding.encode(event)));
        json.putNull("checkpoint");
        Path file = dir.resolve("inclusion-" + index + "-" + treeSize + ".json");
        Files.writeString(file, JSON.writeValueAsString(json));
        return file;
    }

    /** What GET /api/ledger/proof/consistency serves. */
    Path consistencyProof(List<StoredEvent> history, int from, int to) throws IOException {
        MerkleTree tree = SyntheticLog.tree(history);
        ObjectNode json = JSON.createObjectNode();
        json.put("from", from);
        json.put("to", to);
        json.set("fromRootHash", hash(tree.root(from)));
        json.set("toRootHash", hash(tree.root(to)));
        json.set("proof", hashes(tree.consistencyProof(from, to)));
        json.putNull("fromCheckpoint");
        json.putNull("toCheckpoint");
        Path file = dir.resolve("consistency-" + from + "-" + to + ".json");
        Files.writeString(file, JSON.writeValueAsString(json));
        return file;
    }

    static ObjectNode hash(byte[] hash) {
        ObjectNode node = JSON.createObjectNode();
        node.put("hex", HexFormat.of().formatHex(hash));
        node.put("base64", Base64.getEncoder().encodeToString(hash));
        return node;
    }

    static ArrayNode hashes(List<byte[]> hashes) {
        ArrayNode array = JSON.createArrayNode();
        hashes.forEach(h -> array.add(hash(h)));
        return array;
    }

    Path resource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/ledger/third-party/" + name)) {
            Path file = dir.resolve(name);
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    static byte[] seed(int value) {
        byte[] seed = new byte[32];
        seed[0] = (byte) value;
        return seed;
    }
}
