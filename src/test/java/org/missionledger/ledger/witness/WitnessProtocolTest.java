package org.missionledger.ledger.witness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionledger.ledger.note.Checkpoint;
import org.missionledger.ledger.note.NoteSignature;
import org.missionledger.ledger.note.NoteSignerKey;
import org.missionledger.ledger.note.SignedNote;

/**
 * The C2SP tlog-witness add-checkpoint protocol over real HTTP, one status code at a time, plus the monitoring and
 * evidence endpoints and a restart. The cosignatures are checked by {@link IndependentCosignatureCheck}, not by the
 * production key classes.
 */
class WitnessProtocolTest {

    static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    @TempDir
    Path dir;

    final NoteSignerKey logKey = NoteSignerKey.generate("ledger.example/log");
    final CosignerKey witnessKey = CosignerKey.generate("news.example/witness");
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();
    WitnessServer server;
    TestLog log;

    @BeforeEach
    void start() throws Exception {
        server = startWitness();
        log = new TestLog(logKey, "a").growTo(40);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    WitnessServer startWitness() throws Exception {
        WitnessState state = WitnessState.open(dir.resolve("state"));
        Witness witness = new Witness(
                witnessKey,
                Map.of(logKey.name(), List.of(logKey.verifierKey())),
                state,
                Clock.fixed(NOW, ZoneOffset.UTC));
        return WitnessServer.start(witness, new InetSocketAddress("127.0.0.1", 0), "/witness");
    }

    HttpResponse<String> post(String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(server.url() + "/add-checkpoint"))
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(server.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    String body(long size) {
        return log.note(size).substring(0, log.note(size).indexOf("\n\n") + 1);
    }

    @Test
    void cosignsTheFirstCheckpointAndTheBytesFollowTheC2spText() throws Exception {
        HttpResponse<String> response = post(log.request(0, 5));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("\u2014 news.example/witness ").endsWith("\n");
        assertThat(response.body().lines()).hasSize(1);
        long timestamp = IndependentCosignatureCheck.check(
                witnessKey.verifierKey().format(), body(5), response.body().strip());
        assertThat(timestamp).isEqualTo(NOW.getEpochSecond());
        // and the production verifier agrees
        SignedNote cosigned = SignedNote.parse(log.note(5) + response.body());
        assertThat(witnessKey
                        .verifierKey()
                        .verify(cosigned.text(), cosigned.signatures().get(1)))
                .hasValue(NOW.getEpochSecond());
    }

    @Test
    void cosignsAGrowingLogGivenConsistencyProofsFromTheSizeItLastCosigned() throws Exception {
        assertThat(post(log.request(0, 1)).statusCode()).isEqualTo(200);
        assertThat(post(log.request(1, 8)).statusCode()).isEqualTo(200);
        assertThat(post(log.request(8, 13)).statusCode()).isEqualTo(200);
        HttpResponse<String> again = post(log.request(13, 13)); // the same checkpoint: cosigned again
        assertThat(again.statusCode()).isEqualTo(200);
        IndependentCosignatureCheck.check(
                witnessKey.verifierKey().format(), body(13), again.body().strip());
        HttpResponse<String> grown = post(log.request(13, 40));
        assertThat(grown.statusCode()).isEqualTo(200);
        IndependentCosignatureCheck.check(
                witnessKey.verifierKey().format(), body(40), grown.body().strip());
    }

    @Test
    void ignoresSignaturesOfUnknownKeysNextToTheLogs() throws Exception {
        NoteSignerKey stranger = NoteSignerKey.generate("someone.else/key");
        String note = new Checkpoint(log.origin(), 3, log.root(3))
                .sign(logKey, stranger)
                .format();

        assertThat(post(Witness.requestBody(0, List.of(), note)).statusCode()).isEqualTo(200);
    }

    @Test
    void unknownOriginIs404() throws Exception {
        TestLog other = new TestLog(NoteSignerKey.generate("other.example/log"), "o").growTo(3);

        HttpResponse<String> response = post(other.request(0, 3));

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void noTrustedSignatureIs403() throws Exception {
        // same origin and key name, another key (another key ID): not a trusted signature
        NoteSignerKey impostor = NoteSignerKey.generate(logKey.name());
        String note =
                new Checkpoint(log.origin(), 3, log.root(3)).sign(impostor).format();

        assertThat(post(Witness.requestBody(0, List.of(), note)).statusCode()).isEqualTo(403);
    }

    @Test
    void aTrustedKeysSignatureThatFailsIs403() throws Exception {
        SignedNote good = SignedNote.parse(log.note(3));
        NoteSignature signature = good.signatures().get(0);
        byte[] bytes = signature.signature();
        bytes[10] ^= 1;
        String forged = new SignedNote(
                        good.text(), List.of(new NoteSignature(signature.name(), signature.keyId(), bytes)))
                .format();

        assertThat(post(Witness.requestBody(0, List.of(), forged)).statusCode()).isEqualTo(403);
    }

    @Test
    void oldSizeLargerThanTheCheckpointIs400() throws Exception {
        HttpResponse<String> response = post(Witness.requestBody(6, List.of(), log.note(5)));

        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void malformedRequestsAre400() throws Exception {
        assertThat(post("old 05\n\n" + log.note(5)).statusCode()).isEqualTo(400); // leading zero
        assertThat(post("old 0\n" + log.note(5)).statusCode()).isEqualTo(400); // no empty line after the proof
        assertThat(post("old 0\nnot-base64!\n\n" + log.note(5)).statusCode()).isEqualTo(400);
        assertThat(post("0\n\n" + log.note(5)).statusCode()).isEqualTo(400);
        StringBuilder tooLong = new StringBuilder("old 1\n");
        for (int i = 0; i < 64; i++) {
            tooLong.append(java.util.Base64.getEncoder().encodeToString(new byte[32]))
                    .append('\n');
        }
        assertThat(post(tooLong + "\n" + log.note(5)).statusCode()).isEqualTo(400);
    }

    @Test
    void oldSizeOtherThanTheCosignedIs409WithTheSize() throws Exception {
        assertThat(post(log.request(0, 5)).statusCode()).isEqualTo(200);

        HttpResponse<String> stale = post(log.request(0, 9)); // a log that does not know what the witness cosigned
        HttpResponse<String> ahead = post(log.request(7, 9));

        for (HttpResponse<String> response : List.of(stale, ahead)) {
            assertThat(response.statusCode()).isEqualTo(409);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("text/x.tlog.size");
            assertThat(response.body()).isEqualTo("5\n");
        }
        assertThat(post(log.request(5, 9)).statusCode()).isEqualTo(200); // resent from the size it reported
    }

    @Test
    void neverCosignedAnswers409WithZero() throws Exception {
        HttpResponse<String> response = post(log.request(3, 9));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.body()).isEqualTo("0\n");
    }

    @Test
    void aProofThatDoesNotVerifyIs422AndKeptAsEvidence() throws Exception {
        assertThat(post(log.request(0, 5)).statusCode()).isEqualTo(200);
        List<byte[]> proof = new ArrayList<>(log.proof(5, 9));
        proof.get(0)[0] ^= 1;

        HttpResponse<String> response = post(Witness.requestBody(5, proof, log.note(9)));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(server.witness().state().conflicts()).singleElement().satisfies(c -> assertThat(c.kind())
                .isEqualTo("inconsistent"));
        assertThat(server.witness().state().latest(log.origin()).orElseThrow().size())
                .isEqualTo(5);
    }

    @Test
    void aProofWithOldSizeZeroIs422() throws Exception {
        HttpResponse<String> response = post(Witness.requestBody(0, log.proof(3, 9), log.note(9)));

        assertThat(response.statusCode()).isEqualTo(422);
    }

    @Test
    void anEmptyTreeWithAnotherRootIs422() throws Exception {
        String note = new Checkpoint(log.origin(), 0, log.root(1)).sign(logKey).format();

        assertThat(post(Witness.requestBody(0, List.of(), note)).statusCode()).isEqualTo(422);
        String empty = new Checkpoint(log.origin(), 0, new TestLog(logKey, "x").root(0))
                .sign(logKey)
                .format();
        assertThat(post(Witness.requestBody(0, List.of(), empty)).statusCode()).isEqualTo(200);
    }

    @Test
    void theSameSizeWithAnotherRootIs422AndBothNotesAreKept() throws Exception {
        assertThat(post(log.request(0, 9)).statusCode()).isEqualTo(200);
        TestLog fork = new TestLog(logKey, "b").growTo(9); // the same key signs a second history

        HttpResponse<String> response = post(fork.request(9, 9));

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode conflicts = json.readTree(get("/conflicts").body()).path("conflicts");
        assertThat(conflicts).hasSize(1);
        JsonNode conflict = conflicts.get(0);
        assertThat(conflict.path("kind").asText()).isEqualTo("fork");
        assertThat(conflict.path("origin").asText()).isEqualTo(log.origin());
        SignedNote cosigned = SignedNote.parse(conflict.path("cosignedNote").asText());
        SignedNote submitted = SignedNote.parse(conflict.path("submittedNote").asText());
        assertThat(cosigned.verify(logKey.verifierKey())).isNotEmpty();
        assertThat(submitted.verify(logKey.verifierKey())).isNotEmpty();
        assertThat(Checkpoint.parse(cosigned.text()).size())
                .isEqualTo(Checkpoint.parse(submitted.text()).size());
        assertThat(Checkpoint.parse(cosigned.text()).rootHash())
                .isNotEqualTo(Checkpoint.parse(submitted.text()).rootHash());
        // the same evidence is kept once, however often it is resubmitted
        post(fork.request(9, 9));
        assertThat(server.witness().state().conflicts()).hasSize(1);
    }

    @Test
    void aSmallerTreeAfterALargerOneIsRefusedAndKept() throws Exception {
        assertThat(post(log.request(0, 9)).statusCode()).isEqualTo(200);

        assertThat(post(log.request(9, 4)).statusCode()).isEqualTo(400); // old size above the checkpoint's
        assertThat(post(log.request(0, 4)).statusCode()).isEqualTo(409);

        assertThat(server.witness().state().conflicts()).singleElement().satisfies(c -> assertThat(c.kind())
                .isEqualTo("rollback"));
    }

    @Test
    void aForkAtASizeCosignedEarlierIsRecognisedFromTheHistory() throws Exception {
        assertThat(post(log.request(0, 5)).statusCode()).isEqualTo(200);
        assertThat(post(log.request(5, 20)).statusCode()).isEqualTo(200);
        TestLog fork = new TestLog(logKey, "b").growTo(5);

        assertThat(post(fork.request(20, 5)).statusCode()).isEqualTo(400);

        WitnessState.Conflict conflict = server.witness().state().conflicts().get(0);
        assertThat(conflict.kind()).isEqualTo("fork");
        assertThat(Checkpoint.parse(SignedNote.parse(conflict.cosignedNote()).text())
                        .size())
                .isEqualTo(5);
    }

    @Test
    void servesTheLatestCosignedCheckpointWithEverySignature() throws Exception {
        assertThat(get("/" + WitnessState.originHash(log.origin()) + "/checkpoint")
                        .statusCode())
                .isEqualTo(404);
        post(log.request(0, 7));

        HttpResponse<String> response = get("/" + WitnessState.originHash(log.origin()) + "/checkpoint");

        assertThat(response.statusCode()).isEqualTo(200);
        SignedNote note = SignedNote.parse(response.body());
        assertThat(note.verify(logKey.verifierKey())).isNotEmpty();
        IndependentCosignatureCheck.check(
                witnessKey.verifierKey().format(),
                note.text(),
                note.signatures().get(1).line());
        assertThat(json.readTree(get("/").body()).path("key").asText())
                .isEqualTo(witnessKey.verifierKey().format());
    }

    @Test
    void aRestartedWitnessKeepsItsState() throws Exception {
        assertThat(post(log.request(0, 11)).statusCode()).isEqualTo(200);
        post(new TestLog(logKey, "b").growTo(11).request(11, 11)); // evidence too
        server.close();

        server = startWitness();

        HttpResponse<String> response = post(log.request(0, 12));
        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.body()).isEqualTo("11\n");
        assertThat(post(log.request(11, 12)).statusCode()).isEqualTo(200);
        assertThat(server.witness().state().conflicts()).hasSize(1);
    }

    @Test
    void aSecondWitnessProcessCannotShareTheStateDirectory() {
        assertThatThrownBy(() -> WitnessState.open(dir.resolve("state")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Another witness process");
    }

    @Test
    void concurrentRequestsNeverRollTheRecordBack() throws Exception {
        assertThat(post(log.request(0, 1)).statusCode()).isEqualTo(200);
        List<Thread> threads = new ArrayList<>();
        List<Integer> statuses = java.util.Collections.synchronizedList(new ArrayList<>());
        for (long to = 2; to <= 20; to++) {
            long size = to;
            Thread thread = new Thread(() -> {
                try {
                    statuses.add(post(log.request(1, size)).statusCode());
                } catch (Exception e) {
                    statuses.add(-1);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(statuses).containsOnly(200, 409).contains(200);
        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1); // all sent old 1: only the first matches
    }
}
