package org.missionledger.mission.command;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.missionledger.common.command.LedgerDirectory;

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
    public boolean missionExists(String missionId) {
        return missions.contains(missionId);
    }

    @Override
    public boolean indicatorExists(String indicatorId) {
        return indicators.contains(indicatorId);
    }

    @Override
    public java.util.Optional<String> missionBodyId(String missionId) {
        return missions.contains(missionId) ? java.util.Optional.of("uk-government") : java.util.Optional.empty();
    }
}
