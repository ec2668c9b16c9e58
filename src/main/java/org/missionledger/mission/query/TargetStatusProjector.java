package org.missionledger.mission.query;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.missionledger.indicator.api.IndicatorAggregateType;
import org.missionledger.indicator.query.IndicatorSeriesDocument;
import org.missionledger.indicator.query.SeriesFold;
import org.missionledger.mission.api.MissionAggregateType;
import org.missionledger.mission.api.MissionRecordCorrected;
import org.missionledger.mission.api.ProgressView;
import org.missionledger.mission.api.TargetDropped;
import org.missionledger.mission.api.TargetReinstated;
import org.missionledger.mission.api.TargetRevised;
import org.missionledger.mission.api.TargetSet;
import org.missionledger.mission.api.TargetStatus;
import org.missionledger.mission.api.TargetSuperseded;
import org.missionledger.mission.api.TargetTerms;
import org.missionledger.platform.projection.LedgerEvent;
import org.missionledger.platform.projection.ProjectionStore;
import org.missionledger.platform.projection.Projector;
import org.missionledger.platform.projection.ReadDocuments;
import org.springframework.stereotype.Component;

/**
 * Target status: for every target, its latest reading against the trajectory from baseline to goal and the status the
 * {@link ProgressRule} gives it. Joins two kinds of stream — targets (mission events) and readings (indicator events) —
 * so it keeps its own copy of each indicator's series (folded by {@link SeriesFold}) and the list of targets each
 * indicator measures. Every event that touches a target or its indicator re-evaluates the target as of the day the
 * event was recorded and, when the status (or the rule version) changes, appends to the target's history.
 */
@Component
public class TargetStatusProjector implements Projector {

    public static final String NAME = "target-status";
    public static final String TARGETS = "target_status";
    public static final String SERIES = "target_status_series";
    public static final String LINKS = "target_status_links";

    @Override
    public String name() {
        return NAME;
    }

    /** Joins targets and readings across aggregates (and numbers alterations densely): one sequence for all. */
    @Override
    public boolean ordersAcrossAggregates() {
        return true;
    }

    /**
     * Links first (a replayed TargetSet finds its target written and returns before linking), then the targets, then the
     * series copies they were evaluated against (a replayed reading folds again into a series written before the
     * crash, but never re-evaluates a target against readings recorded after it).
     */
    @Override
    public List<String> writeOrder() {
        return List.of(LINKS, TARGETS, SERIES);
    }

    @Override
    public List<String> collections() {
        return List.of(TARGETS, SERIES, LINKS);
    }

    @Override
    public void preload(List<LedgerEvent> events, ProjectionStore store) {
        Set<Object> indicators = new LinkedHashSet<>();
        Set<Object> targets = new LinkedHashSet<>();
        for (LedgerEvent event : events) {
            if (IndicatorAggregateType.NAME.equals(event.aggregateType())) {
                indicators.add(event.aggregateId());
            } else if (MissionAggregateType.NAME.equals(event.aggregateType())) {
                String targetId = targetOf(event.payload());
                if (targetId != null) {
                    targets.add(TargetStatusDocument.key(event.aggregateId(), targetId));
                }
            }
        }
        store.preload(LINKS, indicators);
        for (Object indicatorId : indicators) {
            TargetLinksDocument links =
                    ReadDocuments.find(store.collection(LINKS), indicatorId, TargetLinksDocument.class);
            if (links != null) {
                targets.addAll(links.targets);
            }
        }
        store.preload(TARGETS, targets);
        for (Object key : targets) {
            TargetStatusDocument doc = ReadDocuments.find(store.collection(TARGETS), key, TargetStatusDocument.class);
            if (doc != null && doc.terms != null && doc.terms.indicatorId() != null) {
                indicators.add(doc.terms.indicatorId());
            }
        }
        store.preload(SERIES, indicators);
    }

    /** The target a mission event concerns, or null. */
    private static String targetOf(Object payload) {
        if (payload instanceof TargetSet e) {
            return e.targetId();
        } else if (payload instanceof TargetRevised e) {
            return e.targetId();
        } else if (payload instanceof TargetDropped e) {
            return e.targetId();
        } else if (payload instanceof TargetReinstated e) {
            return e.targetId();
        } else if (payload instanceof TargetSuperseded e) {
            return e.targetId();
        } else if (payload instanceof MissionRecordCorrected e) {
            return TargetCorrections.targetOf(e.subject());
        }
        return null;
    }

    @Override
    public void apply(LedgerEvent event, ProjectionStore store) {
        if (IndicatorAggregateType.NAME.equals(event.aggregateType())) {
            applyIndicatorEvent(event, store);
        } else if (MissionAggregateType.NAME.equals(event.aggregateType())) {
            applyMissionEvent(event, store);
        }
    }

    private void applyMissionEvent(LedgerEvent event, ProjectionStore store) {
        Object payload = event.payload();
        String missionId = event.aggregateId();
        String targetId;
        if (payload instanceof TargetSet e) {
            targetId = e.targetId();
        } else if (payload instanceof TargetRevised e) {
            targetId = e.targetId();
        } else if (payload instanceof TargetDropped e) {
            targetId = e.targetId();
        } else if (payload instanceof TargetReinstated e) {
            targetId = e.targetId();
        } else if (payload instanceof TargetSuperseded e) {
            targetId = e.targetId();
        } else if (payload instanceof MissionRecordCorrected e && TargetCorrections.targetOf(e.subject()) != null) {
            targetId = TargetCorrections.targetOf(e.subject());
        } else {
            return;
        }
        var targets = store.collection(TARGETS);
        String key = TargetStatusDocument.key(missionId, targetId);
        TargetStatusDocument doc = ReadDocuments.find(targets, key, TargetStatusDocument.class);
        if (doc == null) {
            if (!(payload instanceof TargetSet)) {
                return;
            }
            doc = new TargetStatusDocument();
            doc.id = key;
            doc.missionId = missionId;
            doc.targetId = targetId;
        }
        if (doc.position >= event.globalIndex()) {
            return; // already applied: a redelivery
        }
        String indicatorBefore = doc.terms == null ? null : doc.terms.indicatorId();
        if (payload instanceof TargetSet e) {
            doc.terms = e.terms();
            doc.lifecycle = TargetStatus.ACTIVE;
        } else if (payload instanceof TargetRevised e) {
            doc.terms = e.after();
        } else if (payload instanceof TargetDropped) {
            doc.lifecycle = TargetStatus.DROPPED;
        } else if (payload instanceof TargetReinstated) {
            doc.lifecycle = TargetStatus.ACTIVE;
        } else if (payload instanceof TargetSuperseded) {
            doc.lifecycle = TargetStatus.SUPERSEDED;
        } else if (payload instanceof MissionRecordCorrected e) {
            doc.terms = TargetCorrections.applyCurrent(doc.terms, e);
        }
        String indicatorAfter = doc.terms.indicatorId();
        if (!Objects.equals(indicatorBefore, indicatorAfter)) {
            if (indicatorBefore != null) {
                link(store, indicatorBefore, key, false, event.globalIndex());
            }
            if (indicatorAfter != null) {
                link(store, indicatorAfter, key, true, event.globalIndex());
            }
        }
        evaluate(doc, event, store);
        ReadDocuments.save(targets, key, doc);
    }

    private void applyIndicatorEvent(LedgerEvent event, ProjectionStore store) {
        var seriesCollection = store.collection(SERIES);
        IndicatorSeriesDocument series =
                ReadDocuments.find(seriesCollection, event.aggregateId(), IndicatorSeriesDocument.class);
        if (series == null) {
            series = new IndicatorSeriesDocument();
            series.indicatorId = event.aggregateId();
        }
        if (series.position < event.globalIndex()) {
            SeriesFold.apply(series, event);
            series.position = event.globalIndex();
            ReadDocuments.save(seriesCollection, series.indicatorId, series);
        }
        TargetLinksDocument links =
                ReadDocuments.find(store.collection(LINKS), event.aggregateId(), TargetLinksDocument.class);
        if (links == null) {
            return;
        }
        var targets = store.collection(TARGETS);
        for (String key : links.targets) {
            TargetStatusDocument doc = ReadDocuments.find(targets, key, TargetStatusDocument.class);
            if (doc == null || doc.position >= event.globalIndex()) {
                continue;
            }
            evaluate(doc, event, store);
            ReadDocuments.save(targets, key, doc);
        }
    }

    private static void link(ProjectionStore store, String indicatorId, String key, boolean add, long position) {
        var collection = store.collection(LINKS);
        TargetLinksDocument links = ReadDocuments.find(collection, indicatorId, TargetLinksDocument.class);
        if (links == null) {
            links = new TargetLinksDocument();
            links.indicatorId = indicatorId;
        }
        int at = Collections.binarySearch(links.targets, key);
        if (add && at < 0) {
            links.targets.add(-at - 1, key);
        } else if (!add && at >= 0) {
            links.targets.remove(at);
        }
        links.position = Math.max(links.position, position);
        ReadDocuments.save(collection, indicatorId, links);
    }

    /** Re-evaluates the target as of the day the event was recorded, and records a change of status. */
    private static void evaluate(TargetStatusDocument doc, LedgerEvent event, ProjectionStore store) {
        LocalDate on = event.recordedOn();
        IndicatorSeriesDocument series = doc.terms.indicatorId() == null
                ? null
                : ReadDocuments.find(store.collection(SERIES), doc.terms.indicatorId(), IndicatorSeriesDocument.class);
        ProgressView progress = assess(doc.terms, series, on);
        doc.recorded = progress;
        doc.position = event.globalIndex();
        TargetStatusDocument.StatusChange last = doc.history.isEmpty() ? null : doc.history.get(doc.history.size() - 1);
        if (last == null || last.status != progress.status() || last.ruleVersion != progress.ruleVersion()) {
            TargetStatusDocument.StatusChange change = new TargetStatusDocument.StatusChange();
            change.position = event.globalIndex();
            change.eventId = event.eventId();
            change.cause = event.type();
            change.recordedAt = event.recordedAt();
            change.evaluatedOn = on;
            change.status = progress.status();
            change.ruleVersion = progress.ruleVersion();
            change.ratio = progress.ratio();
            if (progress.reading() != null) {
                change.readingPeriod = progress.reading().period();
                change.readingValue = progress.reading().value();
            }
            doc.history.add(change);
        }
    }

    /** The progress rule over a series copy, evaluated on a date with what was published by then. */
    static ProgressView assess(TargetTerms terms, IndicatorSeriesDocument series, LocalDate on) {
        return ProgressRule.assess(
                terms,
                series == null ? null : series.frequency,
                series == null ? List.of() : SeriesFold.points(series, null, on),
                on);
    }
}
