package org.missionledger.mission.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;

import com.mongodb.client.model.Projections;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.missionledger.common.api.AlterationKind;
import org.missionledger.common.api.FeatureApi;
import org.missionledger.common.query.ResourceNotFoundException;
import org.missionledger.mission.api.AlterationView;
import org.missionledger.mission.api.LineageView;
import org.missionledger.platform.projection.ProjectionStore;
import org.missionledger.platform.projection.ReadDocuments;
import org.springframework.stereotype.Service;

/**
 * Answers questions about alterations. Lists are newest first. Without filters a page is a range of alteration
 * numbers (one {@code _id $in}); the kind, body and mission filters intersect the ascending number lists kept per kind,
 * body and mission (point lookups; a set of bodies, e.g. of one jurisdiction, is one {@code _id $in} on the per-body
 * lists); {@code since} (a query on {@code recordedAt}, served by an index on a real
 * MongoDB) and the effective-date range (a query on {@code effectiveDate}, among the candidates of the other filters)
 * are the criteria answered by queries; the embedded server scans for them.
 */
@Service
@FeatureApi("the changes log, for the exchange formats, the source pages and the command line")
public class AlterationQueries {

    private static final int MAX_LINEAGE = 100;

    private final ProjectionStore store;

    public AlterationQueries(ProjectionStore liveProjectionStore) {
        this.store = liveProjectionStore;
    }

    /** A page of the alterations log, newest first. */
    public Page<AlterationView> changes(ChangesFilter filter, int page, int size) {
        AlterationIndexDocument counter = index(AlterationIndexDocument.COUNTER);
        long last = counter == null ? 0 : counter.last;
        List<Long> candidates = candidates(filter); // ascending; null = every number 1..last
        if (filter.since() != null || filter.effectiveFrom() != null || filter.effectiveTo() != null) {
            List<Bson> dates = new ArrayList<>();
            if (filter.since() != null) {
                dates.add(gte("recordedAt", ReadDocuments.format(filter.since())));
            }
            if (filter.effectiveFrom() != null) {
                dates.add(gte("effectiveDate", filter.effectiveFrom().toString()));
            }
            if (filter.effectiveTo() != null) {
                dates.add(lte("effectiveDate", filter.effectiveTo().toString()));
            }
            Bson range = dates.size() == 1 ? dates.get(0) : and(dates);
            Bson query = candidates == null ? range : and(in("_id", candidates), range);
            TreeSet<Long> matching = new TreeSet<>();
            for (Document document : store.collection(AlterationsProjector.ALTERATIONS)
                    .find(query)
                    .projection(Projections.include("_id"))) {
                matching.add(((Number) document.get("_id")).longValue());
            }
            candidates = new ArrayList<>(matching);
        }
        long total = candidates == null ? last : candidates.size();
        List<Long> numbers = new ArrayList<>();
        long skip = (long) (page - 1) * size;
        for (long i = skip; i < Math.min(total, skip + size); i++) {
            numbers.add(candidates == null ? last - i : candidates.get((int) (total - 1 - i)));
        }
        return new Page<>(fetch(numbers), page, size, total);
    }

    /** One alteration by its number. */
    public AlterationView alteration(long number) {
        List<AlterationView> found = fetch(List.of(number));
        if (found.isEmpty()) {
            throw new ResourceNotFoundException("No change number " + number + " is recorded.");
        }
        return found.get(0);
    }

    /**
     * How many alterations each mission has and its newest one (by recording order), for a list of missions: one
     * {@code _id $in} on the per-mission number lists and one on the alterations. Missions without alterations are
     * left out.
     */
    public Map<String, MissionAlterations> ofMissions(Collection<String> missionIds) {
        if (missionIds.isEmpty()) {
            return Map.of();
        }
        List<String> streams =
                missionIds.stream().map(AlterationIndexDocument::mission).toList();
        Map<String, AlterationIndexDocument> lists = new HashMap<>();
        for (Document document : store.collection(AlterationsProjector.INDEX).find(in("_id", streams))) {
            AlterationIndexDocument list = ReadDocuments.fromDocument(document, AlterationIndexDocument.class);
            if (!list.numbers.isEmpty()) {
                lists.put(list.id.substring("mission:".length()), list);
            }
        }
        Map<Long, AlterationView> newest = new HashMap<>();
        for (AlterationView view : fetch(lists.values().stream()
                .map(l -> l.numbers.get(l.numbers.size() - 1))
                .toList())) {
            newest.put(view.number(), view);
        }
        Map<String, MissionAlterations> result = new HashMap<>();
        lists.forEach((missionId, list) -> result.put(
                missionId,
                new MissionAlterations(
                        new HashSet<>(list.numbers).size(), newest.get(list.numbers.get(list.numbers.size() - 1)))));
        return result;
    }

    /**
     * A mission's alterations in brief.
     *
     * @param count how many
     * @param newest the one recorded last
     */
    public record MissionAlterations(long count, AlterationView newest) {}

    /** Every alteration of one mission, oldest first. */
    public List<AlterationView> ofMission(String missionId) {
        AlterationIndexDocument stream = index(AlterationIndexDocument.mission(missionId));
        // a change touching two targets of the mission (an indicator measuring both, e.g. two SDG items) is in the
        // mission's list once per target: listed once
        return stream == null ? List.of() : fetch(new ArrayList<>(new java.util.LinkedHashSet<>(stream.numbers)));
    }

    /** The lineage of a mission and its targets. */
    public LineageView lineage(String missionId) {
        AlterationContextDocument context = context(missionId);
        if (context == null) {
            return new LineageView(missionId, List.of(), null, List.of(missionId), List.of());
        }
        List<String> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        seen.add(missionId);
        AlterationContextDocument back = context;
        while (back != null
                && back.supersedes.size() == 1
                && chain.size() < MAX_LINEAGE
                && seen.add(back.supersedes.get(0))) {
            chain.add(0, back.supersedes.get(0));
            back = context(back.supersedes.get(0));
        }
        chain.add(missionId);
        AlterationContextDocument forward = context;
        while (forward != null
                && forward.supersededBy != null
                && chain.size() < MAX_LINEAGE
                && seen.add(forward.supersededBy)) {
            chain.add(forward.supersededBy);
            forward = context(forward.supersededBy);
        }
        List<LineageView.TargetLineage> targets = new ArrayList<>();
        for (AlterationContextDocument.Target target : context.targets) {
            if (!target.supersedes.isEmpty() || target.supersededBy != null) {
                targets.add(new LineageView.TargetLineage(
                        target.targetId, List.copyOf(target.supersedes), target.supersededBy));
            }
        }
        return new LineageView(missionId, List.copyOf(context.supersedes), context.supersededBy, chain, targets);
    }

    /** The alteration numbers matching kind, body and mission, ascending; null when none of those filter. */
    private List<Long> candidates(ChangesFilter filter) {
        TreeSet<Long> result = null;
        if (!filter.kinds().isEmpty()) {
            result = new TreeSet<>();
            for (AlterationKind kind : filter.kinds()) {
                AlterationIndexDocument stream = index(AlterationIndexDocument.kind(kind));
                if (stream != null) {
                    result.addAll(stream.numbers);
                }
            }
        }
        if (filter.bodyId() != null) {
            result = intersect(result, index(AlterationIndexDocument.body(filter.bodyId())));
        }
        if (filter.missionId() != null) {
            result = intersect(result, index(AlterationIndexDocument.mission(filter.missionId())));
        }
        if (filter.anyOfBodies() != null) {
            TreeSet<Long> ofBodies = new TreeSet<>();
            if (!filter.anyOfBodies().isEmpty()) {
                List<String> ids = filter.anyOfBodies().stream()
                        .map(AlterationIndexDocument::body)
                        .toList();
                for (Document document :
                        store.collection(AlterationsProjector.INDEX).find(in("_id", ids))) {
                    ofBodies.addAll(ReadDocuments.fromDocument(document, AlterationIndexDocument.class).numbers);
                }
            }
            if (result == null) {
                result = ofBodies;
            } else {
                result.retainAll(ofBodies);
            }
        }
        return result == null ? null : new ArrayList<>(result);
    }

    private static TreeSet<Long> intersect(TreeSet<Long> so, AlterationIndexDocument stream) {
        List<Long> numbers = stream == null ? List.of() : stream.numbers;
        if (so == null) {
            return new TreeSet<>(numbers);
        }
        so.retainAll(new HashSet<>(numbers));
        return so;
    }

    /** The alterations with these numbers, in the order given. */
    private List<AlterationView> fetch(Collection<Long> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        Map<Long, AlterationView> byNumber = new HashMap<>();
        for (Document document :
                store.collection(AlterationsProjector.ALTERATIONS).find(in("_id", numbers))) {
            AlterationDocument alteration = ReadDocuments.fromDocument(document, AlterationDocument.class);
            byNumber.put(alteration.number, alteration.view());
        }
        List<AlterationView> result = new ArrayList<>();
        for (Long number : numbers) {
            AlterationView view = byNumber.get(number);
            if (view != null) {
                result.add(view);
            }
        }
        return result;
    }

    private AlterationIndexDocument index(String id) {
        return ReadDocuments.find(store.collection(AlterationsProjector.INDEX), id, AlterationIndexDocument.class);
    }

    private AlterationContextDocument context(String missionId) {
        return ReadDocuments.find(
                store.collection(AlterationsProjector.MISSIONS), missionId, AlterationContextDocument.class);
    }
}
