package org.missionledger.mission.query;

import java.util.ArrayList;
import java.util.List;
import org.missionledger.audit.query.EventSummaries;
import org.missionledger.common.api.AlterationKind;
import org.missionledger.common.api.FieldChange;
import org.missionledger.mission.api.AccountabilityAssigned;
import org.missionledger.mission.api.AccountabilityEnded;
import org.missionledger.mission.api.AccountabilityReassigned;
import org.missionledger.mission.api.AccountableRole;
import org.missionledger.mission.api.Body;
import org.missionledger.mission.api.Holder;
import org.missionledger.mission.api.MissionAchieved;
import org.missionledger.mission.api.MissionDeclared;
import org.missionledger.mission.api.MissionDropped;
import org.missionledger.mission.api.MissionNoted;
import org.missionledger.mission.api.MissionRecordCorrected;
import org.missionledger.mission.api.MissionReworded;
import org.missionledger.mission.api.MissionStatus;
import org.missionledger.mission.api.MissionSuperseded;
import org.missionledger.mission.api.TargetDropped;
import org.missionledger.mission.api.TargetReinstated;
import org.missionledger.mission.api.TargetRevised;
import org.missionledger.mission.api.TargetSet;
import org.missionledger.mission.api.TargetStatus;
import org.missionledger.mission.api.TargetSuperseded;
import org.missionledger.platform.projection.LedgerEvent;

/**
 * The fold of a mission's events into its {@link MissionBoardDocument}. Pure: no storage, no clock. The mission-board
 * projection runs it over the global order; time travel runs it over the mission's own events as they stood at a date
 * and a moment — the same code, so the two agree by construction.
 *
 * <p>It is lenient where a time-travel selection can leave gaps (a revision of a target whose setting is not yet
 * effective is skipped), and strict nowhere: the aggregate already refused whatever is invalid.
 */
public final class MissionFold {

    private MissionFold() {}

    /** Applies one event of the mission's stream; events of other streams are ignored. */
    public static void apply(MissionBoardDocument doc, LedgerEvent event) {
        Object payload = event.payload();
        MissionBoardDocument.TimelineEntry entry = timeline(event);
        if (payload instanceof MissionDeclared e) {
            doc.missionId = e.missionId();
            doc.declared = true;
            doc.body = e.body();
            doc.title = e.title();
            doc.statement = e.statement();
            doc.policyArea = e.policyArea();
            doc.declaredOn = e.declaredOn();
            doc.horizon = e.horizon();
            doc.status = MissionStatus.ACTIVE;
            entry.subject = "mission";
        } else if (payload instanceof MissionReworded e) {
            doc.title = e.title();
            doc.statement = e.statement();
            entry.subject = "mission";
            alteration(entry, List.of(AlterationKind.REWORDED), e.changes(), e.reason());
        } else if (payload instanceof MissionNoted e) {
            MissionBoardDocument.NoteEntry note = new MissionBoardDocument.NoteEntry();
            note.eventId = event.eventId();
            note.kind = e.kind();
            note.note = e.note();
            note.effectiveDate = event.effectiveDate();
            note.source = e.source();
            doc.notes.add(note);
            entry.subject = "mission";
            entry.reason = e.note();
        } else if (payload instanceof MissionAchieved e) {
            close(doc, MissionStatus.ACHIEVED, event, null);
            entry.subject = "mission";
            alteration(entry, List.of(AlterationKind.ACHIEVED), statusChange(MissionStatus.ACHIEVED), e.reason());
        } else if (payload instanceof MissionDropped e) {
            close(doc, MissionStatus.DROPPED, event, null);
            entry.subject = "mission";
            alteration(entry, List.of(AlterationKind.DROPPED), statusChange(MissionStatus.DROPPED), e.reason());
        } else if (payload instanceof MissionSuperseded e) {
            close(doc, MissionStatus.SUPERSEDED, event, e.successorMissionId());
            entry.subject = "mission";
            List<FieldChange> changes = new ArrayList<>(statusChange(MissionStatus.SUPERSEDED));
            changes.add(new FieldChange("successorMissionId", null, e.successorMissionId()));
            alteration(entry, List.of(AlterationKind.SUPERSEDED), changes, e.reason());
        } else if (payload instanceof TargetSet e) {
            MissionBoardDocument.TargetEntry target = new MissionBoardDocument.TargetEntry();
            target.targetId = e.targetId();
            target.terms = e.terms();
            target.status = TargetStatus.ACTIVE;
            target.setOn = event.effectiveDate();
            doc.targets.add(target);
            entry.subject = "target:" + e.targetId();
        } else if (payload instanceof TargetRevised e) {
            MissionBoardDocument.TargetEntry target = doc.target(e.targetId());
            if (target != null) {
                target.terms = e.after();
            }
            entry.subject = "target:" + e.targetId();
            alteration(entry, e.kinds(), e.changes(), e.reason());
        } else if (payload instanceof TargetDropped e) {
            targetStatus(doc, e.targetId(), TargetStatus.DROPPED, event, null);
            entry.subject = "target:" + e.targetId();
            alteration(
                    entry,
                    List.of(AlterationKind.DROPPED),
                    targetChange(TargetStatus.ACTIVE, TargetStatus.DROPPED),
                    e.reason());
        } else if (payload instanceof TargetReinstated e) {
            targetStatus(doc, e.targetId(), TargetStatus.ACTIVE, event, null);
            entry.subject = "target:" + e.targetId();
            alteration(
                    entry,
                    List.of(AlterationKind.REINSTATED),
                    targetChange(TargetStatus.DROPPED, TargetStatus.ACTIVE),
                    e.reason());
        } else if (payload instanceof TargetSuperseded e) {
            targetStatus(doc, e.targetId(), TargetStatus.SUPERSEDED, event, e.successorTargetId());
            entry.subject = "target:" + e.targetId();
            List<FieldChange> changes = new ArrayList<>(targetChange(TargetStatus.ACTIVE, TargetStatus.SUPERSEDED));
            changes.add(new FieldChange("successorTargetId", null, e.successorTargetId()));
            alteration(entry, List.of(AlterationKind.SUPERSEDED), changes, e.reason());
        } else if (payload instanceof AccountabilityAssigned e) {
            addTenure(doc, e.tenureId(), e.targetId(), e.role(), e.holder(), e.effectiveFrom());
            entry.subject = "tenure:" + e.tenureId();
        } else if (payload instanceof AccountabilityEnded e) {
            MissionBoardDocument.TenureEntry tenure = doc.tenure(e.tenureId());
            if (tenure != null) {
                tenure.effectiveTo = e.effectiveTo();
            }
            entry.subject = "tenure:" + e.tenureId();
            entry.reason = e.reason();
        } else if (payload instanceof AccountabilityReassigned e) {
            MissionBoardDocument.TenureEntry ended = doc.tenure(e.endedTenureId());
            if (ended != null) {
                ended.effectiveTo = e.effectiveFrom();
                ended.endedBy = event.eventId();
            }
            addTenure(doc, e.newTenureId(), e.targetId(), e.role(), e.holder(), e.effectiveFrom());
            entry.subject = "tenure:" + e.newTenureId();
            entry.reason = e.reason();
        } else if (payload instanceof MissionRecordCorrected e) {
            correct(doc, e, event.eventId());
            entry.subject = e.subject();
            entry.correctedEventId = e.correctedEventId();
            entry.changes = e.changes();
            entry.reason = e.reason();
        } else {
            return;
        }
        doc.version = event.sequence();
        doc.timeline.add(entry);
    }

    private static MissionBoardDocument.TimelineEntry timeline(LedgerEvent event) {
        MissionBoardDocument.TimelineEntry entry = new MissionBoardDocument.TimelineEntry();
        entry.position = event.globalIndex();
        entry.sequence = event.sequence();
        entry.eventId = event.eventId();
        entry.type = event.type();
        entry.effectiveDate = event.effectiveDate();
        entry.recordedAt = event.recordedAt();
        entry.actor = event.actor();
        entry.summary = EventSummaries.summary(event.payload());
        entry.source = event.source().orElse(null);
        return entry;
    }

    private static void alteration(
            MissionBoardDocument.TimelineEntry entry,
            List<AlterationKind> kinds,
            List<FieldChange> changes,
            String reason) {
        entry.kinds = List.copyOf(kinds);
        entry.changes = List.copyOf(changes);
        entry.reason = reason;
    }

    private static List<FieldChange> statusChange(MissionStatus to) {
        return List.of(new FieldChange("status", MissionStatus.ACTIVE.name(), to.name()));
    }

    private static List<FieldChange> targetChange(TargetStatus from, TargetStatus to) {
        return List.of(new FieldChange("status", from.name(), to.name()));
    }

    private static void close(MissionBoardDocument doc, MissionStatus status, LedgerEvent event, String successor) {
        doc.status = status;
        doc.statusSince = event.effectiveDate();
        doc.successorMissionId = successor;
    }

    private static void targetStatus(
            MissionBoardDocument doc, String targetId, TargetStatus status, LedgerEvent event, String successor) {
        MissionBoardDocument.TargetEntry target = doc.target(targetId);
        if (target == null) {
            return;
        }
        target.status = status;
        target.statusSince = event.effectiveDate();
        target.successorTargetId = successor;
    }

    private static void addTenure(
            MissionBoardDocument doc,
            String tenureId,
            String targetId,
            AccountableRole role,
            Holder holder,
            java.time.LocalDate effectiveFrom) {
        MissionBoardDocument.TenureEntry tenure = new MissionBoardDocument.TenureEntry();
        tenure.tenureId = tenureId;
        tenure.targetId = targetId;
        tenure.role = role;
        tenure.holder = holder;
        tenure.effectiveFrom = effectiveFrom;
        doc.tenures.add(tenure);
    }

    /** Applies a correction the way the aggregate does; source corrections go to the corrected event's entry. */
    private static void correct(MissionBoardDocument doc, MissionRecordCorrected e, String correctionId) {
        MissionBoardDocument.TimelineEntry corrected = doc.timelineEntry(e.correctedEventId());
        if (corrected != null) {
            if (corrected.correctedBy == null) {
                corrected.correctedBy = new ArrayList<>();
            }
            corrected.correctedBy.add(correctionId);
        }
        for (FieldChange change : e.changes()) {
            String field = change.field();
            String value = change.after();
            if (field.startsWith("source.")) {
                if (corrected != null && corrected.source != null) {
                    corrected.source = corrected.source.withField(field.substring("source.".length()), value);
                }
                continue;
            }
            if (!e.changesCurrentRecord(field)) {
                continue; // a later event had already set it again: the correction fixes history only
            }
            String subject = e.subject();
            if (subject.equals("mission")) {
                switch (field) {
                    case "title" -> doc.title = value;
                    case "statement" -> doc.statement = value;
                    case "policyArea" -> doc.policyArea = value;
                    case "declaredOn" -> doc.declaredOn = date(value);
                    case "horizon" -> doc.horizon = date(value);
                    case "body.name" -> doc.body =
                            new Body(doc.body.id(), value, doc.body.kind(), doc.body.fictional());
                    default -> {
                        // not a mission field the aggregate corrects
                    }
                }
            } else if (TargetCorrections.targetOf(subject) != null) {
                MissionBoardDocument.TargetEntry target = doc.target(TargetCorrections.targetOf(subject));
                if (target != null) {
                    target.terms = TargetCorrections.apply(target.terms, List.of(change));
                }
            } else if (subject.startsWith("tenure:")) {
                MissionBoardDocument.TenureEntry tenure = doc.tenure(subject.substring("tenure:".length()));
                if (tenure == null) {
                    continue;
                }
                switch (field) {
                    case "holder.name" -> tenure.holder = new Holder(value, tenure.holder.post());
                    case "holder.post" -> tenure.holder = new Holder(tenure.holder.name(), value);
                    case "role.title" -> tenure.role = new AccountableRole(tenure.role.kind(), value);
                    case "effectiveFrom" -> {
                        tenure.effectiveFrom = date(value);
                        // a corrected handover date also moves the end of the tenure the reassignment ended
                        for (MissionBoardDocument.TenureEntry other : doc.tenures) {
                            if (e.correctedEventId().equals(other.endedBy)) {
                                other.effectiveTo = date(value);
                            }
                        }
                    }
                    case "effectiveTo" -> tenure.effectiveTo = date(value);
                    default -> {
                        // not a tenure field the aggregate corrects
                    }
                }
            }
        }
    }

    private static java.time.LocalDate date(String value) {
        return value == null ? null : java.time.LocalDate.parse(value);
    }
}
