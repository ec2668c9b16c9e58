package org.missionledger.ledger.cosign;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionledger.ledger.LogStoreFixture;
import org.missionledger.ledger.checkpoint.CheckpointSigner;
import org.missionledger.ledger.checkpoint.CheckpointStore;
import org.missionledger.ledger.checkpoint.StoredCheckpoint;
import org.missionledger.ledger.log.LogProofs;
import org.missionledger.ledger.log.LogSequencer;
import org.missionledger.ledger.log.TreeStore;
import org.missionledger.ledger.note.NoteSignerKey;
import org.missionledger.ledger.note.SignedNote;
import org.missionledger.ledger.witness.CosignerKey;
import org.missionledger.ledger.witness.Witness;
import org.missionledger.ledger.witness.WitnessServer;
import org.missionledger.ledger.witness.WitnessState;
import org.missionledger.platform.eventstore.StoredEvent;

/** The ledger's side of tlog-witness against a real witness server: proofs, 409 handling, failures kept. */
class WitnessClientTest {

    @TempDir
    Path dir;

    final LogStoreFixture fixture = new LogStoreFixture();
    final TreeStore tree = new TreeStore(fixture.database);
    final CheckpointStore checkpoints = new CheckpointStore(fixture.database);
    final CosignatureStore store = new CosignatureStore(fixture.database);
    final NoteSignerKey logKey = NoteSignerKey.generate("ledger.test/log");
    final CosignerKey witnessKey = CosignerKey.generate("witness.test/w");
    final List<StoredEvent> events = new ArrayList<>();
    final LogSequencer sequencer;
    final CheckpointSigner signer;
    final HttpClient http = HttpClient.newHttpClient();
    WitnessServer server;

    WitnessClientTest() {
        tree.ensureCollections();
        checkpoints.ensureCollection();
        sequencer = new LogSequencer(
                tree,
                (after, limit) -> events.stream()
                        .filter(e -> e.globalIndex() > after)
                        .limit(limit)
                        .toList(),
                Clock.systemUTC(),
                50);
        signer = new CheckpointSigner(tree, checkpoints, logKey, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        if (server != null) {
            server.close();
        }
        fixture.close();
    }

    StoredCheckpoint grow(int count) {
        for (int i = 0; i < count; i++) {
            long index = events.size() + 1;
            events.add(new StoredEvent(
                    index,
                    "e" + index,
                    "MissionAggregate",
                    "m",
                    index - 1,
                    "2025-01-01T00:00:00Z",
                    "x.Reworded",
                    "1",
                    "{\"i\":" + index + "}",
                    "{}"));
        }
        sequencer.appendUpTo(events.size());
        return signer.signIfGrown().orElseThrow();
    }

    WitnessServer startWitness() throws Exception {
        Witness witness = new Witness(
                witnessKey,
                Map.of(logKey.name(), List.of(logKey.verifierKey())),
                WitnessState.open(dir.resolve("state")),
                Clock.systemUTC());
        return WitnessServer.start(witness, new InetSocketAddress("127.0.0.1", 0), "");
    }

    WitnessClient client(CosignerKey expected, URI url) {
        return new WitnessClient(
                new WitnessingProperties.Configured("w", expected.verifierKey(), url),
                new LogProofs(tree),
                store,
                http,
                Duration.ofSeconds(5),
                Clock.systemUTC());
    }

    @Test
    void cosignsAGrowingLogAndResendsFromTheSizeTheWitnessReports() throws Exception {
        server = startWitness();
        WitnessClient client = client(witnessKey, URI.create(server.url()));
        Cosignatures cosignatures = new Cosignatures(
                List.of(new WitnessingProperties.Configured("w", witnessKey.verifierKey(), URI.create(server.url()))),
                store);

        StoredCheckpoint five = grow(5);
        assertThat(client.submit(five)).isEqualTo(WitnessClient.Outcome.COSIGNED);
        StoredCheckpoint eight = grow(3);
        assertThat(client.submit(eight)).isEqualTo(WitnessClient.Outcome.COSIGNED); // proof 5 → 8
        // the ledger forgets where the witness stands (e.g. a restored backup of its collections)
        store.stand(new CosignatureStore.WitnessStanding("w", 0, null, null));
        StoredCheckpoint twelve = grow(4);

        assertThat(client.submit(twelve)).isEqualTo(WitnessClient.Outcome.COSIGNED); // 409 "8", resent from 8

        assertThat(server.witness().state().latest(logKey.name()).orElseThrow().size())
                .isEqualTo(12);
        assertThat(store.standing("w").orElseThrow().cosignedSize()).isEqualTo(12);
        SignedNote served = SignedNote.parse(cosignatures.cosignedNote(twelve));
        assertThat(served.signatures()).hasSize(2);
        assertThat(witnessKey
                        .verifierKey()
                        .verify(served.text(), served.signatures().get(1)))
                .isPresent();
        assertThat(cosignatures.marks(twelve)).singleElement().satisfies(m -> assertThat(m.cosigned())
                .isTrue());
        assertThat(client.submit(twelve)).isEqualTo(WitnessClient.Outcome.COSIGNED); // nothing resent
    }

    @Test
    void aWitnessThatIsDownIsRecordedAsMissingAndTheNoteIsServedWithoutIt() throws Exception {
        server = startWitness();
        URI url = URI.create(server.url());
        server.close();
        server = null;
        StoredCheckpoint three = grow(3);
        Cosignatures cosignatures = new Cosignatures(
                List.of(new WitnessingProperties.Configured("w", witnessKey.verifierKey(), url)), store);

        assertThat(client(witnessKey, url).submit(three)).isEqualTo(WitnessClient.Outcome.FAILED);

        assertThat(cosignatures.cosignedNote(three)).isEqualTo(three.note());
        Cosignatures.Mark mark = cosignatures.marks(three).get(0);
        assertThat(mark.cosigned()).isFalse();
        assertThat(mark.lastError()).startsWith("unreachable");
    }

    @Test
    void aCosignatureByAnotherKeyThanTheConfiguredOneIsNotKept() throws Exception {
        server = startWitness();
        CosignerKey expected = CosignerKey.generate("witness.test/w"); // same name, another key
        StoredCheckpoint three = grow(3);

        assertThat(client(expected, URI.create(server.url())).submit(three)).isEqualTo(WitnessClient.Outcome.FAILED);

        assertThat(store.of(List.of(3L), List.of("w"))).isEmpty();
        assertThat(store.standing("w").orElseThrow().lastError()).contains("not a valid cosignature");
    }

    @Test
    void aRefusalIsRecordedWithTheWitnesssAnswer() throws Exception {
        server = startWitness();
        NoteSignerKey stranger = NoteSignerKey.generate("ledger.test/log"); // a key the witness does not trust
        CheckpointSigner impostor = new CheckpointSigner(tree, checkpoints, stranger, Clock.systemUTC());
        for (int i = 0; i < 2; i++) {
            long index = events.size() + 1;
            events.add(new StoredEvent(
                    index,
                    "e" + index,
                    "MissionAggregate",
                    "m",
                    index - 1,
                    "2025-01-01T00:00:00Z",
                    "x.Reworded",
                    "1",
                    "{}",
                    "{}"));
        }
        sequencer.appendUpTo(events.size());
        StoredCheckpoint signed = impostor.signIfGrown().orElseThrow();

        assertThat(client(witnessKey, URI.create(server.url())).submit(signed)).isEqualTo(WitnessClient.Outcome.FAILED);

        assertThat(store.standing("w").orElseThrow().lastError()).startsWith("HTTP 403");
    }
}
