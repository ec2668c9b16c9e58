package org.missionledger.mission.api;

import java.time.LocalDate;

/**
 * Someone accountable on a date: who, in which role, for the mission or one of its targets.
 *
 * @param scope {@code MISSION} or {@code TARGET}
 * @param targetId the target, for scope {@code TARGET}
 * @param role the role
 * @param holder who, in which post
 * @param tenureId the tenure
 * @param effectiveFrom first day of the tenure
 * @param effectiveTo the day it ended (exclusive; absent while open)
 */
public record AccountableView(
        Scope scope,
        String targetId,
        AccountableRole role,
        Holder holder,
        String tenureId,
        LocalDate effectiveFrom,
        LocalDate effectiveTo) {

    /** What a role is held for. */
    public enum Scope {
        MISSION,
        TARGET
    }
}
