package org.missionledger.mission.api;

import java.util.List;

/**
 * A mission's history: every event (its timeline), its alterations as classified in the alterations log, and its
 * lineage.
 *
 * @param missionId the mission
 * @param timeline every event of the mission, in order
 * @param alterations its alterations, oldest first
 * @param lineage which missions and targets it replaced or was replaced by
 */
public record MissionHistoryView(
        String missionId, List<TimelineEntryView> timeline, List<AlterationView> alterations, LineageView lineage) {}
