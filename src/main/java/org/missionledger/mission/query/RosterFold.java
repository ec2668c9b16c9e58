package org.missionledger.mission.query;

import java.time.LocalDate;
import org.missionledger.common.api.FieldChange;
import org.missionledger.mission.api.AccountabilityAssigned;
import org.missionledger.mission.api.AccountabilityEnded;
import org.missionledger.mission.api.AccountabilityReassigned;
import org.missionledger.mission.api.AccountableRole;
import org.missionledger.mission.api.Holder;
import org.missionledger.mission.api.MissionAchieved;
import org.missionledger.mission.api.MissionDeclared;
import org.missionledger.mission.api.MissionDropped;
import org.missionledger.mission.api.MissionRecordCorrected;
import org.missionledger.mission.api.MissionSuperseded;
import org.missionledger.mission.api.TargetDropped;
import org.missionledger.mission.api.TargetReinstated;
import org.missionledger.mission.api.TargetSet;
import org.missionledger.mission.api.TargetSuperseded;
import org.missionledger.platform.projection.LedgerEvent;

/**
 * The fold of a mission's events into its {@link RosterDocument}: every change of a tenure becomes a new recorded
 * state (nothing is overwritten), so the roster can be read as it stood at any moment. Pure.
 */
public final class RosterFold {

    private RosterFold() {}

    public static void apply(RosterDocument doc, LedgerEvent event) {
        Object payload = event.payload();
        if (payload instanceof MissionDeclared e) {
            doc.missionId = e.missionId();
            doc.mission.add(scopeEvent(event, true));
        } else if (payload instanceof MissionAchieved
                || payload instanceof MissionDropped
                || payload instanceof MissionSuperseded) {
            doc.mission.add(scopeEvent(event, false));
        } else if (payload instanceof TargetSet e) {
            RosterDocument.TargetLife target = new RosterDocument.TargetLife();
            target.targetId = e.targetId();
            target.events.add(scopeEvent(event, true));
            doc.targets.add(target);
        } else if (payload instanceof TargetDropped e) {
            targetEvent(doc, e.targetId(), event, false);
        } else if (payload instanceof TargetSuperseded e) {
            targetEvent(doc, e.targetId(), event, false);
        } else if (payload instanceof TargetReinstated e) {
            targetEvent(doc, e.targetId(), event, true);
        } else if (payload instanceof AccountabilityAssigned e) {
            RosterDocument.Tenure tenure = new RosterDocument.Tenure();
            tenure.tenureId = e.tenureId();
            tenure.targetId = e.targetId();
            RosterDocument.Version version = version(event, "ASSIGNED", e.role(), e.holder(), e.effectiveFrom(), null);
            tenure.versions.add(version);
            doc.tenures.add(tenure);
        } else if (payload instanceof AccountabilityEnded e) {
            RosterDocument.Tenure tenure = doc.tenure(e.tenureId());
            if (tenure != null) {
                RosterDocument.Version last = tenure.last();
                RosterDocument.Version version =
                        version(event, "ENDED", last.role, last.holder, last.effectiveFrom, e.effectiveTo());
                version.reason = e.reason();
                tenure.versions.add(version);
            }
        } else if (payload instanceof AccountabilityReassigned e) {
            RosterDocument.Tenure ended = doc.tenure(e.endedTenureId());
            if (ended != null) {
                RosterDocument.Version last = ended.last();
                RosterDocument.Version version =
                        version(event, "HANDED_OVER", last.role, last.holder, last.effectiveFrom, e.effectiveFrom());
                version.reason = e.reason();
                ended.versions.add(version);
            }
            RosterDocument.Tenure tenure = new RosterDocument.Tenure();
            tenure.tenureId = e.newTenureId();
            tenure.targetId = e.targetId();
            RosterDocument.Version version =
                    version(event, "TAKEN_OVER", e.role(), e.holder(), e.effectiveFrom(), null);
            version.reason = e.reason();
            tenure.versions.add(version);
            doc.tenures.add(tenure);
        } else if (payload instanceof MissionRecordCorrected e && e.subject().startsWith("tenure:")) {
            correct(doc, e, event);
        }
    }

    private static RosterDocument.ScopeEvent scopeEvent(LedgerEvent event, boolean live) {
        RosterDocument.ScopeEvent scopeEvent = new RosterDocument.ScopeEvent();
        scopeEvent.effectiveDate = event.effectiveDate();
        scopeEvent.recordedAt = event.recordedAt();
        scopeEvent.live = live;
        return scopeEvent;
    }

    private static void targetEvent(RosterDocument doc, String targetId, LedgerEvent event, boolean live) {
        RosterDocument.TargetLife target = doc.target(targetId);
        if (target != null) {
            target.events.add(scopeEvent(event, live));
        }
    }

    private static RosterDocument.Version version(
            LedgerEvent event, String change, AccountableRole role, Holder holder, LocalDate from, LocalDate to) {
        RosterDocument.Version version = new RosterDocument.Version();
        version.change = change;
        version.role = role;
        version.holder = holder;
        version.effectiveFrom = from;
        version.effectiveTo = to;
        version.recordedAt = event.recordedAt();
        version.actor = event.actor();
        version.eventId = event.eventId();
        version.position = event.globalIndex();
        version.source = event.source().orElse(null);
        return version;
    }

    /** A correction of a tenure's record is a new recorded state of it (the earlier one stays, as known before). */
    private static void correct(RosterDocument doc, MissionRecordCorrected e, LedgerEvent event) {
        RosterDocument.Tenure tenure = doc.tenure(e.subject().substring("tenure:".length()));
        if (tenure == null) {
            return;
        }
        RosterDocument.Version last = tenure.last();
        AccountableRole role = last.role;
        Holder holder = last.holder;
        LocalDate from = last.effectiveFrom;
        LocalDate to = last.effectiveTo;
        boolean termsChanged = false;
        for (FieldChange change : e.changes()) {
            String value = change.after();
            if (!change.field().startsWith("source.") && !e.changesCurrentRecord(change.field())) {
                continue; // history only: the tenure's current state is what a later event recorded
            }
            switch (change.field()) {
                case "holder.name" -> holder = new Holder(value, holder.post());
                case "holder.post" -> holder = new Holder(holder.name(), value);
                case "role.title" -> role = new AccountableRole(role.kind(), value);
                case "effectiveFrom" -> from = value == null ? null : LocalDate.parse(value);
                case "effectiveTo" -> to = value == null ? null : LocalDate.parse(value);
                default -> {
                    if (change.field().startsWith("source.")) {
                        for (RosterDocument.Version v : tenure.versions) {
                            if (v.eventId.equals(e.correctedEventId()) && v.source != null) {
                                v.source = v.source.withField(change.field().substring("source.".length()), value);
                            }
                        }
                    }
                    continue;
                }
            }
            termsChanged = true;
        }
        if (termsChanged) {
            RosterDocument.Version version = version(event, "CORRECTED", role, holder, from, to);
            version.reason = e.reason();
            version.source = null;
            tenure.versions.add(version);
        }
        handOverCorrected(doc, e, event);
    }

    /**
     * A corrected handover date of a reassignment also moves the end of the tenure it ended (the aggregate does the
     * same): that tenure's latest version is the reassignment's HANDED_OVER.
     */
    private static void handOverCorrected(RosterDocument doc, MissionRecordCorrected e, LedgerEvent event) {
        for (FieldChange change : e.changes()) {
            if (!change.field().equals("effectiveFrom") || !e.changesCurrentRecord("effectiveFrom")) {
                continue;
            }
            for (RosterDocument.Tenure other : doc.tenures) {
                RosterDocument.Version last = other.last();
                if ("HANDED_OVER".equals(last.change) && e.correctedEventId().equals(last.eventId)) {
                    RosterDocument.Version version = version(
                            event,
                            "CORRECTED",
                            last.role,
                            last.holder,
                            last.effectiveFrom,
                            LocalDate.parse(change.after()));
                    version.reason = e.reason();
                    version.source = null;
                    other.versions.add(version);
                }
            }
        }
    }
}
