package org.missionledger.ledger.witness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.missionledger.support.Requests.declareMission;
import static org.missionledger.support.Requests.setTarget;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.missionledger.ledger.LogAwait;
import org.missionledger.ledger.checkpoint.CheckpointSigner;
import org.missionledger.ledger.checkpoint.SigningKeyFile;
import org.missionledger.ledger.log.TransparencyLogProperties;
import org.missionledger.ledger.log.TreeStore;
import org.missionledger.ledger.merkle.MerkleTree;
import org.missionledger.ledger.note.Checkpoint;
import org.missionledger.ledger.note.NoteSignature;
import org.missionledger.ledger.note.NoteSignerKey;
import org.missionledger.ledger.note.SignedNote;
import org.missionledger.ledger.verify.VerifyCommand;
import org.missionledger.platform.eventstore.GlobalIndexEventStorageEngine;
import org.missionledger.support.Http;
import org.missionledger.support.LedgerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import picocli.CommandLine;

/**
 * A ledger with three configured witnesses, two of them running (real HTTP servers on loopback ports) and one down:
 * the two cosign a growing ledger, the cosignatures check out with an independent checker, the API and the pages say
 * who cosigned and who is missing, {@code verify} passes a quorum of 2 and fails a quorum of 3 naming the missing
 * witness, a restarted witness keeps its state, and a second history signed with the ledger's key is refused by the
 * witnesses, kept as evidence, and reported by {@code verify} as a fork with both notes.
 */
@LedgerIntegrationTest
class WitnessedLedgerIT {

    static final CosignerKey W1 = CosignerKey.generate("newsroom.example/witness");
    static final CosignerKey W2 = CosignerKey.generate("university.example/witness");
    static final CosignerKey W3 = CosignerKey.generate("clerk.example/witness");
    static final int[] PORTS = new int[3];
    static final Path STATE;
    static final List<WitnessServer> RUNNING = new ArrayList<>();

    static {
        try {
            STATE = Files.createTempDirectory("witnesses");
            for (int i = 0; i < 3; i++) {
                try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                    PORTS[i] = socket.getLocalPort();
                }
            }
        } catch (java.io.IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @DynamicPropertySource
    static void witnesses(DynamicPropertyRegistry registry) {
        CosignerKey[] keys = {W1, W2, W3};
        for (int i = 0; i < 3; i++) {
            int n = i;
            registry.add("missionledger.ledger.witnessing.witnesses[" + n + "].key", () -> keys[n].verifierKey()
                    .format());
            registry.add(
                    "missionledger.ledger.witnessing.witnesses[" + n + "].url",
                    () -> "http://127.0.0.1:" + PORTS[n] + "/w");
        }
        registry.add("missionledger.ledger.witnessing.poll-interval", () -> "200ms");
        registry.add("missionledger.ledger.witnessing.max-retry-delay", () -> "1s");
        registry.add("missionledger.ledger.witnessing.request-timeout", () -> "3s");
    }

    @AfterAll
    static void stopWitnesses() {
        RUNNING.forEach(WitnessServer::close);
    }

    @LocalServerPort
    int port;

    @Autowired
    GlobalIndexEventStorageEngine engine;

    @Autowired
    TreeStore tree;

    @Autowired
    CheckpointSigner signer;

    @Autowired
    TransparencyLogProperties logProperties;

    @Autowired
    org.missionledger.platform.store.DataDirectory dataDirectory;

    WitnessServer start(int index, CosignerKey key) throws Exception {
        Witness witness = new Witness(
                key,
                Map.of(signer.origin(), List.of(signer.verifierKey())),
                WitnessState.open(STATE.resolve("w" + index)),
                Clock.systemUTC());
        WitnessServer server = WitnessServer.start(witness, new InetSocketAddress("127.0.0.1", PORTS[index]), "/w");
        RUNNING.add(server);
        return server;
    }

    @Test
    void twoWitnessesCosignAGrowingLedgerAndAForkIsCaught() throws Exception {
        Http http = new Http(port);
        WitnessServer w1 = start(0, W1);
        WitnessServer w2 = start(1, W2); // W3 stays down
        Path saved = Files.createTempDirectory("journalist");

        // 1. a first checkpoint, cosigned by both running witnesses
        long first = recordAndSign(http, "witnessed-a", 2);
        String note1 = awaitCosignatures(http, first, 2);
        SignedNote cosigned1 = SignedNote.parse(note1);
        assertThat(cosigned1.verify(signer.verifierKey())).isNotEmpty();
        checkIndependently(cosigned1, W1, W2);

        // 2. the ledger grows: both cosign again, from the size each last cosigned (a consistency proof)
        long second = recordAndSign(http, "witnessed-b", 3);
        assertThat(second).isGreaterThan(first);
        String note2 = awaitCosignatures(http, second, 2);
        checkIndependently(SignedNote.parse(note2), W1, W2);
        assertThat(w1.witness().state().latest(signer.origin()).orElseThrow().size())
                .isEqualTo(second);
        assertThat(w2.witness().state().latest(signer.origin()).orElseThrow().size())
                .isEqualTo(second);

        // 3. the API and the pages say who cosigned and who is missing
        JsonNode listed = http.get("/api/ledger/checkpoints").json().path("checkpoints");
        JsonNode marks = listed.get(0).path("witnesses");
        assertThat(listed.get(0).path("treeSize").asLong()).isEqualTo(second);
        assertThat(marks).hasSize(3);
        assertThat(marks.get(0).path("witness").asText()).isEqualTo(W1.name());
        assertThat(marks.get(0).path("cosigned").asBoolean()).isTrue();
        assertThat(marks.get(1).path("cosigned").asBoolean()).isTrue();
        assertThat(marks.get(2).path("witness").asText()).isEqualTo(W3.name());
        assertThat(marks.get(2).path("cosigned").asBoolean()).isFalse();
        assertThat(marks.get(2).path("lastError").asText()).contains("unreachable");
        String audit = http.get("/audit", "text/html").body();
        assertThat(audit).contains("2 of 3 witnesses").contains(W3.name()).contains("missing");
        String eventId = engine.readStoredEvents(0, 1).get(0).eventId();
        String proofPage =
                http.get("/audit/events/" + eventId + "/proof", "text/html").body();
        assertThat(proofPage).contains("2 of 3 witnesses").contains(W1.name()).contains(W3.name());

        // 4. verify: a quorum of 2 passes and names the witnesses; 3 fails, naming the missing one
        Path checkpointFile = saved.resolve("checkpoint-" + second + ".txt");
        Files.writeString(checkpointFile, note2);
        Path events = saved.resolve("events.jsonl");
        Files.writeString(events, http.get("/api/export/events.jsonl").body());
        Path logKey = saved.resolve("key.txt");
        Files.writeString(logKey, signer.verifierKey().format() + "\n");
        Path witnessKeys = saved.resolve("witnesses.txt");
        Files.writeString(witnessKeys, W1.verifierKey() + "\n" + W2.verifierKey() + "\n");

        Run quorum2 = verify(
                "--events",
                events.toString(),
                "--checkpoint",
                checkpointFile.toString(),
                "--key",
                logKey.toString(),
                "--witness-key",
                witnessKeys.toString(),
                "--witnesses-required",
                "2");
        assertThat(quorum2.exit()).as(quorum2.out()).isEqualTo(0);
        assertThat(quorum2.out())
                .contains("cosigned by " + W1.name())
                .contains(W2.name())
                .contains("2 of 2 trusted witness(es) cosigned");

        Run quorum3 = verify(
                "--events",
                events.toString(),
                "--checkpoint",
                checkpointFile.toString(),
                "--key",
                logKey.toString(),
                "--witness-key",
                witnessKeys.toString(),
                "--witness-key",
                W3.verifierKey().format(),
                "--witnesses-required",
                "3");
        assertThat(quorum3.exit()).as(quorum3.out()).isEqualTo(1);
        assertThat(quorum3.out()).contains("missing: " + W3.name()).contains("Result: FAILED");

        // 5. a restarted witness keeps its state and goes on cosigning
        w1.close();
        RUNNING.remove(w1);
        w1 = start(0, W1);
        assertThat(w1.witness().state().latest(signer.origin()).orElseThrow().size())
                .isEqualTo(second);
        long third = recordAndSign(http, "witnessed-c", 1);
        awaitCosignatures(http, third, 2);

        // 6. a forking ledger: the same key signs a second history of the same size, and a longer one
        NoteSignerKey key = SigningKeyFile.load(
                org.missionledger.ledger.checkpoint.CheckpointConfiguration.keyFile(dataDirectory, logProperties),
                signer.origin());
        MerkleTree other = new MerkleTree();
        for (int i = 0; i < third + 5; i++) {
            other.appendLeaf(("another history " + i).getBytes(StandardCharsets.UTF_8));
        }
        String forkedSameSize = new Checkpoint(signer.origin(), third, other.root(third))
                .sign(key)
                .format();
        String forkedLonger = new Checkpoint(signer.origin(), third + 5, other.root(third + 5))
                .sign(key)
                .format();
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        for (WitnessServer witness : List.of(w1, w2)) {
            assertThat(submit(client, witness, Witness.requestBody(third, List.of(), forkedSameSize)))
                    .isEqualTo(422);
            assertThat(submit(
                            client,
                            witness,
                            Witness.requestBody(third, other.consistencyProof(third, third + 5), forkedLonger)))
                    .isEqualTo(422);
            List<WitnessState.Conflict> conflicts = witness.witness().state().conflicts();
            assertThat(conflicts).extracting(WitnessState.Conflict::kind).containsExactly("fork", "inconsistent");
            WitnessState.Conflict fork = conflicts.get(0);
            assertThat(fork.submittedNote()).isEqualTo(forkedSameSize);
            assertThat(SignedNote.parse(fork.cosignedNote()).text().split("\n")[2])
                    .isEqualTo(rootOf(http, third)); // the witness kept the real checkpoint it cosigned
            assertThat(witness.witness()
                            .state()
                            .latest(signer.origin())
                            .orElseThrow()
                            .size())
                    .isEqualTo(third); // not cosigned
        }
        JsonNode exposed = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(client.send(
                                java.net.http.HttpRequest.newBuilder(java.net.URI.create(w2.url() + "/conflicts"))
                                        .build(),
                                java.net.http.HttpResponse.BodyHandlers.ofString())
                        .body());
        assertThat(exposed.path("conflicts").get(0).path("submittedNote").asText())
                .isEqualTo(forkedSameSize);

        // 7. verify, given both checkpoints of that size, names the fork with both notes
        Path real = saved.resolve("real.txt");
        Files.writeString(real, http.get("/api/ledger/checkpoints/" + third).body());
        Path forged = saved.resolve("forged.txt");
        Files.writeString(forged, forkedSameSize);
        Files.writeString(events, http.get("/api/export/events.jsonl").body());
        Run fork = verify(
                "--events",
                events.toString(),
                "--checkpoint",
                real.toString(),
                "--checkpoint",
                forged.toString(),
                "--key",
                logKey.toString());
        assertThat(fork.exit()).as(fork.out()).isEqualTo(1);
        assertThat(fork.out()).contains("FORK of " + signer.origin() + " at size " + third);
        for (String line : forkedSameSize.strip().split("\n")) {
            if (!line.isEmpty()) {
                assertThat(fork.out()).contains(line);
            }
        }
        assertThat(fork.out()).contains(Files.readString(real).split("\n")[2]);
    }

    private String rootOf(Http http, long size) {
        String note = http.get("/api/ledger/checkpoints/" + size).body();
        return null == note ? null : note.split("\n")[2];
    }

    private static int submit(java.net.http.HttpClient client, WitnessServer witness, String body) throws Exception {
        return client.send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(witness.url() + "/add-checkpoint"))
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    record Run(int exit, String out) {}

    private static Run verify(String... args) {
        VerifyCommand command = new VerifyCommand();
        CommandLine cli = new CommandLine(command);
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(out));
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--no-progress");
        int exit = cli.execute(all.toArray(String[]::new));
        return new Run(exit, out.toString());
    }

    private static void checkIndependently(SignedNote note, CosignerKey... witnesses) throws Exception {
        for (CosignerKey witness : witnesses) {
            NoteSignature line = note.signatures().stream()
                    .filter(s -> s.name().equals(witness.name()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no cosignature by " + witness.name() + " in\n" + note));
            IndependentCosignatureCheck.check(witness.verifierKey().format(), note.text(), line.line());
        }
    }

    private long recordAndSign(Http http, String missionId, int targets) {
        assertThat(http.post("/api/missions", declareMission(missionId)).status())
                .isEqualTo(201);
        for (int i = 0; i < targets; i++) {
            assertThat(http.post(
                                    "/api/missions/" + missionId + "/targets",
                                    setTarget("t" + i, "Target " + i, "9" + i, "2030-12-31"))
                            .status())
                    .isEqualTo(201);
        }
        LogAwait.caughtUp(tree, engine);
        signer.signIfGrown();
        return tree.state().size();
    }

    /** The latest checkpoint as served, once it is of that size and carries that many cosignatures. */
    private String awaitCosignatures(Http http, long size, int count) {
        String[] note = new String[1];
        await(
                () -> {
                    note[0] = http.get("/api/ledger/checkpoint").body();
                    SignedNote parsed = SignedNote.parse(note[0]);
                    return Checkpoint.parse(parsed.text()).size() == size
                            && parsed.signatures().size() == 1 + count;
                },
                "checkpoint " + size + " with " + count + " cosignatures");
        return note[0];
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
