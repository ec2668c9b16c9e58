package org.missionledger.mission.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.missionledger.mission.api.AccountableView;
import org.missionledger.mission.api.MissionView;
import org.missionledger.mission.api.NoteKind;
import org.missionledger.mission.api.NoteView;
import org.missionledger.mission.api.ProgressView;
import org.missionledger.mission.api.TargetStatus;
import org.missionledger.mission.api.TargetView;
import org.missionledger.mission.api.TimelineEntryView;

/** Turns a folded {@link MissionBoardDocument} into the views the API answers with. Pure. */
public final class MissionViews {

    private MissionViews() {}

    /**
     * The mission as it stands on {@code asOf}: who held each role that day, and each target with its progress.
     *
     * @param progress the progress of a target (evaluated by the caller for {@code asOf})
     */
    public static MissionView mission(
            MissionBoardDocument doc,
            LocalDate asOf,
            Instant asKnownAt,
            Function<MissionBoardDocument.TargetEntry, ProgressView> progress) {
        List<AccountableView> accountable = new ArrayList<>();
        for (MissionBoardDocument.TenureEntry tenure : doc.tenures) {
            boolean covers = !tenure.effectiveFrom.isAfter(asOf)
                    && (tenure.effectiveTo == null || asOf.isBefore(tenure.effectiveTo));
            if (covers) {
                accountable.add(new AccountableView(
                        RosterViews.scope(tenure.targetId),
                        tenure.targetId,
                        tenure.role,
                        tenure.holder,
                        tenure.tenureId,
                        tenure.effectiveFrom,
                        tenure.effectiveTo));
            }
        }
        List<TargetView> targets = new ArrayList<>();
        for (MissionBoardDocument.TargetEntry target : doc.targets) {
            targets.add(new TargetView(
                    target.targetId,
                    target.terms,
                    target.status,
                    target.statusSince,
                    target.successorTargetId,
                    target.setOn,
                    progress.apply(target)));
        }
        return new MissionView(
                doc.missionId,
                doc.body,
                doc.title,
                doc.statement,
                doc.policyArea,
                doc.declaredOn,
                doc.horizon,
                doc.status,
                doc.statusSince,
                doc.successorMissionId,
                doc.version,
                asOf,
                asKnownAt,
                accountable,
                targets,
                notes(doc),
                targetsNote(doc, targets));
    }

    private static List<NoteView> notes(MissionBoardDocument doc) {
        return doc.notes.stream()
                .map(n -> new NoteView(n.eventId, n.kind, n.note, n.effectiveDate, n.source))
                .toList();
    }

    /** "no measurable target published" while the mission has no active target and a note says its sources have none. */
    private static String targetsNote(MissionBoardDocument doc, List<TargetView> targets) {
        boolean noted = doc.notes.stream().anyMatch(n -> n.kind == NoteKind.NO_MEASURABLE_TARGET);
        boolean active = targets.stream().anyMatch(t -> t.status() == TargetStatus.ACTIVE);
        return noted && !active ? MissionView.NO_MEASURABLE_TARGET : null;
    }

    public static List<TimelineEntryView> timeline(MissionBoardDocument doc) {
        List<TimelineEntryView> timeline = new ArrayList<>();
        for (MissionBoardDocument.TimelineEntry e : doc.timeline) {
            timeline.add(new TimelineEntryView(
                    e.position,
                    e.sequence,
                    e.eventId,
                    e.type,
                    e.subject,
                    e.effectiveDate,
                    e.recordedAt,
                    e.actor,
                    e.summary,
                    e.kinds,
                    e.changes,
                    e.reason,
                    e.source,
                    e.correctedEventId,
                    e.correctedBy));
        }
        return timeline;
    }
}
