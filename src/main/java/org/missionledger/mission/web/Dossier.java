package org.missionledger.mission.web;

import java.time.Instant;
import java.util.List;
import org.missionledger.mission.api.AlterationView;
import org.missionledger.mission.api.LineageView;
import org.missionledger.mission.api.MissionView;
import org.missionledger.mission.api.TenureView;
import org.missionledger.mission.api.TimelineEntryView;
import org.missionledger.platform.pages.LedgerCheckpoints;
import org.missionledger.platform.projection.ReadModelStatus;

/**
 * Everything a committee pack needs about one mission, and what it was produced under.
 *
 * @param mission the mission as it stands
 * @param original its wording before the body first changed it
 * @param alterations its alterations, oldest first
 * @param tenures every tenure recorded
 * @param timeline every event
 * @param lineage which missions it replaced or was replaced by
 * @param producedAt when the dossier was produced
 * @param data how current the views it was read from were
 * @param indicatorNames the names of the targets' indicators, by id
 * @param charts each target's readings chart as a PNG data URI, by target id (targets without readings have none)
 * @param checkpoint the latest signed checkpoint of the transparency log (null when none was signed yet)
 */
public record Dossier(
        MissionView mission,
        OriginalWording original,
        List<AlterationView> alterations,
        List<TenureView> tenures,
        List<TimelineEntryView> timeline,
        LineageView lineage,
        Instant producedAt,
        ReadModelStatus data,
        LedgerCheckpoints.Checkpoint checkpoint,
        java.util.Map<String, String> indicatorNames,
        java.util.Map<String, String> charts) {

    /** A target's wording by its id (its id when the mission has no such target). */
    public String targetWording(String targetId) {
        return mission.targets().stream()
                .filter(t -> t.targetId().equals(targetId))
                .map(t -> t.terms().wording())
                .findFirst()
                .orElse(targetId);
    }
}
