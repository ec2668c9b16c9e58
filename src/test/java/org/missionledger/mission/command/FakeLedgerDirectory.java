package org.missionledger.mission.command;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.missionledger.common.command.LedgerDirectory;
import org.missionledger.indicator.api.IndicatorAggregateType;
import org.missionledger.mission.api.MissionAggregateType;

/** A directory that knows exactly the missions and indicators it was told about. */
final class FakeLedgerDirectory implements LedgerDirectory {

    private final Set<String> missions = new HashSet<>();
    private final Set<String> indicators = new HashSet<>();

    FakeLedgerDirectory withMissions(String... missionIds) {
        missions.addAll(List.of(missionIds));
        return this;
    }

    FakeLedgerDirectory withIndicators(String... indicatorIds) {
        indicators.addAll(List.of(indicatorIds));
        return this;
    }

    @Override
    public boolean exists(String aggregateType, String aggregateId) {
        return switch (aggregateType) {
            case MissionAggregateType.NAME -> missions.contains(aggregateId);
            case IndicatorAggregateType.NAME -> indicators.contains(aggregateId);
            default -> false;
        };
    }
}
