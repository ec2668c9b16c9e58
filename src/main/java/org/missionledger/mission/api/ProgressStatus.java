package org.missionledger.mission.api;

/**
 * A target's progress as the published progress rule ({@code docs/status-rule.md}) assesses it. The first five are
 * Open SDG's categories; the others say why no category applies.
 */
public enum ProgressStatus {
    /** The latest reading (or, after the deadline, the outcome reading) meets the goal. */
    ACHIEVED,
    /** Observed growth is at least 95 % of the growth needed to reach the goal on time. */
    ON_TRACK,
    /** Observed growth is 60 % to 95 % of the growth needed. */
    ACCELERATION_NEEDED,
    /** Observed growth is 0 % to 60 % of the growth needed. */
    LIMITED_PROGRESS,
    /** The indicator moved away from the goal. */
    DETERIORATION,
    /** The deadline passed and the outcome reading does not meet the goal. */
    DEADLINE_PASSED,
    /** The deadline passed, and no reading for it arrived within the indicator's frequency plus the grace period. */
    OUTCOME_NOT_REPORTED,
    /** No reading after the baseline yet, and none is overdue. */
    NO_DATA_YET,
    /** No new reading within the indicator's frequency plus the grace period. */
    DATA_OVERDUE,
    /** The target lacks what the rule needs (indicator, numeric goal, baseline) or its values change sign. */
    UNABLE_TO_ASSESS
}
