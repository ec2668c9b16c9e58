package org.missionledger.common.command;

/**
 * What a command handler may ask about other aggregates: whether they exist. Answered from the event store itself
 * (one point lookup), never from a projection, so it cannot be stale.
 */
public interface LedgerDirectory {

    boolean missionExists(String missionId);

    boolean indicatorExists(String indicatorId);

    /** The id of the body that declared the mission, if the mission exists. */
    java.util.Optional<String> missionBodyId(String missionId);
}
