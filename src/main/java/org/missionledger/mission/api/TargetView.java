package org.missionledger.mission.api;

import java.time.LocalDate;

/**
 * A target as it stands (or stood): its terms, its status and its progress.
 *
 * @param targetId the target
 * @param terms its current wording, indicator, baseline, goal, deadline, …
 * @param status active, dropped or superseded
 * @param statusSince when the status took effect (absent while never changed)
 * @param successorTargetId the target that superseded it
 * @param setOn when it was set (effective date)
 * @param progress its progress under the current progress rule
 */
public record TargetView(
        String targetId,
        TargetTerms terms,
        TargetStatus status,
        LocalDate statusSince,
        String successorTargetId,
        LocalDate setOn,
        ProgressView progress) {}
