package org.missionledger.ledger.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionledger.ledger.LogStoreFixture;
import org.missionledger.ledger.log.LogSequencer;
import org.missionledger.ledger.log.TreeStore;
import org.missionledger.ledger.note.Checkpoint;
import org.missionledger.ledger.note.NoteSignerKey;
import org.missionledger.ledger.note.NoteVerificationException;
import org.missionledger.ledger.note.SignedNote;
import org.missionledger.platform.eventstore.StoredEvent;
import org.missionledger.platform.store.LedgerIdentity;
import org.missionledger.platform.store.LedgerIdentityStore;
import org.missionledger.platform.store.LedgerStartupException;

/** One ledger, one key: the key id recorded with the ledger's identity, never replaced silently, rotated explicitly. */
class LedgerKeysTest {

    static final String ORIGIN = "missionledger.local/log/testledger01";

    @TempDir
    Path dir;

    final LogStoreFixture fixture = new LogStoreFixture();
    final TreeStore tree = new TreeStore(fixture.database);
    final CheckpointStore checkpoints = new CheckpointStore(fixture.database);
    final LedgerIdentityStore identities = new LedgerIdentityStore(fixture.database);
    final List<StoredEvent> events = new ArrayList<>();
    final LogSequencer sequencer;

    LedgerKeysTest() {
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
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    LedgerIdentity identity() {
        return identities.establish(
                new LedgerIdentity("testledger01", ORIGIN, null, List.of(), "2026-01-01T00:00:00Z"));
    }

    void record(int count) {
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
    }

    @Test
    void theFirstKeyIsCreatedAndRecordedAndThenRequired() {
        Path keyFile = dir.resolve("data/keys/checkpoint.key");
        NoteSignerKey first = LedgerKeys.open(keyFile, identity(), identities, checkpoints);

        assertThat(Files.exists(keyFile)).isTrue();
        LedgerIdentity recorded = identities.read().orElseThrow();
        assertThat(recorded.verifierKey()).isEqualTo(first.verifierKey().format());
        assertThat(LedgerKeys.open(keyFile, recorded, identities, checkpoints)).isEqualTo(first);
    }

    @Test
    void aMissingKeyFileIsNeverReplacedByANewKey() throws Exception {
        Path keyFile = dir.resolve("keys/checkpoint.key");
        NoteSignerKey first = LedgerKeys.open(keyFile, identity(), identities, checkpoints);
        Files.delete(keyFile);

        assertThatThrownBy(() -> LedgerKeys.open(keyFile, identities.read().orElseThrow(), identities, checkpoints))
                .isInstanceOf(LedgerStartupException.class)
                .hasMessageContaining("(key id " + first.keyIdHex() + ") is not at " + keyFile)
                .hasMessageContaining("restore that file from your backup")
                .hasMessageNotContaining("\n");
        assertThat(Files.exists(keyFile)).isFalse();
        assertThat(identities.read().orElseThrow().verifierKey())
                .isEqualTo(first.verifierKey().format());
    }

    @Test
    void aKeyFileWithAnotherKeyIsRefusedInOneLine() throws Exception {
        Path keyFile = dir.resolve("keys/checkpoint.key");
        NoteSignerKey first = LedgerKeys.open(keyFile, identity(), identities, checkpoints);
        Path otherFile = dir.resolve("other/checkpoint.key");
        NoteSignerKey other = SigningKeyFile.loadOrCreate(otherFile, ORIGIN);

        assertThatThrownBy(() -> LedgerKeys.open(otherFile, identities.read().orElseThrow(), identities, checkpoints))
                .isInstanceOf(LedgerStartupException.class)
                .hasMessage("The signing key in " + otherFile + " has key id " + other.keyIdHex()
                        + ", but ledger testledger01 signs with key id " + first.keyIdHex()
                        + " (recorded in its store); refusing to sign. Restore the ledger's key file, or change keys"
                        + " with 'mission-ledger keys rotate'.");
    }

    @Test
    void aLedgerFromBeforeIdentitiesKeepsOnlyTheKeyThatSignedIt() throws Exception {
        NoteSignerKey old = NoteSignerKey.generate(ORIGIN);
        record(3);
        new CheckpointSigner(tree, checkpoints, old, Clock.systemUTC())
                .signIfGrown()
                .orElseThrow();
        Path stranger = dir.resolve("stranger/checkpoint.key");
        SigningKeyFile.loadOrCreate(stranger, ORIGIN);

        assertThatThrownBy(() -> LedgerKeys.open(stranger, identity(), identities, checkpoints))
                .isInstanceOf(LedgerStartupException.class)
                .hasMessageContaining("did not sign this log's checkpoints");
        Path missing = dir.resolve("missing/checkpoint.key");
        assertThatThrownBy(() -> LedgerKeys.open(missing, identity(), identities, checkpoints))
                .isInstanceOf(LedgerStartupException.class)
                .hasMessageContaining("has checkpoints but no signing key at " + missing);
        assertThat(Files.exists(missing)).isFalse();
        assertThat(identities.read().orElseThrow().verifierKey()).isNull();
    }

    @Test
    void aRotationHandsOverWithBothSignaturesAndIsRecorded() throws Exception {
        Path keyFile = dir.resolve("keys/checkpoint.key");
        NoteSignerKey first = LedgerKeys.open(keyFile, identity(), identities, checkpoints);
        CheckpointSigner signer = new CheckpointSigner(tree, checkpoints, first, Clock.systemUTC());
        record(4);
        signer.signIfGrown().orElseThrow();
        record(2);

        LedgerIdentity.KeyRotation rotation = new KeyRotation(signer, identities, keyFile, tree).rotate();

        // what grew was signed by the old key first
        assertThat(checkpoints.latest().orElseThrow().size()).isEqualTo(6);
        SignedNote handover = SignedNote.parse(rotation.note());
        NoteSignerKey next = SigningKeyFile.load(keyFile, ORIGIN);
        assertThat(next).isNotEqualTo(first);
        assertThat(handover.verify(first.verifierKey())).containsExactly(first.verifierKey());
        assertThat(handover.verify(next.verifierKey())).containsExactly(next.verifierKey());
        Checkpoint body = Checkpoint.parse(handover.text());
        assertThat(body.size()).isEqualTo(6);
        assertThat(body.extensions())
                .containsExactly("key-rotation " + next.verifierKey().format());
        LedgerIdentity recorded = identities.read().orElseThrow();
        assertThat(recorded.verifierKey()).isEqualTo(next.verifierKey().format());
        assertThat(recorded.rotations()).containsExactly(rotation);
        assertThat(rotation.previousKey()).isEqualTo(first.verifierKey().format());
        assertThat(Files.exists(LedgerKeys.retiredFile(keyFile, first))).isTrue();
        assertThat(tree.publishedVerifierKey()).contains(next.verifierKey().format());

        // from now on: the next key signs, and only the next key opens
        record(1);
        SignedNote later = SignedNote.parse(signer.signIfGrown().orElseThrow().note());
        assertThat(later.verify(next.verifierKey())).containsExactly(next.verifierKey());
        assertThatThrownBy(() -> later.verify(first.verifierKey())).isInstanceOf(NoteVerificationException.class);
        assertThat(LedgerKeys.open(keyFile, recorded, identities, checkpoints)).isEqualTo(next);
    }

    @Test
    void aRotationInterruptedAfterTheStoreRecordedItIsFinishedOnTheNextStart() throws Exception {
        Path keyFile = dir.resolve("keys/checkpoint.key");
        NoteSignerKey first = LedgerKeys.open(keyFile, identity(), identities, checkpoints);
        CheckpointSigner signer = new CheckpointSigner(tree, checkpoints, first, Clock.systemUTC());
        record(2);
        NoteSignerKey next = SigningKeyFile.loadOrCreate(LedgerKeys.pendingFile(keyFile), ORIGIN);
        signer.rotate(next, identities::rotate); // the store has it; the files were never moved (a crash)

        NoteSignerKey opened = LedgerKeys.open(keyFile, identities.read().orElseThrow(), identities, checkpoints);

        assertThat(opened).isEqualTo(next);
        assertThat(Files.exists(LedgerKeys.pendingFile(keyFile))).isFalse();
        assertThat(Files.exists(LedgerKeys.retiredFile(keyFile, first))).isTrue();
    }

    @Test
    void originsAreUniquePerLedgerOrComeFromThePublicUrl() {
        assertThat(LedgerIdentity.originFor(null, "abc")).isEqualTo("missionledger.local/log/abc");
        assertThat(LedgerIdentity.originFor("https://Ledger.Example.org/", "abc"))
                .isEqualTo("ledger.example.org/log");
        assertThat(LedgerIdentity.originFor("https://example.org:8443/councils/camden", "abc"))
                .isEqualTo("example.org:8443/councils/camden/log");
        assertThatThrownBy(() -> LedgerIdentity.originFor("not a url", "abc"))
                .isInstanceOf(LedgerStartupException.class);
        assertThat(LedgerIdentity.newLedgerId()).hasSize(12).isNotEqualTo(LedgerIdentity.newLedgerId());
    }
}
