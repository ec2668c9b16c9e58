package org.missionledger.ledger.verify;

import java.util.List;
import org.missionledger.ledger.log.EventLeaf;

/**
 * One precise statement about how a history differs from the authenticated one. Positions are leaf indexes (0-based);
 * {@link #position()} is the first leaf of the authenticated history the finding touches, so every checkpoint with a
 * larger size is contradicted by it.
 */
sealed interface Finding {

    /** The kind, as printed: MODIFIED, DELETED, TRUNCATED, INSERTED, REORDERED, RENUMBERED, DUPLICATED. */
    String kind();

    /** The first leaf index of the authenticated history affected. */
    long position();

    /** The event this finding is about, or {@code null} for a finding about several events. */
    String eventId();

    /** The same event id, a different leaf: the event's content (listed in {@code changes}) was altered. */
    record Modified(
            long position,
            long actualPosition,
            String eventId,
            String location,
            EventLeaf expected,
            List<String> changes)
            implements Finding {
        public String kind() {
            return "MODIFIED";
        }
    }

    /** An event of the authenticated history is missing; later events moved up. */
    record Deleted(long position, String eventId, EventLeaf expected) implements Finding {
        public String kind() {
            return "DELETED";
        }
    }

    /**
     * The history checked stops short: the authenticated events from {@code position} to the end of the authenticated
     * history are all missing and nothing follows them — the log was rolled back (truncated) to a tree smaller than a
     * checkpoint it had already signed.
     *
     * @param position the first missing leaf (the size the history was cut back to)
     * @param authenticatedSize the size of the authenticated history it falls short of
     * @param eventId the first missing event
     */
    record Truncated(long position, long authenticatedSize, String eventId, EventLeaf expected) implements Finding {
        public String kind() {
            return "TRUNCATED";
        }

        /** How many authenticated events are missing from the end. */
        long missing() {
            return authenticatedSize - position;
        }
    }

    /**
     * An event unknown to the authenticated history stands where another event was expected.
     *
     * @param replacedEventId the expected event it took the place of, or {@code null} if later events moved down
     */
    record Inserted(
            long position,
            long actualPosition,
            String eventId,
            String location,
            EventLeaf actual,
            String replacedEventId)
            implements Finding {
        public String kind() {
            return "INSERTED";
        }
    }

    /** The same event, at another position among the same events. */
    record Reordered(long position, long actualPosition, String eventId, String location, EventLeaf expected)
            implements Finding {
        public String kind() {
            return "REORDERED";
        }
    }

    /**
     * A run of events whose content is unchanged but whose global index moved by {@code delta} (what an insertion or
     * deletion that renumbers the store leaves behind).
     */
    record Renumbered(long position, long lastPosition, long count, long delta) implements Finding {
        public String kind() {
            return "RENUMBERED";
        }

        public String eventId() {
            return null;
        }
    }

    /** The same event appears twice in the history checked. */
    record Duplicated(long position, long actualPosition, String eventId, long firstActualPosition, String location)
            implements Finding {
        public String kind() {
            return "DUPLICATED";
        }
    }
}
