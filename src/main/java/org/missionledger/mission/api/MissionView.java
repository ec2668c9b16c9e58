package org.missionledger.mission.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A mission on the board: body, status, current wording, who is accountable and its targets with their status.
 *
 * @param missionId the mission
 * @param body who set it
 * @param title title
 * @param statement statement, as worded by the body
 * @param policyArea policy area
 * @param declaredOn when it was declared
 * @param horizon the date it looks to
 * @param status active, achieved, dropped or superseded
 * @param statusSince when the status took effect (absent while active)
 * @param successorMissionId the mission that superseded it
 * @param version the mission's version (its last event's sequence number; the ETag for commands)
 * @param asOf the date the view is for: holders and progress are as of this date
 * @param asKnownAt for time travel, the moment of the record asked about (absent: as recorded now)
 * @param accountable who held each role on {@code asOf}
 * @param targets every target, in the order they were set
 * @param notes sourced notes on the mission (neither alterations nor corrections), in the order recorded
 * @param targetsNote "no measurable target published" when the mission has no active target and its sources are noted
 *     to publish none (absent otherwise)
 */
public record MissionView(
        String missionId,
        Body body,
        String title,
        String statement,
        String policyArea,
        LocalDate declaredOn,
        LocalDate horizon,
        MissionStatus status,
        LocalDate statusSince,
        String successorMissionId,
        long version,
        LocalDate asOf,
        Instant asKnownAt,
        List<AccountableView> accountable,
        List<TargetView> targets,
        List<NoteView> notes,
        String targetsNote) {

    /** What {@link #targetsNote} says for a mission whose sources publish no measurable target. */
    public static final String NO_MEASURABLE_TARGET = "no measurable target published";
}
