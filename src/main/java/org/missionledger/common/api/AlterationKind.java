package org.missionledger.common.api;

/** How a body changed a commitment in the real world (never used for the ledger's own corrections). */
public enum AlterationKind {
    /** The goal became easier to meet (lower goal for an "at least" target, a looser comparator, …). */
    WEAKENED,
    /** The goal became harder to meet. */
    STRENGTHENED,
    /** The deadline moved later. */
    POSTPONED,
    /** The deadline moved earlier. */
    BROUGHT_FORWARD,
    /** The wording changed. */
    REWORDED,
    /** The geography or scope changed. */
    RESCOPED,
    /** The indicator, unit or measurement basis changed: the goal is measured differently. */
    METRIC_CHANGED,
    /** The baseline value or date changed. */
    REBASED,
    /** The commitment was dropped. */
    DROPPED,
    /** A dropped commitment was reinstated. */
    REINSTATED,
    /** The commitment was replaced by a successor. */
    SUPERSEDED,
    /** The body declared the commitment achieved. */
    ACHIEVED
}
