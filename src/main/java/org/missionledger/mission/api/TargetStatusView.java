package org.missionledger.mission.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The target-status view of one target: its progress now, its progress as recorded with the last event that touched
 * it, and every recorded change of status with the rule version that computed it.
 *
 * @param missionId the mission
 * @param targetId the target
 * @param lifecycle active, dropped or superseded
 * @param terms its terms
 * @param current its progress evaluated today
 * @param recorded its progress evaluated on the day the last event touching it (or its indicator) was recorded
 * @param history every change of the recorded status, oldest first
 */
public record TargetStatusView(
        String missionId,
        String targetId,
        TargetStatus lifecycle,
        TargetTerms terms,
        ProgressView current,
        ProgressView recorded,
        List<StatusChange> history) {

    /**
     * One change of the recorded status.
     *
     * @param position the global position of the event that caused it
     * @param eventId that event
     * @param cause that event's type (a new reading, a revision of the target, …)
     * @param recordedAt when it was recorded
     * @param evaluatedOn the date the rule evaluated the target for
     * @param status the new status
     * @param ruleVersion the rule version that computed it
     * @param ratio the rule's R, where computed
     * @param readingPeriod the reading it rested on
     * @param readingValue that reading's value
     */
    public record StatusChange(
            long position,
            String eventId,
            String cause,
            Instant recordedAt,
            LocalDate evaluatedOn,
            ProgressStatus status,
            int ruleVersion,
            BigDecimal ratio,
            String readingPeriod,
            BigDecimal readingValue) {}
}
