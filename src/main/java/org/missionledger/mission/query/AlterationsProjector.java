package org.missionledger.mission.query;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.missionledger.common.api.AlterationKind;
import org.missionledger.common.api.CorrectionView;
import org.missionledger.common.api.FieldChange;
import org.missionledger.common.api.Source;
import org.missionledger.indicator.api.IndicatorMethodologyChanged;
import org.missionledger.indicator.api.IndicatorRecordCorrected;
import org.missionledger.mission.api.AlterationView;
import org.missionledger.mission.api.Body;
import org.missionledger.mission.api.MissionAchieved;
import org.missionledger.mission.api.MissionAggregateType;
import org.missionledger.mission.api.MissionDeclared;
import org.missionledger.mission.api.MissionDropped;
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
import org.missionledger.platform.projection.ProjectionStore;
import org.missionledger.platform.projection.Projector;
import org.missionledger.platform.projection.ReadDocuments;
import org.springframework.stereotype.Component;

/**
 * The alterations log: every real-world change of a mission or target — rewordings, revisions (with the
 * classification the ledger gave them), drops, reinstatements, supersessions, achievements — and every change of the
 * methodology of an indicator that measures a target, numbered densely in recording order. Corrections of the record
 * are never alterations: they are attached to the alteration they correct.
 *
 * <p>Collections: {@code alterations} ({@code _id} = number), {@code alteration_index} (the counter, and ascending
 * number lists per mission, body and kind) and {@code alteration_missions} (each mission's body, title, targets and
 * lineage). The counter document is written last for every event and remembers its global index: an event at or
 * below it was fully applied; a redelivery after a partial write reuses the same number and overwrites with the same
 * content.
 */
@Component
public class AlterationsProjector implements Projector {

    public static final String NAME = "alterations";
    public static final String ALTERATIONS = "alterations";
    public static final String INDEX = "alteration_index";
    public static final String MISSIONS = "alteration_missions";

    @Override
    public String name() {
        return NAME;
    }

    /** Joins targets and readings across aggregates (and numbers alterations densely): one sequence for all. */
    @Override
    public boolean ordersAcrossAggregates() {
        return true;
    }

    /** The counter, which guards the whole projection, is written last (see the class comment). */
    @Override
    public List<String> writeOrder() {
        return List.of(ALTERATIONS, MISSIONS, INDEX);
    }

    @Override
    public List<String> collections() {
        return List.of(ALTERATIONS, INDEX, MISSIONS);
    }

    @Override
    public void ensureIndexes(ProjectionStore store) {
        store.collection(ALTERATIONS).createIndex(Indexes.ascending("eventId"), new IndexOptions().unique(true));
        // Serve the filters on a real MongoDB; the embedded server ignores non-unique indexes (and scans).
        store.collection(ALTERATIONS).createIndex(Indexes.ascending("recordedAt"));
        store.collection(MISSIONS).createIndex(Indexes.ascending("targets.indicatorId"));
    }

    @Override
    public void preload(List<LedgerEvent> events, ProjectionStore store) {
        Set<Object> missions = new LinkedHashSet<>();
        for (LedgerEvent event : events) {
            if (MissionAggregateType.NAME.equals(event.aggregateType()) && isRelevant(event.payload())) {
                missions.add(event.aggregateId());
            }
        }
        store.preload(INDEX, List.of(AlterationIndexDocument.COUNTER));
        store.preload(MISSIONS, missions);
    }

    @Override
    public void apply(LedgerEvent event, ProjectionStore store) {
        Object payload = event.payload();
        if (!isRelevant(payload)) {
            return;
        }
        var index = store.collection(INDEX);
        AlterationIndexDocument counter =
                ReadDocuments.find(index, AlterationIndexDocument.COUNTER, AlterationIndexDocument.class);
        if (counter == null) {
            counter = new AlterationIndexDocument();
            counter.id = AlterationIndexDocument.COUNTER;
        }
        if (counter.position >= event.globalIndex()) {
            return; // already applied: a redelivery
        }
        long next = counter.last + 1;
        AlterationDocument alteration = payload instanceof IndicatorMethodologyChanged e
                ? indicatorAlteration(e, event, store)
                : missionEvent(event, store);
        if (alteration != null) {
            alteration.number = next;
            alteration.position = event.globalIndex();
            ReadDocuments.save(store.collection(ALTERATIONS), next, alteration);
            Set<String> streams = new LinkedHashSet<>();
            alteration.missionIds.forEach(m -> streams.add(AlterationIndexDocument.mission(m)));
            alteration.bodyIds.forEach(b -> streams.add(AlterationIndexDocument.body(b)));
            alteration.kinds.forEach(k -> streams.add(AlterationIndexDocument.kind(k)));
            for (String stream : streams) {
                append(store, stream, next, event.globalIndex());
            }
            counter.last = next;
        } else if (payload instanceof IndicatorRecordCorrected e) {
            attachCorrection(store, e.correctedEventId(), event, e.reason(), e.changes());
        }
        counter.position = event.globalIndex();
        ReadDocuments.save(index, AlterationIndexDocument.COUNTER, counter);
    }

    private static boolean isRelevant(Object payload) {
        return payload instanceof MissionDeclared
                || payload instanceof MissionReworded
                || payload instanceof MissionAchieved
                || payload instanceof MissionDropped
                || payload instanceof MissionSuperseded
                || payload instanceof TargetSet
                || payload instanceof TargetRevised
                || payload instanceof TargetDropped
                || payload instanceof TargetReinstated
                || payload instanceof TargetSuperseded
                || payload instanceof MissionRecordCorrected
                || payload instanceof IndicatorMethodologyChanged
                || payload instanceof IndicatorRecordCorrected;
    }

    /** Updates the mission's context; returns the alteration the event is, or null. */
    private AlterationDocument missionEvent(LedgerEvent event, ProjectionStore store) {
        var missions = store.collection(MISSIONS);
        String missionId = event.aggregateId();
        AlterationContextDocument context = ReadDocuments.find(missions, missionId, AlterationContextDocument.class);
        if (context == null) {
            context = new AlterationContextDocument();
            context.missionId = missionId;
        }
        // The context is saved before the counter that guards the whole projection: after a crash between the two,
        // the event comes again and finds its changes already in the context. It then still yields its alteration
        // (saved under the same number, idempotently) but must not change the context twice (e.g. add a target again).
        boolean alreadyInContext = context.position >= event.globalIndex();
        Object payload = event.payload();
        AlterationDocument alteration = null;
        if (payload instanceof MissionDeclared e) {
            Body body = e.body();
            context.bodyId = body.id();
            context.bodyName = body.name();
            context.fictional = body.fictional();
            context.title = e.title();
        } else if (payload instanceof MissionReworded e) {
            alteration = missionAlteration(context, event, List.of(AlterationKind.REWORDED), e.changes(), e.reason());
            context.title = e.title();
            alteration.missionTitle = e.title();
        } else if (payload instanceof MissionAchieved e) {
            alteration = missionAlteration(
                    context, event, List.of(AlterationKind.ACHIEVED), status(MissionStatus.ACHIEVED), e.reason());
        } else if (payload instanceof MissionDropped e) {
            alteration = missionAlteration(
                    context, event, List.of(AlterationKind.DROPPED), status(MissionStatus.DROPPED), e.reason());
        } else if (payload instanceof MissionSuperseded e) {
            List<FieldChange> changes = new ArrayList<>(status(MissionStatus.SUPERSEDED));
            changes.add(new FieldChange("successorMissionId", null, e.successorMissionId()));
            alteration = missionAlteration(context, event, List.of(AlterationKind.SUPERSEDED), changes, e.reason());
            alteration.successorMissionId = e.successorMissionId();
            context.supersededBy = e.successorMissionId();
            AlterationContextDocument successor =
                    ReadDocuments.find(missions, e.successorMissionId(), AlterationContextDocument.class);
            if (successor == null) {
                successor = new AlterationContextDocument();
                successor.missionId = e.successorMissionId();
            }
            if (!successor.supersedes.contains(missionId)) {
                successor.supersedes.add(missionId);
            }
            successor.position = Math.max(successor.position, event.globalIndex());
            ReadDocuments.save(missions, successor.missionId, successor);
        } else if (payload instanceof TargetSet e) {
            AlterationContextDocument.Target target = new AlterationContextDocument.Target();
            target.targetId = e.targetId();
            target.wording = e.terms().wording();
            target.indicatorId = e.terms().indicatorId();
            target.status = TargetStatus.ACTIVE;
            context.targets.add(target);
        } else if (payload instanceof TargetRevised e) {
            AlterationContextDocument.Target target = context.target(e.targetId());
            if (target != null) {
                target.wording = e.after().wording();
                target.indicatorId = e.after().indicatorId();
            }
            alteration = targetAlteration(context, event, e.targetId(), e.kinds(), e.changes(), e.reason());
            alteration.metricChangedWithoutRewording = e.kinds().contains(AlterationKind.METRIC_CHANGED)
                    && !e.kinds().contains(AlterationKind.REWORDED);
        } else if (payload instanceof TargetDropped e) {
            targetStatus(context, e.targetId(), TargetStatus.DROPPED);
            alteration = targetAlteration(
                    context,
                    event,
                    e.targetId(),
                    List.of(AlterationKind.DROPPED),
                    List.of(new FieldChange("status", "ACTIVE", "DROPPED")),
                    e.reason());
        } else if (payload instanceof TargetReinstated e) {
            targetStatus(context, e.targetId(), TargetStatus.ACTIVE);
            alteration = targetAlteration(
                    context,
                    event,
                    e.targetId(),
                    List.of(AlterationKind.REINSTATED),
                    List.of(new FieldChange("status", "DROPPED", "ACTIVE")),
                    e.reason());
        } else if (payload instanceof TargetSuperseded e) {
            targetStatus(context, e.targetId(), TargetStatus.SUPERSEDED);
            AlterationContextDocument.Target target = context.target(e.targetId());
            if (target != null) {
                target.supersededBy = e.successorTargetId();
            }
            AlterationContextDocument.Target successor = context.target(e.successorTargetId());
            if (successor != null && !successor.supersedes.contains(e.targetId())) {
                successor.supersedes.add(e.targetId());
            }
            alteration = targetAlteration(
                    context,
                    event,
                    e.targetId(),
                    List.of(AlterationKind.SUPERSEDED),
                    List.of(
                            new FieldChange("status", "ACTIVE", "SUPERSEDED"),
                            new FieldChange("successorTargetId", null, e.successorTargetId())),
                    e.reason());
            alteration.successorTargetId = e.successorTargetId();
        } else if (payload instanceof MissionRecordCorrected e) {
            correctContext(context, e);
            attachCorrection(store, e.correctedEventId(), event, e.reason(), e.changes());
        }
        if (!alreadyInContext) {
            context.position = event.globalIndex();
            ReadDocuments.save(missions, missionId, context);
        }
        return alteration;
    }

    private static List<FieldChange> status(MissionStatus to) {
        return List.of(new FieldChange("status", MissionStatus.ACTIVE.name(), to.name()));
    }

    private static void targetStatus(AlterationContextDocument context, String targetId, TargetStatus status) {
        AlterationContextDocument.Target target = context.target(targetId);
        if (target != null) {
            target.status = status;
        }
    }

    private static AlterationDocument missionAlteration(
            AlterationContextDocument context,
            LedgerEvent event,
            List<AlterationKind> kinds,
            List<FieldChange> changes,
            String reason) {
        AlterationDocument alteration = base(event, kinds, changes, reason);
        alteration.scope = AlterationView.Scope.MISSION;
        alteration.missionId = context.missionId;
        alteration.missionTitle = context.title;
        alteration.bodyId = context.bodyId;
        alteration.bodyName = context.bodyName;
        alteration.fictional = context.fictional;
        alteration.missionIds.add(context.missionId);
        if (context.bodyId != null) {
            alteration.bodyIds.add(context.bodyId);
        }
        return alteration;
    }

    private static AlterationDocument targetAlteration(
            AlterationContextDocument context,
            LedgerEvent event,
            String targetId,
            List<AlterationKind> kinds,
            List<FieldChange> changes,
            String reason) {
        AlterationDocument alteration = missionAlteration(context, event, kinds, changes, reason);
        alteration.scope = AlterationView.Scope.TARGET;
        alteration.targetId = targetId;
        AlterationContextDocument.Target target = context.target(targetId);
        alteration.targetWording = target == null ? null : target.wording;
        return alteration;
    }

    private static AlterationDocument base(
            LedgerEvent event, List<AlterationKind> kinds, List<FieldChange> changes, String reason) {
        AlterationDocument alteration = new AlterationDocument();
        alteration.eventId = event.eventId();
        alteration.eventPosition = event.globalIndex();
        alteration.eventType = event.type();
        alteration.kinds = new ArrayList<>(kinds);
        alteration.changes = new ArrayList<>(changes);
        alteration.reason = reason;
        alteration.source = event.source().orElse(null);
        alteration.actor = event.actor();
        alteration.effectiveDate = event.effectiveDate();
        alteration.recordedAt = event.recordedAt();
        return alteration;
    }

    /**
     * A change of an indicator's methodology or measurement basis changes how every target it measures is measured,
     * while the targets' wording stays the same: an alteration of each active target, flagged as such. Finding the
     * targets scans the mission contexts (indexed on {@code targets.indicatorId} in a real MongoDB); the event is rare.
     */
    private static AlterationDocument indicatorAlteration(
            IndicatorMethodologyChanged e, LedgerEvent event, ProjectionStore store) {
        AlterationDocument alteration = base(event, List.of(AlterationKind.METRIC_CHANGED), e.changes(), e.reason());
        alteration.scope = AlterationView.Scope.INDICATOR;
        alteration.indicatorId = e.indicatorId();
        alteration.metricChangedWithoutRewording = true;
        List<AlterationContextDocument> contexts = new ArrayList<>();
        for (Document document : store.forQuery(MISSIONS).find(eq("targets.indicatorId", e.indicatorId()))) {
            contexts.add(ReadDocuments.fromDocument(document, AlterationContextDocument.class));
        }
        contexts.sort(java.util.Comparator.comparing(c -> c.missionId));
        for (AlterationContextDocument context : contexts) {
            for (AlterationContextDocument.Target target : context.targets) {
                if (e.indicatorId().equals(target.indicatorId) && target.status == TargetStatus.ACTIVE) {
                    alteration.affectedTargets.add(new AlterationView.AffectedTarget(
                            context.missionId, target.targetId, context.bodyId, target.wording));
                    if (!alteration.missionIds.contains(context.missionId)) {
                        alteration.missionIds.add(context.missionId);
                    }
                    if (context.bodyId != null && !alteration.bodyIds.contains(context.bodyId)) {
                        alteration.bodyIds.add(context.bodyId);
                    }
                }
            }
        }
        return alteration;
    }

    private static void correctContext(AlterationContextDocument context, MissionRecordCorrected e) {
        String targetId = TargetCorrections.targetOf(e.subject());
        for (FieldChange change : e.changes()) {
            if (!e.changesCurrentRecord(change.field())) {
                continue; // history only: the current context is what a later event set
            }
            if (e.subject().equals("mission")) {
                if (change.field().equals("title")) {
                    context.title = change.after();
                } else if (change.field().equals("body.name")) {
                    context.bodyName = change.after();
                }
            } else if (targetId != null) {
                AlterationContextDocument.Target target = context.target(targetId);
                if (target == null) {
                    continue;
                }
                if (change.field().equals("wording")) {
                    target.wording = change.after();
                } else if (change.field().equals("indicatorId")) {
                    target.indicatorId = change.after();
                }
            }
        }
    }

    /**
     * Attaches a correction to the alteration recorded by the corrected event, if it is one: listed with the
     * alteration, and a corrected source replaces the recorded one. The classification is the one recorded with the
     * alteration; it is not recomputed.
     */
    private static void attachCorrection(
            ProjectionStore store,
            String correctedEventId,
            LedgerEvent event,
            String reason,
            List<FieldChange> changes) {
        var alterations = store.collection(ALTERATIONS);
        AlterationDocument alteration = ReadDocuments.fromDocument(
                store.forQuery(ALTERATIONS)
                        .find(eq("eventId", correctedEventId))
                        .first(),
                AlterationDocument.class);
        if (alteration == null || alteration.position >= event.globalIndex()) {
            return;
        }
        alteration.corrections.add(new CorrectionView(
                event.eventId(), event.globalIndex(), event.recordedAt(), event.actor(), reason, changes));
        for (FieldChange change : changes) {
            if (change.field().startsWith("source.") && alteration.source != null) {
                Source source =
                        alteration.source.withField(change.field().substring("source.".length()), change.after());
                alteration.source = source;
            }
        }
        alteration.position = event.globalIndex();
        ReadDocuments.save(alterations, alteration.number, alteration);
    }

    private static void append(ProjectionStore store, String stream, long number, long position) {
        var index = store.collection(INDEX);
        AlterationIndexDocument doc = ReadDocuments.find(index, stream, AlterationIndexDocument.class);
        if (doc == null) {
            doc = new AlterationIndexDocument();
            doc.id = stream;
        }
        if (!doc.numbers.isEmpty() && doc.numbers.get(doc.numbers.size() - 1) >= number) {
            return; // already appended: a redelivery
        }
        doc.numbers.add(number);
        doc.last = number;
        doc.position = position;
        ReadDocuments.save(index, stream, doc);
    }
}
