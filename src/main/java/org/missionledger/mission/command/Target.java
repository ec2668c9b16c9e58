package org.missionledger.mission.command;

import static org.missionledger.common.command.CommandRefused.unless;

import org.missionledger.mission.api.MissionRefusal;
import org.missionledger.mission.api.TargetStatus;
import org.missionledger.mission.api.TargetTerms;

/**
 * A target inside its mission: its terms and its state machine. {@code ACTIVE ⇄ DROPPED}, and {@code ACTIVE →
 * SUPERSEDED} (final).
 */
final class Target {

    private String targetId;
    private TargetTerms terms;
    private TargetStatus status;

    Target() {}

    Target(String targetId, TargetTerms terms) {
        this.targetId = targetId;
        this.terms = terms;
        this.status = TargetStatus.ACTIVE;
    }

    TargetTerms terms() {
        return terms;
    }

    TargetStatus status() {
        return status;
    }

    void revise(TargetTerms terms) {
        this.terms = terms;
    }

    void status(TargetStatus status) {
        this.status = status;
    }

    void requireRevisable() {
        unless(
                status != TargetStatus.DROPPED,
                MissionRefusal.TARGET_DROPPED,
                "Target '" + targetId + "' is dropped; reinstate it before revising it.");
        unless(
                status != TargetStatus.SUPERSEDED,
                MissionRefusal.TARGET_SUPERSEDED,
                "Target '" + targetId + "' is superseded; revise its successor instead.");
    }

    void requireDroppable() {
        unless(
                status != TargetStatus.DROPPED,
                MissionRefusal.TARGET_ALREADY_DROPPED,
                "Target '" + targetId + "' is already dropped.");
        unless(
                status != TargetStatus.SUPERSEDED,
                MissionRefusal.TARGET_SUPERSEDED,
                "Target '" + targetId + "' is superseded; it cannot be dropped.");
    }

    void requireReinstatable() {
        unless(
                status == TargetStatus.DROPPED,
                MissionRefusal.TARGET_NOT_DROPPED,
                "Target '" + targetId + "' is " + status + ", not dropped; only a dropped target can be reinstated.");
    }

    void requireSupersedable() {
        unless(
                status != TargetStatus.SUPERSEDED,
                MissionRefusal.TARGET_SUPERSEDED,
                "Target '" + targetId + "' is already superseded.");
    }
}
