package org.missionledger.common.command;

/**
 * What a command handler may ask about other aggregates: whether they exist. Answered from the event store itself
 * (one point lookup), never from a projection, so it cannot be stale.
 */
public interface LedgerDirectory {

    /**
     * Whether an aggregate of this type is recorded under the identifier.
     *
     * @param aggregateType the stored aggregate type, e.g. {@code MissionAggregateType.NAME}
     */
    boolean exists(String aggregateType, String aggregateId);
}
