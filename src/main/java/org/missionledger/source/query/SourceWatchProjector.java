package org.missionledger.source.query;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Optional;
import org.missionledger.common.api.Source;
import org.missionledger.indicator.api.IndicatorAggregateType;
import org.missionledger.mission.api.MissionAggregateType;
import org.missionledger.platform.projection.LedgerEvent;
import org.missionledger.platform.projection.ProjectionStore;
import org.missionledger.platform.projection.Projector;
import org.missionledger.platform.projection.ReadDocuments;
import org.missionledger.source.api.SourceAlertView;
import org.missionledger.source.api.SourceChangeDismissed;
import org.missionledger.source.api.SourceChangeLinked;
import org.missionledger.source.api.SourceIds;
import org.missionledger.source.api.SourceObserved;
import org.springframework.stereotype.Component;

/**
 * Cited sources and what the watch saw of them: which records cite each URL, when each mission or indicator last had
 * a ledger event, the last observation of each URL, and every observed change with its status. A change is an alert
 * ({@code OPEN}) when no record citing the page had a ledger event between the previous observation and this one (an
 * unlogged change), or when the page disappeared; it stays one until a {@code SourceChangeLinked} or
 * {@code SourceChangeDismissed}. Everything is decided in global order, so a rebuild gives the same answer.
 */
@Component
public class SourceWatchProjector implements Projector {

    public static final String NAME = "source-watch";
    public static final String CITATIONS = "source_citations";
    public static final String ACTIVITY = "source_activity";
    public static final String STATES = "source_states";
    public static final String ALERTS = "source_alerts";

    private static final String MISSION = MissionAggregateType.NAME;
    private static final String INDICATOR = IndicatorAggregateType.NAME;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> collections() {
        return List.of(CITATIONS, ACTIVITY, STATES, ALERTS);
    }

    @Override
    public void apply(LedgerEvent event, ProjectionStore store) {
        if (MISSION.equals(event.aggregateType()) || INDICATOR.equals(event.aggregateType())) {
            activity(event, store);
            event.source().ifPresent(source -> cite(event, source, store));
        } else if (event.payload() instanceof SourceObserved observed) {
            observed(event, observed, store);
        } else if (event.payload() instanceof SourceChangeLinked linked) {
            resolve(event, linked.sourceId(), linked.observation(), store, alert -> {
                alert.status = SourceAlertView.Status.LINKED;
                alert.changeNumber = linked.changeNumber();
                alert.alterationEventId = linked.alterationEventId();
                alert.missionId = linked.missionId();
                alert.note = linked.note();
            });
        } else if (event.payload() instanceof SourceChangeDismissed dismissed) {
            resolve(event, dismissed.sourceId(), dismissed.observation(), store, alert -> {
                alert.status = SourceAlertView.Status.NOT_MATERIAL;
                alert.note = dismissed.reason();
            });
        }
    }

    private static void activity(LedgerEvent event, ProjectionStore store) {
        var collection = store.collection(ACTIVITY);
        SourceActivityDocument doc = ReadDocuments.find(collection, event.aggregateId(), SourceActivityDocument.class);
        if (doc == null) {
            doc = new SourceActivityDocument();
            doc.aggregateId = event.aggregateId();
        }
        if (doc.position >= event.globalIndex()) {
            return;
        }
        doc.position = event.globalIndex();
        ReadDocuments.save(collection, doc.aggregateId, doc);
    }

    private static void cite(LedgerEvent event, Source source, ProjectionStore store) {
        String sourceId = SourceIds.of(source.url());
        var collection = store.collection(CITATIONS);
        SourceCitationDocument doc = ReadDocuments.find(collection, sourceId, SourceCitationDocument.class);
        if (doc == null) {
            doc = new SourceCitationDocument();
            doc.sourceId = sourceId;
            doc.url = SourceIds.watchedUrl(source.url());
        }
        if (doc.position >= event.globalIndex()) {
            return;
        }
        SourceCitationDocument.Citation citation = new SourceCitationDocument.Citation();
        citation.aggregateType = event.aggregateType();
        citation.aggregateId = event.aggregateId();
        citation.eventId = event.eventId();
        citation.eventPosition = event.globalIndex();
        if (MISSION.equals(event.aggregateType())) {
            citation.missionId = event.aggregateId();
            citation.targetId = component(event.payload(), "targetId").orElse(null);
        } else {
            citation.indicatorId = event.aggregateId();
        }
        doc.citedBy.removeIf(existing -> existing.sameRecord(citation));
        doc.citedBy.add(citation);
        doc.title = source.title();
        doc.position = event.globalIndex();
        ReadDocuments.save(collection, sourceId, doc);
    }

    private static void observed(LedgerEvent event, SourceObserved observed, ProjectionStore store) {
        var states = store.collection(STATES);
        SourceStateDocument state = ReadDocuments.find(states, observed.sourceId(), SourceStateDocument.class);
        if (state == null) {
            state = new SourceStateDocument();
            state.sourceId = observed.sourceId();
        }
        if (state.position >= event.globalIndex()) {
            return;
        }
        boolean hadText = state.observations > 0 && state.lastText != null;
        String previousText = state.lastText;
        boolean wasGone = state.observations > 0 && gone(state.lastStatus);
        SourceAlertView.Kind kind = null;
        if (observed.gone() && !wasGone) {
            kind = SourceAlertView.Kind.GONE;
        } else if (!observed.gone() && hadText && !textEquals(previousText, observed.text())) {
            kind = SourceAlertView.Kind.CHANGED;
        } else if (!observed.gone() && state.observations > 0 && !hadText && !wasGone) {
            kind = SourceAlertView.Kind.CHANGED; // a document without readable text whose bytes changed
        }
        if (kind != null) {
            alert(event, observed, state, kind, previousText, store);
        }
        state.url = observed.url();
        state.observations = observed.observation();
        state.lastObservedPosition = event.globalIndex();
        state.lastRetrievedAt = observed.retrievedAt();
        state.lastStatus = observed.httpStatus();
        if (!observed.gone()) {
            state.lastText = observed.text();
            state.lastTextSha256 = observed.textSha256();
            state.lastContentSha256 = observed.contentSha256();
            state.etag = observed.etag();
            state.lastModified = observed.lastModified();
        } else {
            state.etag = null;
            state.lastModified = null;
        }
        state.position = event.globalIndex();
        ReadDocuments.save(states, state.sourceId, state);
    }

    private static void alert(
            LedgerEvent event,
            SourceObserved observed,
            SourceStateDocument state,
            SourceAlertView.Kind kind,
            String previousText,
            ProjectionStore store) {
        var alerts = store.collection(ALERTS);
        String id = alertId(observed.sourceId(), observed.observation());
        SourceAlertDocument alert = new SourceAlertDocument();
        alert.id = id;
        alert.sourceId = observed.sourceId();
        alert.observation = observed.observation();
        alert.url = observed.url();
        alert.kind = kind;
        alert.httpStatus = observed.httpStatus();
        alert.retrievedAt = observed.retrievedAt();
        alert.previousRetrievedAt = state.lastRetrievedAt;
        alert.recordedAt = event.recordedAt();
        alert.observedEventId = event.eventId();
        alert.observedPosition = event.globalIndex();
        alert.textTruncated = observed.textTruncated();
        if (kind == SourceAlertView.Kind.CHANGED) {
            SourceExcerpt excerpt = SourceExcerpt.of(previousText, observed.text());
            alert.before = excerpt.before();
            alert.after = excerpt.after();
            alert.leadingElided = excerpt.leadingElided();
            alert.trailingElided = excerpt.trailingElided();
        }
        SourceCitationDocument citations =
                ReadDocuments.find(store.collection(CITATIONS), observed.sourceId(), SourceCitationDocument.class);
        boolean logged = false;
        if (citations != null) {
            alert.title = citations.title;
            alert.citedBy = citations.citedBy;
            for (SourceCitationDocument.Citation citation : citations.citedBy) {
                SourceActivityDocument activity = ReadDocuments.find(
                        store.collection(ACTIVITY), citation.aggregateId, SourceActivityDocument.class);
                logged |= activity != null && activity.position > state.lastObservedPosition;
            }
        }
        alert.status = kind == SourceAlertView.Kind.GONE || !logged
                ? SourceAlertView.Status.OPEN
                : SourceAlertView.Status.LOGGED;
        alert.position = event.globalIndex();
        ReadDocuments.save(alerts, id, alert);
    }

    private static void resolve(
            LedgerEvent event,
            String sourceId,
            int observation,
            ProjectionStore store,
            java.util.function.Consumer<SourceAlertDocument> change) {
        var alerts = store.collection(ALERTS);
        String id = alertId(sourceId, observation);
        SourceAlertDocument alert = ReadDocuments.find(alerts, id, SourceAlertDocument.class);
        if (alert == null || alert.position >= event.globalIndex()) {
            return; // a change the projection keeps no alert for (a page that came back as it was), or a redelivery
        }
        change.accept(alert);
        alert.resolvedBy = event.actor();
        alert.resolvedAt = event.recordedAt();
        alert.resolvedEventId = event.eventId();
        alert.position = event.globalIndex();
        ReadDocuments.save(alerts, id, alert);
    }

    static String alertId(String sourceId, int observation) {
        return sourceId + ":" + observation;
    }

    private static boolean gone(int status) {
        return status == 404 || status == 410;
    }

    private static boolean textEquals(String a, String b) {
        return (a == null ? "" : a.strip()).equals(b == null ? "" : b.strip());
    }

    private static Optional<String> component(Object payload, String name) {
        if (payload == null || !payload.getClass().isRecord()) {
            return Optional.empty();
        }
        for (RecordComponent c : payload.getClass().getRecordComponents()) {
            if (c.getName().equals(name) && c.getType() == String.class) {
                try {
                    return Optional.ofNullable((String) c.getAccessor().invoke(payload));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return Optional.empty();
    }
}
