package org.missionledger.mission.command;

import static org.missionledger.common.command.CommandRefused.unless;

import java.time.LocalDate;
import java.util.Objects;
import org.missionledger.mission.api.AccountableRole;
import org.missionledger.mission.api.Holder;
import org.missionledger.mission.api.MissionRefusal;

/** One person's tenure in an accountable role: open until ended. Effective from is inclusive, to is exclusive. */
final class Tenure {

    private String tenureId;
    private String targetId;
    private AccountableRole role;
    private Holder holder;
    private LocalDate effectiveFrom;
    private LocalDate effectiveTo;

    Tenure() {}

    Tenure(String tenureId, String targetId, AccountableRole role, Holder holder, LocalDate effectiveFrom) {
        this.tenureId = tenureId;
        this.targetId = targetId;
        this.role = role;
        this.holder = holder;
        this.effectiveFrom = effectiveFrom;
    }

    String targetId() {
        return targetId;
    }

    AccountableRole role() {
        return role;
    }

    void role(AccountableRole role) {
        this.role = role;
    }

    Holder holder() {
        return holder;
    }

    void holder(Holder holder) {
        this.holder = holder;
    }

    LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    void effectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    LocalDate effectiveTo() {
        return effectiveTo;
    }

    void end(LocalDate effectiveTo) {
        this.effectiveTo = effectiveTo;
    }

    boolean heldBy(Holder candidate) {
        return Objects.equals(holder.name(), candidate.name()) && Objects.equals(holder.post(), candidate.post());
    }

    void requireOpen() {
        unless(
                effectiveTo == null,
                MissionRefusal.TENURE_ALREADY_ENDED,
                "Tenure '" + tenureId + "' already ended on " + effectiveTo + ".");
    }

    void requireEndsAfterStart(LocalDate end) {
        unless(
                end.isAfter(effectiveFrom),
                MissionRefusal.TENURE_ENDS_BEFORE_START,
                "Tenure '" + tenureId + "' started on " + effectiveFrom + "; it cannot end on " + end + ".");
    }
}
