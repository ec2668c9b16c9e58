package org.missionledger.mission.api;

/**
 * The aggregate type under which the mission feature's events are stored (Axon's name for {@code MissionAggregate}). The one
 * place it is spelled: projections, exports and the store compare against {@link #NAME}; the feature registers it.
 */
public final class MissionAggregateType {

    public static final String NAME = "MissionAggregate";

    private MissionAggregateType() {}
}
