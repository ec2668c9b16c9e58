package org.missionledger.ledger.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.missionledger.support.Requests.declareMission;
import static org.missionledger.support.Requests.setTarget;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionledger.ledger.LogAwait;
import org.missionledger.ledger.checkpoint.CheckpointSigner;
import org.missionledger.ledger.log.LeafEncoding;
import org.missionledger.ledger.log.LogCollections;
import org.missionledger.ledger.log.TreeStore;
import org.missionledger.ledger.merkle.MerkleVerifier;
import org.missionledger.ledger.note.Checkpoint;
import org.missionledger.ledger.note.NoteVerifierKey;
import org.missionledger.ledger.note.SignedNote;
import org.missionledger.platform.eventstore.GlobalIndexEventStorageEngine;
import org.missionledger.platform.eventstore.StoredEvent;
import org.missionledger.platform.store.LedgerStore;
import org.missionledger.support.Http;
import org.missionledger.support.LedgerIntegrationTest;
import org.missionledger.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The transparency log over real HTTP: missions recorded through the command API become leaves; the checkpoint, key
 * and proofs fetched from the API verify with {@link SignedNote} and {@link MerkleVerifier} alone; bad requests get
 * problem details.
 */
@LedgerIntegrationTest
class TransparencyLogApiIT {

    @LocalServerPort
    int port;

    @Autowired
    GlobalIndexEventStorageEngine engine;

    @Autowired
    TreeStore tree;

    @Autowired
    LedgerStore store;

    @Autowired
    CheckpointSigner signer;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void checkpointsKeyAndProofsVerifyWithThePublicToolsAlone() throws Exception {
        record("tlog-api-a", 2);
        LogAwait.caughtUp(tree, engine);
        signer.signIfGrown();

        Http.Response keyResponse = http.get("/api/ledger/key");
        assertThat(keyResponse.status()).isEqualTo(200);
        assertThat(keyResponse.header("Content-Type")).isEqualTo("text/plain;charset=UTF-8");
        NoteVerifierKey key = NoteVerifierKey.parse(keyResponse.body().strip());
        assertThat(keyResponse.body()).doesNotContain("PRIVATE");

        Http.Response first = http.get("/api/ledger/checkpoint");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("Content-Type")).isEqualTo("text/plain;charset=UTF-8");
        SignedNote firstNote = SignedNote.parse(first.body());
        assertThat(firstNote.format()).isEqualTo(first.body());
        assertThat(firstNote.verify(key)).containsExactly(key);
        Checkpoint firstCheckpoint = Checkpoint.parse(firstNote.text());
        // the origin is unique to this ledger: missionledger.local/log/<ledger id>, as GET /api/ledger/identity says
        JsonNode identity = http.get("/api/ledger/identity").json();
        assertThat(firstCheckpoint.origin())
                .isEqualTo(key.name())
                .isEqualTo(identity.get("origin").asText())
                .isEqualTo("missionledger.local/log/" + identity.get("ledgerId").asText());
        assertThat(identity.get("key").asText()).isEqualTo(key.format());
        List<StoredEvent> events = engine.readStoredEvents(0, Integer.MAX_VALUE);
        assertThat(firstCheckpoint.size()).isEqualTo(events.size());

        // every event has an inclusion proof against the signed root, for a leaf recomputed from the event itself
        for (StoredEvent event : events) {
            Http.Response response = http.get("/api/ledger/proof/inclusion?eventId=" + event.eventId());
            assertThat(response.status()).isEqualTo(200);
            JsonNode proof = response.json();
            byte[] leafHash = LeafEncoding.leafHash(event);
            assertThat(proof.get("leafHash").get("hex").asText())
                    .isEqualTo(HexFormat.of().formatHex(leafHash));
            assertThat(proof.get("treeSize").asLong()).isEqualTo(firstCheckpoint.size());
            assertThat(proof.get("globalIndex").asLong()).isEqualTo(event.globalIndex());
            assertThat(proof.get("checkpoint").asText()).isEqualTo(first.body());
            MerkleVerifier.verifyInclusion(
                    proof.get("leafIndex").asLong(),
                    firstCheckpoint.size(),
                    leafHash,
                    hashes(proof.get("proof")),
                    firstCheckpoint.rootHash());
        }

        record("tlog-api-b", 3);
        LogAwait.caughtUp(tree, engine);
        signer.signIfGrown();
        SignedNote secondNote =
                SignedNote.parse(http.get("/api/ledger/checkpoint").body());
        secondNote.verify(key);
        Checkpoint second = Checkpoint.parse(secondNote.text());
        assertThat(second.size()).isGreaterThan(firstCheckpoint.size());

        JsonNode consistency = http.get("/api/ledger/proof/consistency?from=" + firstCheckpoint.size())
                .json();
        assertThat(consistency.get("to").asLong()).isEqualTo(second.size());
        MerkleVerifier.verifyConsistency(
                firstCheckpoint.size(),
                second.size(),
                hashes(consistency.get("proof")),
                firstCheckpoint.rootHash(),
                second.rootHash());
        assertThat(consistency.get("fromCheckpoint").asText()).isEqualTo(first.body());

        // an inclusion proof in an older tree size, against the older checkpoint
        String early = events.get(0).eventId();
        JsonNode old = http.get("/api/ledger/proof/inclusion?eventId=" + early + "&treeSize=" + firstCheckpoint.size())
                .json();
        MerkleVerifier.verifyInclusion(
                0,
                firstCheckpoint.size(),
                LeafEncoding.leafHash(events.get(0)),
                hashes(old.get("proof")),
                firstCheckpoint.rootHash());

        // history, newest first, and each checkpoint by its size
        JsonNode history = http.get("/api/ledger/checkpoints").json();
        assertThat(history.get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(history.get("checkpoints").get(0).get("note").asText()).isEqualTo(secondNote.format());
        assertThat(history.get("checkpoints").findValuesAsText("treeSize"))
                .contains(String.valueOf(firstCheckpoint.size()));
        assertThat(http.get("/api/ledger/checkpoints/" + firstCheckpoint.size()).body())
                .isEqualTo(first.body());

        // leaves: a page and the JSON Lines stream agree with leaves recomputed from the stored events
        List<StoredEvent> all = engine.readStoredEvents(0, Integer.MAX_VALUE);
        JsonNode page = http.get("/api/ledger/leaves?start=0&end=3").json();
        assertThat(page.get("leaves")).hasSize(3);
        assertThat(page.get("next").asText()).startsWith("/api/ledger/leaves?start=3");
        Http.Response lines = http.get("/api/ledger/leaves.jsonl");
        assertThat(lines.header("Content-Type")).startsWith("application/x-ndjson");
        String[] rows = lines.body().split("\n");
        assertThat(rows).hasSize(all.size());
        ObjectMapper mapper = new ObjectMapper();
        for (int i = 0; i < rows.length; i++) {
            JsonNode row = mapper.readTree(rows[i]);
            assertThat(row.get("leafIndex").asLong()).isEqualTo(i);
            assertThat(row.get("eventId").asText()).isEqualTo(all.get(i).eventId());
            assertThat(Base64.getDecoder().decode(row.get("leaf").asText())).isEqualTo(LeafEncoding.encode(all.get(i)));
        }

        JsonNode summary = http.get("/api/ledger").json();
        assertThat(summary.get("treeSize").asLong()).isEqualTo(all.size());
        assertThat(summary.get("verifierKey").asText()).isEqualTo(key.format());
    }

    /**
     * What a journalist does with curl and the jar: the key, a checkpoint, one event's exported line and the proofs
     * exactly as the API serves them, saved to files, verify piece by piece with {@code verify} alone.
     */
    @Test
    void savedAnswersVerifyPieceByPieceWithTheVerifierAlone(@TempDir Path folder) throws Exception {
        record("tlog-api-pieces", 2);
        LogAwait.caughtUp(tree, engine);
        signer.signIfGrown();
        Path key = Files.writeString(
                folder.resolve("key.txt"), http.get("/api/ledger/key").body());
        String saved = http.get("/api/ledger/checkpoint").body();
        Path checkpoint = Files.writeString(folder.resolve("checkpoint.txt"), saved);
        long size = Checkpoint.parse(SignedNote.parse(saved).text()).size();
        StoredEvent event = engine.readStoredEvents(0, Integer.MAX_VALUE).get((int) size - 1);
        String line = http.get("/api/export/events.jsonl")
                .body()
                .lines()
                .filter(l -> l.contains("\"eventId\":\"" + event.eventId() + "\""))
                .findFirst()
                .orElseThrow();
        Path eventFile = Files.writeString(folder.resolve("event.jsonl"), line + "\n");
        Path inclusion = Files.writeString(
                folder.resolve("inclusion.json"),
                http.get("/api/ledger/proof/inclusion?eventId=" + event.eventId() + "&treeSize=" + size)
                        .body());

        VerifyCommandRun lone = verify("--checkpoint", checkpoint.toString(), "--key", key.toString());
        assertThat(lone.exit()).as(lone.out() + lone.err()).isZero();
        assertThat(lone.out()).contains("tree size  " + size);

        VerifyCommandRun included = verify(
                "--checkpoint",
                checkpoint.toString(),
                "--key",
                key.toString(),
                "--event",
                eventFile.toString(),
                "--inclusion-proof",
                inclusion.toString());
        assertThat(included.exit()).as(included.out() + included.err()).isZero();
        assertThat(included.out()).contains("is leaf " + (size - 1) + " of the log as signed at size " + size);

        record("tlog-api-pieces-later", 2);
        LogAwait.caughtUp(tree, engine);
        signer.signIfGrown();
        Path today = Files.writeString(
                folder.resolve("today.txt"), http.get("/api/ledger/checkpoint").body());
        Path consistency = Files.writeString(
                folder.resolve("consistency.json"),
                http.get("/api/ledger/proof/consistency?from=" + size).body());
        VerifyCommandRun extended = verify(
                "--checkpoint",
                checkpoint.toString(),
                "--latest",
                today.toString(),
                "--key",
                key.toString(),
                "--consistency-proof",
                consistency.toString());
        assertThat(extended.exit()).as(extended.out() + extended.err()).isZero();
        assertThat(extended.out()).contains("is an append-only extension of the checkpoint of size " + size);
    }

    record VerifyCommandRun(int exit, String out, String err) {}

    static VerifyCommandRun verify(String... args) {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        picocli.CommandLine cli = new picocli.CommandLine(new org.missionledger.ledger.verify.VerifyCommand());
        cli.setOut(new java.io.PrintWriter(out));
        cli.setErr(new java.io.PrintWriter(err));
        int exit = cli.execute(args);
        return new VerifyCommandRun(exit, out.toString(), err.toString());
    }

    @Test
    void answersBadProofRequestsWithProblemDetails() {
        record("tlog-api-errors", 1);
        LogAwait.caughtUp(tree, engine);
        signer.signIfGrown();
        long size = tree.state().size();

        assertProblem(http.get("/api/ledger/proof/inclusion?eventId=no-such-event"), 404, "event-not-in-log");
        String eventId = engine.readStoredEvents(0, Integer.MAX_VALUE)
                .get((int) size - 1)
                .eventId();
        assertProblem(
                http.get("/api/ledger/proof/inclusion?eventId=" + eventId + "&treeSize=" + (size + 5)),
                422,
                "tree-size-beyond-log");
        assertProblem(
                http.get("/api/ledger/proof/inclusion?eventId=" + eventId + "&treeSize=" + (size - 1)),
                422,
                "event-not-in-tree");
        assertProblem(http.get("/api/ledger/proof/inclusion"), 400, "validation-failed");
        assertProblem(http.get("/api/ledger/proof/inclusion?eventId=x&treeSize=abc"), 400, "validation-failed");
        assertProblem(http.get("/api/ledger/proof/consistency?from=2&to=1"), 400, "validation-failed");
        assertProblem(http.get("/api/ledger/proof/consistency?from=0&to=1"), 400, "validation-failed");
        assertProblem(http.get("/api/ledger/proof/consistency?from=1&to=" + (size + 1)), 422, "tree-size-beyond-log");
        assertProblem(http.get("/api/ledger/leaves?start=2&end=1"), 400, "validation-failed");
        assertProblem(http.get("/api/ledger/leaves?start=0&end=100000"), 400, "validation-failed");
        assertProblem(http.get("/api/ledger/leaves?start=" + (size + 1)), 422, "tree-size-beyond-log");
        assertProblem(http.get("/api/ledger/checkpoints/987654"), 404, "checkpoint-not-found");

        Http.Response equal = http.get("/api/ledger/proof/consistency?from=" + size + "&to=" + size);
        assertThat(equal.status()).isEqualTo(200);
        assertThat(equal.json().get("proof")).isEmpty();
    }

    @Test
    void anAdminSignsACheckpointOnRequestAndOnlyWhenTheLogGrew() {
        record("tlog-api-sign", 1);
        LogAwait.caughtUp(tree, engine);

        assertThat(http.anonymous().post("/api/admin/ledger/checkpoint", "").status())
                .isEqualTo(401);
        Http.Response refused = http.as(TestUsers.EDITOR).post("/api/admin/ledger/checkpoint", "");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");

        http.post("/api/admin/ledger/checkpoint", ""); // whatever the scheduler had not signed yet
        record("tlog-api-sign-more", 1);
        LogAwait.caughtUp(tree, engine);
        Http.Response signed = http.post("/api/admin/ledger/checkpoint", "");
        assertThat(signed.status()).as(signed.body()).isEqualTo(201);
        assertThat(signed.json().get("signed").asBoolean()).isTrue();
        assertThat(signed.json().get("latest").get("treeSize").asLong())
                .isEqualTo(tree.state().size());
        assertThat(signed.json().get("latest").get("note").asText())
                .isEqualTo(http.get("/api/ledger/checkpoint").body());

        Http.Response again = http.post("/api/admin/ledger/checkpoint", "");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("signed").asBoolean()).isFalse();
        assertThat(again.json().get("latest").get("seq").asLong())
                .isEqualTo(signed.json().get("latest").get("seq").asLong());
    }

    @Test
    void theInclusionProofPageWorksTheProofAgainstTheSignedCheckpoint() {
        record("tlog-proof-page", 2);
        LogAwait.caughtUp(tree, engine);
        signer.signIfGrown();
        long size = tree.state().size();
        StoredEvent event = engine.readStoredEvents(0, Integer.MAX_VALUE).get((int) size - 2);
        JsonNode api = http.get("/api/ledger/proof/inclusion?eventId=" + event.eventId())
                .json();

        Http.Response page = http.anonymous().get("/audit/events/" + event.eventId() + "/proof", "text/html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("The proof checks out")
                .contains(api.get("leafHash").get("hex").asText())
                .contains(api.get("rootHash").get("hex").asText())
                .contains(http.get("/api/ledger/checkpoint")
                        .body()
                        .lines()
                        .findFirst()
                        .orElseThrow());
        for (JsonNode sibling : api.get("proof")) {
            assertThat(page.body()).contains(sibling.get("hex").asText());
        }

        // a signed root that no longer matches the tree (a rewritten checkpoint store): the page says so
        var stored = store.database().getCollection(LogCollections.DEFAULT.checkpoints());
        org.bson.Document original =
                stored.find(new org.bson.Document("_id", size)).first();
        stored.updateOne(
                new org.bson.Document("_id", size),
                new org.bson.Document("$set", new org.bson.Document("root", new org.bson.types.Binary(new byte[32]))));
        try {
            assertThat(http.get("/audit/events/" + event.eventId() + "/proof", "text/html")
                            .body())
                    .contains("The proof does not check out")
                    .doesNotContain("The proof checks out");
        } finally {
            stored.replaceOne(new org.bson.Document("_id", size), original);
        }

        Http.Response small = http.get(
                "/audit/events/" + event.eventId() + "/proof?treeSize="
                        + (api.get("leafIndex").asLong() + 1),
                "text/html");
        assertThat(small.status()).isEqualTo(200);
        assertThat(small.body()).contains("The proof checks out").contains("No checkpoint has been signed for a tree");

        Http.Response beyond =
                http.get("/audit/events/" + event.eventId() + "/proof?treeSize=" + (size + 10), "text/html");
        assertThat(beyond.status()).isEqualTo(422);
        assertThat(beyond.body()).contains("does not exist yet").doesNotContain("Exception");
        Http.Response before = http.get(
                "/audit/events/" + event.eventId() + "/proof?treeSize="
                        + api.get("leafIndex").asLong(),
                "text/html");
        assertThat(before.status()).isEqualTo(422);
        assertThat(before.body()).contains("does not contain it");
        assertThat(http.get("/audit/events/" + event.eventId() + "/proof?treeSize=lots", "text/html")
                        .status())
                .isEqualTo(422);
        Http.Response unknown = http.get("/audit/events/no-such-event/proof", "text/html");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("is in the transparency log");
    }

    private static void assertProblem(Http.Response response, int status, String slug) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("type").asText()).isEqualTo("https://missionledger.org/problems/" + slug);
        assertThat(response.body()).doesNotContain("Exception", "at org.");
    }

    private void record(String missionId, int targets) {
        assertThat(http.post("/api/missions", declareMission(missionId)).status())
                .isEqualTo(201);
        for (int i = 0; i < targets; i++) {
            assertThat(http.post(
                                    "/api/missions/" + missionId + "/targets",
                                    setTarget("t" + i, "Target " + i, "9" + i, "2030-12-31"))
                            .status())
                    .isEqualTo(201);
        }
    }

    private static List<byte[]> hashes(JsonNode proof) {
        List<byte[]> result = new ArrayList<>();
        for (JsonNode hash : proof) {
            byte[] fromBase64 = Base64.getDecoder().decode(hash.get("base64").asText());
            assertThat(HexFormat.of().formatHex(fromBase64))
                    .isEqualTo(hash.get("hex").asText());
            result.add(fromBase64);
        }
        return result;
    }
}
