package org.missionledger.mission.api;

import java.util.List;

/**
 * Which missions and targets replaced which.
 *
 * @param missionId the mission
 * @param supersedes the missions it directly superseded
 * @param supersededBy the mission that superseded it
 * @param chain the whole line, oldest first, through this mission (following single predecessors and successors)
 * @param targets the lineage of its targets (only targets that superseded or were superseded)
 */
public record LineageView(
        String missionId,
        List<String> supersedes,
        String supersededBy,
        List<String> chain,
        List<TargetLineage> targets) {

    /**
     * @param targetId the target
     * @param supersedes the targets it superseded
     * @param supersededBy the target that superseded it
     */
    public record TargetLineage(String targetId, List<String> supersedes, String supersededBy) {}
}
