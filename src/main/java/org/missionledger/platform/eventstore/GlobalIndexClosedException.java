package org.missionledger.platform.eventstore;

import org.axonframework.eventsourcing.eventstore.EventStoreException;

/**
 * A writer came back later than the gap timeout: the global index it had allocated was closed with a tombstone, so its
 * event was not stored. Nothing was recorded; the command can be retried.
 */
public class GlobalIndexClosedException extends EventStoreException {

    private final long globalIndex;

    public GlobalIndexClosedException(long globalIndex, String eventIdentifier, Throwable cause) {
        super(
                "Event " + eventIdentifier + " was not stored: its global index " + globalIndex
                        + " was closed as a gap after the gap timeout. Nothing was recorded; retry the command.",
                cause);
        this.globalIndex = globalIndex;
    }

    public long globalIndex() {
        return globalIndex;
    }
}
