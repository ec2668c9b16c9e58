package org.missionledger.mission.web;

import java.util.List;
import org.missionledger.mission.api.AlterationView;
import org.missionledger.mission.api.MissionView;
import org.missionledger.mission.api.ProgressStatus;

/**
 * A mission in the missions index: the mission, its targets' progress in brief, and its alterations in brief.
 *
 * @param mission the mission as it stands
 * @param progress how many of its active targets have each progress status, worst first
 * @param alterations how many alterations it has
 * @param newest its newest alteration (null when none)
 */
public record MissionListItem(
        MissionView mission, List<ProgressCount> progress, long alterations, AlterationView newest) {

    /**
     * How many targets have a status.
     *
     * @param status the status (null: not assessed yet)
     * @param count how many
     */
    public record ProgressCount(ProgressStatus status, long count) {}
}
