package org.missionledger.mission.api;

/** How the outcome is compared with the goal value. */
public enum Comparator {
    /** Met when the outcome is at least the goal (e.g. "at least 95% clean power"). */
    AT_LEAST,
    /** Met when the outcome is at most the goal (e.g. "no more than 5% unabated gas"). */
    AT_MOST,
    /** Met only when the outcome equals the goal. */
    EXACTLY
}
