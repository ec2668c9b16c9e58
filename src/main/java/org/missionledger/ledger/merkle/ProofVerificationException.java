package org.missionledger.ledger.merkle;

import java.security.GeneralSecurityException;
import java.util.Objects;

/** Thrown by {@link MerkleVerifier} when an inclusion or consistency proof does not verify. */
public final class ProofVerificationException extends GeneralSecurityException {

    private static final long serialVersionUID = 1L;

    /** Why verification failed. */
    public enum Reason {
        /** The leaf index is not below the tree size (compared as unsigned 64-bit integers). */
        INDEX_OUT_OF_RANGE,
        /** The tree sizes are unusable: old size 0, or old size greater than new size. */
        INVALID_TREE_SIZES,
        /** A leaf hash, root hash or proof hash is missing or not 32 bytes long. */
        MALFORMED_HASH,
        /** The proof has the wrong number of hashes for the given index and sizes. */
        WRONG_PROOF_LENGTH,
        /** The proof is well-formed but does not reproduce the expected root hash(es). */
        ROOT_MISMATCH
    }

    private final Reason reason;

    /**
     * Creates the exception.
     *
     * @param reason machine-readable failure category
     * @param message human-readable explanation
     */
    public ProofVerificationException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Returns the failure category. */
    public Reason reason() {
        return reason;
    }
}
