package org.missionledger.ledger.log;

import java.io.IOException;
import java.util.function.LongConsumer;

/**
 * Leaves in leaf order, from wherever they come: an events export (leaves recomputed from the events), a saved leaves
 * file, or the live store. Sources can be read more than once (the verifier reads again for details).
 */
public interface LeafSource {

    /** Receives the leaves of a source, in order. */
    @FunctionalInterface
    interface Sink {
        /** Receives one leaf. */
        void accept(LeafEntry entry);
    }

    /** Thrown when a source's content is malformed (the verifier's "unreadable input"). */
    final class MalformedSourceException extends RuntimeException {
        public MalformedSourceException(String message) {
            super(message);
        }

        public MalformedSourceException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Describes the source for reports, e.g. {@code export events.jsonl}. */
    String describe();

    /** The amount of work {@link #read} reports through its progress callback, or -1 if unknown. */
    default long progressTotal() {
        return -1;
    }

    /** The unit of the progress callback: {@code "bytes"} or {@code "events"}. */
    default String progressUnit() {
        return "events";
    }

    /**
     * Reads every leaf, in order, positions counted from 0.
     *
     * @param sink receives the leaves
     * @param progress receives the work done so far (in {@link #progressUnit()}), now and then
     * @throws IOException if the source cannot be read
     * @throws MalformedSourceException if its content is malformed
     */
    void read(Sink sink, LongConsumer progress) throws IOException;
}
