package org.missionledger.ledger.note;

import java.security.GeneralSecurityException;

/**
 * Thrown when a well-formed signed note fails verification: a signature by a known key is invalid, or no signature
 * by any known key is present.
 */
public final class NoteVerificationException extends GeneralSecurityException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message why verification failed
     */
    public NoteVerificationException(String message) {
        super(message);
    }
}
