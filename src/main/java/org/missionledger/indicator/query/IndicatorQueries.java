package org.missionledger.indicator.query;

import static com.mongodb.client.model.Filters.in;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.missionledger.common.api.FeatureApi;
import org.missionledger.common.query.ResourceNotFoundException;
import org.missionledger.indicator.api.IndicatorView;
import org.missionledger.indicator.api.ReadingSeriesView;
import org.missionledger.platform.projection.ProjectionStore;
import org.missionledger.platform.projection.ReadDocuments;
import org.springframework.stereotype.Service;

/** Answers questions about indicators from the indicator-series projection, with point lookups. */
@Service
@FeatureApi("indicators and their series as viewed, for the mission pages and the exports")
public class IndicatorQueries {

    private final ProjectionStore store;

    public IndicatorQueries(ProjectionStore liveProjectionStore) {
        this.store = liveProjectionStore;
    }

    /** A page of indicators in id order, and how many there are in all. */
    public IndicatorPage indicators(int page, int size) {
        IndicatorIndexDocument index = ReadDocuments.find(
                store.collection(IndicatorSeriesProjector.INDEX),
                IndicatorIndexDocument.ALL,
                IndicatorIndexDocument.class);
        List<String> ids = index == null ? List.of() : index.indicatorIds;
        int from = Math.min(ids.size(), (page - 1) * size);
        List<String> pageIds = ids.subList(from, Math.min(ids.size(), from + size));
        Map<String, IndicatorView> byId = new HashMap<>();
        for (Document document :
                store.collection(IndicatorSeriesProjector.SERIES).find(in("_id", pageIds))) {
            IndicatorSeriesDocument doc = ReadDocuments.fromDocument(document, IndicatorSeriesDocument.class);
            byId.put(doc.indicatorId, SeriesFold.indicatorView(doc));
        }
        List<IndicatorView> views = new ArrayList<>();
        pageIds.forEach(id -> {
            if (byId.containsKey(id)) {
                views.add(byId.get(id));
            }
        });
        return new IndicatorPage(views, ids.size());
    }

    /** A page of indicators. */
    public record IndicatorPage(List<IndicatorView> items, long totalItems) {}

    /**
     * The names of these indicators, by id, with one {@code _id $in} that reads only the names: for pages that show
     * titles rather than ids. Unknown ids are left out.
     */
    public Map<String, String> names(java.util.Collection<String> indicatorIds) {
        if (indicatorIds.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        for (Document document : store.collection(IndicatorSeriesProjector.SERIES)
                .find(in("_id", new java.util.LinkedHashSet<>(indicatorIds)))
                .projection(com.mongodb.client.model.Projections.include("name"))) {
            if (document.getString("name") != null) {
                names.put(String.valueOf(document.get("_id")), document.getString("name"));
            }
        }
        return names;
    }

    public IndicatorView indicator(String indicatorId) {
        return SeriesFold.indicatorView(series(indicatorId));
    }

    /** The series as published at {@code asKnownAt} (null = now). */
    public ReadingSeriesView readings(String indicatorId, Instant asKnownAt) {
        IndicatorSeriesDocument doc = series(indicatorId);
        if (asKnownAt != null && doc.definedAt != null && doc.definedAt.isAfter(asKnownAt)) {
            throw new ResourceNotFoundException(
                    "Indicator '" + indicatorId + "' was not yet recorded at " + asKnownAt + ".");
        }
        return SeriesFold.seriesView(doc, asKnownAt);
    }

    private IndicatorSeriesDocument series(String indicatorId) {
        IndicatorSeriesDocument doc = ReadDocuments.find(
                store.collection(IndicatorSeriesProjector.SERIES), indicatorId, IndicatorSeriesDocument.class);
        if (doc == null || !doc.defined) {
            throw ResourceNotFoundException.indicator(indicatorId);
        }
        return doc;
    }
}
