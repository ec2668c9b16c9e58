package org.missionledger.source.query;

import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.missionledger.common.query.ResourceNotFoundException;
import org.missionledger.platform.projection.ProjectionStore;
import org.missionledger.platform.projection.ReadDocuments;
import org.missionledger.source.api.SourceAlertView;
import org.missionledger.source.api.WatchedSourceView;
import org.springframework.stereotype.Service;

/**
 * Answers questions about cited sources from the source-watch projection. The collections are small (one document per
 * cited URL, one per observed change), so the lists read them whole.
 */
@Service
public class SourceQueries {

    private final ProjectionStore store;

    public SourceQueries(ProjectionStore liveProjectionStore) {
        this.store = liveProjectionStore;
    }

    /** Every cited URL with what the watch last saw of it, in URL order. */
    public List<WatchedSourceView> watched() {
        Map<String, SourceStateDocument> states = new HashMap<>();
        for (Document document : store.collection(SourceWatchProjector.STATES).find()) {
            SourceStateDocument state = ReadDocuments.fromDocument(document, SourceStateDocument.class);
            states.put(state.sourceId, state);
        }
        List<WatchedSourceView> views = new ArrayList<>();
        for (Document document :
                store.collection(SourceWatchProjector.CITATIONS).find()) {
            SourceCitationDocument citation = ReadDocuments.fromDocument(document, SourceCitationDocument.class);
            SourceStateDocument state = states.get(citation.sourceId);
            views.add(new WatchedSourceView(
                    citation.sourceId,
                    citation.url,
                    citation.title,
                    citations(citation.citedBy),
                    state == null ? 0 : state.observations,
                    state == null ? null : state.lastRetrievedAt,
                    state == null ? 0 : state.lastStatus,
                    state == null ? null : state.lastTextSha256,
                    state == null ? null : state.lastContentSha256,
                    state == null ? null : state.etag,
                    state == null ? null : state.lastModified));
        }
        views.sort(Comparator.comparing(WatchedSourceView::url));
        return views;
    }

    /** Observed changes, newest first: only the open alerts, or all of them. */
    public List<SourceAlertView> alerts(boolean openOnly) {
        var collection = store.collection(SourceWatchProjector.ALERTS);
        var found = openOnly
                ? collection.find(Filters.eq("status", SourceAlertView.Status.OPEN.name()))
                : collection.find();
        List<SourceAlertView> views = new ArrayList<>();
        for (Document document : found) {
            views.add(view(ReadDocuments.fromDocument(document, SourceAlertDocument.class)));
        }
        views.sort(Comparator.comparing(SourceAlertView::recordedAt)
                .thenComparing(SourceAlertView::observation)
                .reversed());
        return views;
    }

    /** One observed change. */
    public SourceAlertView alert(String sourceId, int observation) {
        SourceAlertDocument doc = ReadDocuments.find(
                store.collection(SourceWatchProjector.ALERTS),
                SourceWatchProjector.alertId(sourceId, observation),
                SourceAlertDocument.class);
        if (doc == null) {
            throw new ResourceNotFoundException("There is no observed change " + observation + " of source '" + sourceId
                    + "' (see /api/changes/source-alerts).");
        }
        return view(doc);
    }

    private static SourceAlertView view(SourceAlertDocument doc) {
        SourceAlertView.ResolutionView resolution = doc.resolvedEventId == null
                ? null
                : new SourceAlertView.ResolutionView(
                        doc.resolvedBy,
                        doc.resolvedAt,
                        doc.resolvedEventId,
                        doc.changeNumber,
                        doc.alterationEventId,
                        doc.missionId,
                        doc.note);
        return new SourceAlertView(
                doc.sourceId,
                doc.observation,
                doc.url,
                doc.title,
                doc.kind,
                doc.status,
                doc.httpStatus,
                doc.retrievedAt,
                doc.previousRetrievedAt,
                doc.recordedAt,
                doc.before,
                doc.after,
                doc.leadingElided,
                doc.trailingElided,
                citations(doc.citedBy),
                resolution);
    }

    private static List<SourceAlertView.CitationView> citations(List<SourceCitationDocument.Citation> citedBy) {
        return citedBy.stream()
                .map(c -> new SourceAlertView.CitationView(c.missionId, c.targetId, c.indicatorId, c.eventId))
                .toList();
    }
}
