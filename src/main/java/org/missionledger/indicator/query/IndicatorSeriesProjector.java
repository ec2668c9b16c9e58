package org.missionledger.indicator.query;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.missionledger.indicator.api.IndicatorAggregateType;
import org.missionledger.indicator.api.IndicatorDefined;
import org.missionledger.platform.projection.LedgerEvent;
import org.missionledger.platform.projection.ProjectionStore;
import org.missionledger.platform.projection.Projector;
import org.missionledger.platform.projection.ReadDocuments;
import org.springframework.stereotype.Component;

/**
 * Indicator series: one document per indicator with every reading, every vintage (first published and each revision)
 * and every withdrawal, so a series can be shown as it was published at any moment. Answering costs one point lookup.
 */
@Component
public class IndicatorSeriesProjector implements Projector {

    public static final String NAME = "indicator-series";
    public static final String SERIES = "indicator_series";
    public static final String INDEX = "indicator_index";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> collections() {
        return List.of(SERIES, INDEX);
    }

    @Override
    public void preload(List<LedgerEvent> events, ProjectionStore store) {
        Set<Object> indicators = new LinkedHashSet<>();
        boolean defines = false;
        for (LedgerEvent event : events) {
            if (IndicatorAggregateType.NAME.equals(event.aggregateType())) {
                indicators.add(event.aggregateId());
                defines |= event.payload() instanceof IndicatorDefined;
            }
        }
        store.preload(SERIES, indicators);
        if (defines) {
            store.preload(INDEX, List.of(IndicatorIndexDocument.ALL));
        }
    }

    @Override
    public void apply(LedgerEvent event, ProjectionStore store) {
        if (!IndicatorAggregateType.NAME.equals(event.aggregateType())) {
            return;
        }
        var series = store.collection(SERIES);
        IndicatorSeriesDocument doc = ReadDocuments.find(series, event.aggregateId(), IndicatorSeriesDocument.class);
        if (doc == null) {
            doc = new IndicatorSeriesDocument();
            doc.indicatorId = event.aggregateId();
        }
        if (doc.position >= event.globalIndex()) {
            return; // already applied: a redelivery
        }
        SeriesFold.apply(doc, event);
        doc.position = event.globalIndex();
        ReadDocuments.save(series, doc.indicatorId, doc);
        if (event.payload() instanceof IndicatorDefined defined) {
            index(store, defined.indicatorId(), event.globalIndex());
        }
    }

    private static void index(ProjectionStore store, String indicatorId, long position) {
        var collection = store.collection(INDEX);
        IndicatorIndexDocument index =
                ReadDocuments.find(collection, IndicatorIndexDocument.ALL, IndicatorIndexDocument.class);
        if (index == null) {
            index = new IndicatorIndexDocument();
        }
        // A sorted set: membership is the guard (see MissionBoardProjector), so a retried dead letter is not skipped.
        int at = Collections.binarySearch(index.indicatorIds, indicatorId);
        if (at >= 0) {
            return; // already applied: a redelivery
        }
        index.indicatorIds.add(-at - 1, indicatorId);
        index.position = Math.max(index.position, position);
        ReadDocuments.save(collection, IndicatorIndexDocument.ALL, index);
    }
}
