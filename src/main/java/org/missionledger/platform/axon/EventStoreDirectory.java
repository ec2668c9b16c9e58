package org.missionledger.platform.axon;

import org.missionledger.common.command.LedgerDirectory;
import org.missionledger.platform.eventstore.GlobalIndexEventStorageEngine;

/** Answers "does this aggregate exist?" from the first event of its stream: one point lookup in the event store. */
final class EventStoreDirectory implements LedgerDirectory {

    private final GlobalIndexEventStorageEngine engine;

    EventStoreDirectory(GlobalIndexEventStorageEngine engine) {
        this.engine = engine;
    }

    @Override
    public boolean exists(String aggregateType, String aggregateId) {
        return aggregateType.equals(engine.aggregateTypeOf(aggregateId).orElse(null));
    }
}
