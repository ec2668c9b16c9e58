package org.missionledger.ledger.note;

/**
 * Thrown when a signed note, note key string or checkpoint body is malformed. Unchecked, like other parse failures
 * of the JDK (e.g. {@link NumberFormatException}).
 */
public final class NoteFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong with the input
     */
    public NoteFormatException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param message what is wrong with the input
     * @param cause underlying failure
     */
    public NoteFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
