package org.missionledger.mission.api;

import java.time.LocalDate;

/**
 * Nobody accountable: a role of the mission or a target that nobody held on the date asked about, or a live target (or
 * the mission) with no tenure at all.
 *
 * @param scope mission or target
 * @param targetId the target, for scope {@code TARGET}
 * @param role the vacant role; absent when the scope has never had anyone accountable
 * @param from the day the gap began (the previous tenure's end); absent when nobody ever held the role before
 * @param to the day the gap ended (the next tenure's start); absent when it is still open as recorded
 * @param previous the tenure before the gap
 * @param next the tenure after the gap
 */
public record AccountabilityGapView(
        AccountableView.Scope scope,
        String targetId,
        AccountableRole role,
        LocalDate from,
        LocalDate to,
        AccountableView previous,
        AccountableView next) {}
