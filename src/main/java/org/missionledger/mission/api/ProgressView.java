package org.missionledger.mission.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.missionledger.indicator.api.ReadingPoint;

/**
 * A target's progress: its latest reading against the trajectory from baseline to goal, and the status the progress
 * rule gives it.
 *
 * @param status the status
 * @param ruleVersion the version of the progress rule that computed it ({@code docs/status-rule.md})
 * @param evaluatedOn the date it was evaluated for (deadlines and overdue data are judged against it)
 * @param reading the reading the status rests on (the latest, or the outcome reading after the deadline)
 * @param trajectoryValue where the trajectory from baseline to goal stands at that reading's period end
 * @param observedGrowth observed compound annual growth rate since the baseline (0.021 = 2.1 % a year)
 * @param requiredGrowth compound annual growth rate needed to reach the goal by the deadline
 * @param ratio {@code observedGrowth / requiredGrowth}, signed by the desired direction (the rule's R)
 * @param explanation one sentence on why
 */
public record ProgressView(
        ProgressStatus status,
        int ruleVersion,
        LocalDate evaluatedOn,
        ReadingPoint reading,
        BigDecimal trajectoryValue,
        BigDecimal observedGrowth,
        BigDecimal requiredGrowth,
        BigDecimal ratio,
        String explanation) {}
