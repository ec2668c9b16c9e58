package org.missionledger.platform.axon;

import org.missionledger.common.command.LedgerDirectory;
import org.missionledger.platform.eventstore.EventLog;

/** Answers "does this aggregate exist?" from the first event of its stream: one point lookup in the event store. */
final class EventStoreDirectory implements LedgerDirectory {

    private final EventLog eventLog;

    EventStoreDirectory(EventLog eventLog) {
        this.eventLog = eventLog;
    }

    @Override
    public boolean exists(String aggregateType, String aggregateId) {
        return aggregateType.equals(eventLog.aggregateTypeOf(aggregateId).orElse(null));
    }
}
