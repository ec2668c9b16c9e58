package org.missionledger.ledger.checkpoint;

import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import org.missionledger.ledger.log.LogState;
import org.missionledger.ledger.log.TreeStore;
import org.missionledger.ledger.merkle.MerkleProofs;
import org.missionledger.ledger.note.Checkpoint;
import org.missionledger.ledger.note.NoteSignerKey;
import org.missionledger.ledger.note.NoteVerifierKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs C2SP {@code tlog-checkpoint} notes over the log's committed state and keeps every one of them. A checkpoint is
 * signed only when the tree grew since the latest one, and only after the root computed from the sequencer's frontier
 * was found equal to the root computed from the stored subtree hashes that proofs are served from.
 */
public class CheckpointSigner {

    private static final Logger log = LoggerFactory.getLogger(CheckpointSigner.class);

    private final TreeStore tree;
    private final CheckpointStore checkpoints;
    private volatile NoteSignerKey key;
    private volatile NoteVerifierKey verifierKey;
    private final String origin;
    private final Clock clock;

    public CheckpointSigner(TreeStore tree, CheckpointStore checkpoints, NoteSignerKey key, Clock clock) {
        this.tree = Objects.requireNonNull(tree, "tree");
        this.checkpoints = Objects.requireNonNull(checkpoints, "checkpoints");
        this.key = Objects.requireNonNull(key, "key");
        this.verifierKey = key.verifierKey();
        this.origin = key.name();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    private CheckpointSigner(
            TreeStore tree, CheckpointStore checkpoints, NoteVerifierKey published, String origin, Clock clock) {
        this.tree = Objects.requireNonNull(tree, "tree");
        this.checkpoints = Objects.requireNonNull(checkpoints, "checkpoints");
        this.key = null;
        this.verifierKey = published;
        this.origin = Objects.requireNonNull(origin, "origin");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A signer of a read-only process: it knows the published key (null if none yet) and never signs. */
    public static CheckpointSigner readOnly(
            TreeStore tree, CheckpointStore checkpoints, NoteVerifierKey published, String origin, Clock clock) {
        return new CheckpointSigner(tree, checkpoints, published, origin, clock);
    }

    private volatile java.util.function.BooleanSupplier writer = () -> true;

    /** Whether this process signs (it is the ledger's writer and holds its key). */
    public boolean signs() {
        return key != null;
    }

    /** Signs only while this holds (the writer lease): a process that lost the lease never signs again. */
    public void signOnlyWhile(java.util.function.BooleanSupplier holdsLease) {
        this.writer = holdsLease;
    }

    /** Returns the log's origin (the first line of its checkpoints, and its key's name). */
    public String origin() {
        return origin;
    }

    /** Returns the public key that verifies the checkpoints. */
    public NoteVerifierKey verifierKey() {
        return verifierKey;
    }

    /** Returns the tree size of the latest checkpoint, 0 if there is none. */
    public long latestSize() {
        return checkpoints.latest().map(StoredCheckpoint::size).orElse(0L);
    }

    /**
     * Signs and stores a checkpoint of the committed tree if it grew since the latest checkpoint.
     *
     * @return the new checkpoint, or empty if the tree did not grow
     * @throws IllegalStateException if the stored subtree hashes disagree with the sequencer's state
     */
    public synchronized Optional<StoredCheckpoint> signIfGrown() {
        if (key == null || !writer.getAsBoolean()) {
            throw new IllegalStateException("This process is not the ledger's writer; it never signs");
        }
        for (int attempt = 0; attempt < 3; attempt++) {
            LogState state = tree.state();
            Optional<StoredCheckpoint> latest = checkpoints.latest();
            long latestSize = latest.map(StoredCheckpoint::size).orElse(0L);
            if (state.size() == 0 || state.size() <= latestSize) {
                return Optional.empty();
            }
            byte[] root = state.root();
            byte[] fromNodes = MerkleProofs.root(state.size(), tree);
            if (!MessageDigest.isEqual(root, fromNodes)) {
                throw new IllegalStateException("Refusing to sign a checkpoint of size " + state.size()
                        + ": the sequencer's root " + Base64.getEncoder().encodeToString(root)
                        + " differs from the root of the stored subtree hashes "
                        + Base64.getEncoder().encodeToString(fromNodes) + "; run the live verifier");
            }
            String note = new Checkpoint(origin, state.size(), root).sign(key).format();
            long seq = latest.map(StoredCheckpoint::seq).orElse(0L) + 1;
            StoredCheckpoint checkpoint = new StoredCheckpoint(
                    seq, state.size(), root, note, clock.instant().toString());
            if (checkpoints.insert(checkpoint)) {
                log.info(
                        "Signed checkpoint #{} of {}: size {}, root {}",
                        seq,
                        origin,
                        state.size(),
                        Base64.getEncoder().encodeToString(root));
                return Optional.of(checkpoint);
            }
            // another instance signed at the same moment: look again
        }
        return Optional.empty();
    }

    /**
     * Hands the log over to the next key: signs what the tree has grown by with the current key, then a handover
     * checkpoint of the tree as it stands — with the extension line {@code key-rotation <next verifier key>} — signed by
     * both keys, records it with the ledger's identity (only if the current key is still the recorded one), and signs
     * with the next key from then on. A verifier holding the old key checks the handover with it and learns the next.
     *
     * @param next the next key (its name must be the origin)
     * @param record records the rotation in the store; answers false if the recorded key was not the current one
     * @return the rotation as recorded
     */
    public synchronized org.missionledger.platform.store.LedgerIdentity.KeyRotation rotate(
            NoteSignerKey next,
            java.util.function.Predicate<org.missionledger.platform.store.LedgerIdentity.KeyRotation> record) {
        if (key == null) {
            throw new IllegalStateException("This process is not the ledger's writer; it cannot rotate the key");
        }
        if (!next.name().equals(origin)) {
            throw new IllegalArgumentException("The next key is named '" + next.name() + "', not '" + origin + "'");
        }
        if (next.verifierKey().equals(verifierKey)) {
            throw new IllegalArgumentException("The next key is the current key");
        }
        signIfGrown();
        LogState state = tree.state();
        byte[] root = state.root();
        if (state.size() > 0 && !MessageDigest.isEqual(root, MerkleProofs.root(state.size(), tree))) {
            throw new IllegalStateException("Refusing to sign a handover: the stored subtree hashes disagree with the"
                    + " sequencer's root; run the live verifier");
        }
        String note = new Checkpoint(
                        origin,
                        state.size(),
                        root,
                        java.util.List.of(
                                ROTATION_EXTENSION + " " + next.verifierKey().format()))
                .sign(key, next)
                .format();
        var rotation = new org.missionledger.platform.store.LedgerIdentity.KeyRotation(
                verifierKey.format(),
                next.verifierKey().format(),
                state.size(),
                note,
                clock.instant().toString());
        if (!record.test(rotation)) {
            throw new IllegalStateException("The ledger's recorded key is no longer this process's key; not rotated");
        }
        log.info(
                "Rotated the signing key of {}: key id {} hands over to key id {} at tree size {}",
                origin,
                key.keyIdHex(),
                next.keyIdHex(),
                state.size());
        key = next;
        verifierKey = next.verifierKey();
        return rotation;
    }

    /** The extension line of a handover checkpoint: {@code key-rotation <next verifier key>}. */
    public static final String ROTATION_EXTENSION = "key-rotation";
}
