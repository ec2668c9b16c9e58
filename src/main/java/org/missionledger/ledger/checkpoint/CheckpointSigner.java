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
    private final NoteSignerKey key;
    private final String origin;
    private final Clock clock;

    public CheckpointSigner(TreeStore tree, CheckpointStore checkpoints, NoteSignerKey key, Clock clock) {
        this.tree = Objects.requireNonNull(tree, "tree");
        this.checkpoints = Objects.requireNonNull(checkpoints, "checkpoints");
        this.key = Objects.requireNonNull(key, "key");
        this.origin = key.name();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Returns the log's origin (the first line of its checkpoints, and its key's name). */
    public String origin() {
        return origin;
    }

    /** Returns the public key that verifies the checkpoints. */
    public NoteVerifierKey verifierKey() {
        return key.verifierKey();
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
}
