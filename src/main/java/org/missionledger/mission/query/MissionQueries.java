package org.missionledger.mission.query;

import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.model.Projections;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.missionledger.common.api.FeatureApi;
import org.missionledger.common.query.ResourceNotFoundException;
import org.missionledger.indicator.query.IndicatorSeriesDocument;
import org.missionledger.mission.api.Body;
import org.missionledger.mission.api.MissionHistoryView;
import org.missionledger.mission.api.MissionView;
import org.missionledger.mission.api.ProgressView;
import org.missionledger.mission.api.TargetStatusView;
import org.missionledger.mission.api.TimelineEntryView;
import org.missionledger.platform.projection.ProjectionStore;
import org.missionledger.platform.projection.ReadDocuments;
import org.springframework.stereotype.Service;

/**
 * Answers questions about missions from the projections, with point lookups only: a mission is one document, a page
 * of missions is one {@code _id $in} on the board (plus one on the target statuses and one on their series).
 */
@Service
@FeatureApi("missions and targets as viewed, for the exports and the source pages")
public class MissionQueries {

    private final ProjectionStore store;
    private final AlterationQueries alterations;
    private final Clock clock;

    public MissionQueries(ProjectionStore liveProjectionStore, AlterationQueries alterations, Clock clock) {
        this.store = liveProjectionStore;
        this.alterations = alterations;
        this.clock = clock;
    }

    /** A page of the board, in mission-id order; all missions, or one body's. */
    public Page<MissionView> missions(String bodyId, int page, int size) {
        return missions(bodyId, BodyFilter.none(), page, size);
    }

    /**
     * A page of the board, in mission-id order: all missions, or one body's, of bodies matching {@code bodies} (a
     * jurisdiction, a level of government). Filtering by jurisdiction or level reads every listed mission's body (one
     * {@code _id $in} returning only the bodies).
     */
    public Page<MissionView> missions(String bodyId, BodyFilter bodies, int page, int size) {
        List<String> ids = missionIds(bodyId);
        if (!bodies.isEmpty()) {
            Set<String> keep = new java.util.HashSet<>();
            bodiesOf(ids).forEach((missionId, body) -> {
                if (bodies.matches(body)) {
                    keep.add(missionId);
                }
            });
            ids = ids.stream().filter(keep::contains).toList();
        }
        int from = Math.min(ids.size(), (page - 1) * size);
        List<String> pageIds = ids.subList(from, Math.min(ids.size(), from + size));
        return new Page<>(views(boardDocuments(pageIds, true)), page, size, ids.size());
    }

    /**
     * Every mission on the board (or one body's), in mission-id order, read without their timelines (lists do not show
     * them): with every target's progress evaluated today when {@code withProgress}, else with no progress at all.
     */
    public List<MissionView> all(String bodyId, boolean withProgress) {
        List<MissionBoardDocument> docs = boardDocuments(missionIds(bodyId), false);
        if (withProgress) {
            return views(docs);
        }
        LocalDate today = today();
        return docs.stream()
                .map(doc -> MissionViews.mission(doc, today, null, target -> null))
                .toList();
    }

    /** One mission as it stands today. */
    public MissionView mission(String missionId) {
        return views(List.of(board(missionId))).get(0);
    }

    /** One mission as it stands today with its timeline, from one read of its board document. */
    public MissionWithTimeline missionWithTimeline(String missionId) {
        MissionBoardDocument doc = board(missionId);
        return new MissionWithTimeline(views(List.of(doc)).get(0), MissionViews.timeline(doc));
    }

    /**
     * A mission and every event of it.
     *
     * @param mission the mission as it stands
     * @param timeline every event of the mission, in order
     */
    public record MissionWithTimeline(MissionView mission, List<TimelineEntryView> timeline) {}

    /** Every body that declared a mission, by id (the latest recorded name, jurisdiction and level). */
    public Map<String, Body> bodies() {
        Map<String, Body> bodies = new java.util.TreeMap<>();
        bodiesOf(missionIds(null)).values().forEach(body -> bodies.put(body.id(), body));
        return bodies;
    }

    /** The ids of the bodies matching {@code filter} (null when it does not filter). */
    public Set<String> bodyIds(BodyFilter filter) {
        if (filter.isEmpty()) {
            return null;
        }
        Set<String> ids = new java.util.TreeSet<>();
        bodies().values().stream().filter(filter::matches).forEach(b -> ids.add(b.id()));
        return ids;
    }

    /** The body of each declared mission among {@code ids}: one {@code _id $in} reading only the bodies. */
    private Map<String, Body> bodiesOf(List<String> ids) {
        Map<String, Body> bodies = new HashMap<>();
        if (ids.isEmpty()) {
            return bodies;
        }
        for (Document document : store.collection(MissionBoardProjector.BOARD)
                .find(in("_id", ids))
                .projection(Projections.include("missionId", "body", "declared"))) {
            MissionBoardDocument doc = ReadDocuments.fromDocument(document, MissionBoardDocument.class);
            if (doc.declared && doc.body != null) {
                bodies.put(doc.missionId, doc.body);
            }
        }
        return bodies;
    }

    private List<String> missionIds(String bodyId) {
        String indexId = bodyId == null ? MissionIndexDocument.ALL : MissionIndexDocument.body(bodyId);
        MissionIndexDocument index =
                ReadDocuments.find(store.collection(MissionBoardProjector.INDEX), indexId, MissionIndexDocument.class);
        return index == null ? List.of() : index.missionIds;
    }

    /** The declared missions' board documents, in the order of {@code ids}: one {@code _id $in}. */
    private List<MissionBoardDocument> boardDocuments(List<String> ids, boolean withTimeline) {
        Map<String, MissionBoardDocument> docs = new HashMap<>();
        var found = store.collection(MissionBoardProjector.BOARD).find(in("_id", ids));
        if (!withTimeline) {
            found = found.projection(Projections.exclude("timeline"));
        }
        for (Document document : found) {
            MissionBoardDocument doc = ReadDocuments.fromDocument(document, MissionBoardDocument.class);
            docs.put(doc.missionId, doc);
        }
        List<MissionBoardDocument> ordered = new ArrayList<>();
        for (String id : ids) {
            MissionBoardDocument doc = docs.get(id);
            if (doc != null && doc.declared) {
                ordered.add(doc);
            }
        }
        return ordered;
    }

    /** A mission's history: timeline, alterations and lineage. */
    public MissionHistoryView history(String missionId) {
        MissionBoardDocument doc = board(missionId);
        return new MissionHistoryView(
                missionId,
                MissionViews.timeline(doc),
                alterations.ofMission(missionId),
                alterations.lineage(missionId));
    }

    /** One target's progress now, as last recorded, and its history of status changes. */
    public TargetStatusView targetStatus(String missionId, String targetId) {
        TargetStatusDocument doc = ReadDocuments.find(
                store.collection(TargetStatusProjector.TARGETS),
                TargetStatusDocument.key(missionId, targetId),
                TargetStatusDocument.class);
        if (doc == null) {
            board(missionId);
            throw new ResourceNotFoundException("No target '" + targetId + "' under mission '" + missionId + "'.");
        }
        IndicatorSeriesDocument series = doc.terms.indicatorId() == null
                ? null
                : ReadDocuments.find(
                        store.collection(TargetStatusProjector.SERIES),
                        doc.terms.indicatorId(),
                        IndicatorSeriesDocument.class);
        List<TargetStatusView.StatusChange> history = new ArrayList<>();
        for (TargetStatusDocument.StatusChange c : doc.history) {
            history.add(new TargetStatusView.StatusChange(
                    c.position,
                    c.eventId,
                    c.cause,
                    c.recordedAt,
                    c.evaluatedOn,
                    c.status,
                    c.ruleVersion,
                    c.ratio,
                    c.readingPeriod,
                    c.readingValue));
        }
        return new TargetStatusView(
                missionId,
                targetId,
                doc.lifecycle,
                doc.terms,
                TargetStatusProjector.assess(doc.terms, series, today()),
                doc.recorded,
                history);
    }

    /**
     * The progress of a target's indicator against other terms (e.g. the target as first set, before it was revised),
     * evaluated today by the same rule: one point lookup of the indicator's series.
     */
    public ProgressView assess(org.missionledger.mission.api.TargetTerms terms) {
        IndicatorSeriesDocument series = terms.indicatorId() == null
                ? null
                : ReadDocuments.find(
                        store.collection(TargetStatusProjector.SERIES),
                        terms.indicatorId(),
                        IndicatorSeriesDocument.class);
        return TargetStatusProjector.assess(terms, series, today());
    }

    MissionBoardDocument board(String missionId) {
        MissionBoardDocument doc = ReadDocuments.find(
                store.collection(MissionBoardProjector.BOARD), missionId, MissionBoardDocument.class);
        if (doc == null || !doc.declared) {
            throw ResourceNotFoundException.mission(missionId);
        }
        return doc;
    }

    /** Mission views for board documents, with every target's progress evaluated today. */
    private List<MissionView> views(List<MissionBoardDocument> docs) {
        LocalDate today = today();
        Set<String> keys = new LinkedHashSet<>();
        for (MissionBoardDocument doc : docs) {
            doc.targets.forEach(t -> keys.add(TargetStatusDocument.key(doc.missionId, t.targetId)));
        }
        Map<String, TargetStatusDocument> statuses = new HashMap<>();
        Set<String> indicators = new LinkedHashSet<>();
        if (!keys.isEmpty()) {
            for (Document document :
                    store.collection(TargetStatusProjector.TARGETS).find(in("_id", keys))) {
                TargetStatusDocument status = ReadDocuments.fromDocument(document, TargetStatusDocument.class);
                statuses.put(status.id, status);
                if (status.terms.indicatorId() != null) {
                    indicators.add(status.terms.indicatorId());
                }
            }
        }
        Map<String, IndicatorSeriesDocument> series = new HashMap<>();
        if (!indicators.isEmpty()) {
            for (Document document :
                    store.collection(TargetStatusProjector.SERIES).find(in("_id", indicators))) {
                IndicatorSeriesDocument s = ReadDocuments.fromDocument(document, IndicatorSeriesDocument.class);
                series.put(s.indicatorId, s);
            }
        }
        List<MissionView> views = new ArrayList<>();
        for (MissionBoardDocument doc : docs) {
            views.add(MissionViews.mission(doc, today, null, target -> {
                TargetStatusDocument status = statuses.get(TargetStatusDocument.key(doc.missionId, target.targetId));
                if (status == null) {
                    return null; // the target-status projection has not seen this target yet
                }
                return progress(status, series, today);
            }));
        }
        return views;
    }

    private static ProgressView progress(
            TargetStatusDocument status, Map<String, IndicatorSeriesDocument> series, LocalDate today) {
        IndicatorSeriesDocument s = status.terms.indicatorId() == null ? null : series.get(status.terms.indicatorId());
        return TargetStatusProjector.assess(status.terms, s, today);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
