package org.missionledger.ledger.witness;

/** A cosignature line that claims to be by a known witness key but is not a valid cosignature of the checkpoint. */
public final class CosignatureException extends Exception {

    public CosignatureException(String message) {
        super(message);
    }
}
