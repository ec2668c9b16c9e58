package org.missionledger.mission.api;

/** What a note on a mission records. Notes are neither alterations nor corrections: the commitment is unchanged. */
public enum NoteKind {
    /** A documented fact about the mission worth a reader's attention (e.g. an opposition's announced intent). */
    NOTE,
    /** The mission's sources publish no measurable target for it: shown as "no measurable target published". */
    NO_MEASURABLE_TARGET
}
