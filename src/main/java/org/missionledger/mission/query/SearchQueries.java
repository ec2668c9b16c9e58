package org.missionledger.mission.query;

import com.mongodb.client.model.Projections;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bson.Document;
import org.missionledger.mission.api.AlterationView;
import org.missionledger.mission.api.PersonView;
import org.missionledger.mission.api.SearchHitView;
import org.missionledger.mission.api.SearchHitView.Kind;
import org.missionledger.mission.api.SearchResultsView;
import org.missionledger.platform.projection.ProjectionStore;
import org.missionledger.platform.projection.ReadDocuments;
import org.springframework.stereotype.Service;

/**
 * Search across missions (title, statement, body, policy area), targets (wording, geography, measurement basis), people
 * (name and post of everyone ever accountable) and changes (the reason given, the evidence's title, the target's
 * wording): every word asked for must occur in the thing found, in any case and with or without accents.
 *
 * <p>A query over the existing projections, not the event store: one read of every board document without its timeline
 * and one of every alteration document per search, matched in memory. So a search costs time linear in the ledger's
 * missions and alterations (on the embedded server, a few milliseconds for the demo ledger and tens at the read-side
 * benchmark's 100 missions); a ledger of many thousands of missions would want a term index projection (or a MongoDB
 * text index) in front of the same matching.
 */
@Service
public class SearchQueries {

    /** Words shorter than this are ignored (but a query of only short words still matches them). */
    static final int MIN_TERM = 2;

    /** Around the first match, how much context a hit shows. */
    static final int CONTEXT = 160;

    private final ProjectionStore store;
    private final PeopleQueries people;

    public SearchQueries(ProjectionStore liveProjectionStore, PeopleQueries people) {
        this.store = liveProjectionStore;
        this.people = people;
    }

    /** The words of a query, normalised: lower case, accents removed, split on anything but letters and digits. */
    public static List<String> terms(String query) {
        if (query == null) {
            return List.of();
        }
        List<String> all = Arrays.stream(normalise(query).split("[^\\p{L}\\p{N}]+"))
                .filter(t -> !t.isEmpty())
                .distinct()
                .toList();
        List<String> longer = all.stream().filter(t -> t.length() >= MIN_TERM).toList();
        return longer.isEmpty() ? all : longer;
    }

    /** Hits of every kind for {@code query}, at most {@code limit} of each kind (with the count of all). */
    public SearchResultsView search(String query, int limit) {
        List<String> terms = terms(query);
        Map<Kind, List<SearchHitView>> hits = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            hits.put(kind, new ArrayList<>());
        }
        if (!terms.isEmpty()) {
            missionsAndTargets(terms, hits);
            people(terms, hits.get(Kind.PERSON));
            changes(terms, hits.get(Kind.CHANGE));
        }
        Map<Kind, Integer> counts = new LinkedHashMap<>();
        List<SearchHitView> shown = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            List<SearchHitView> found = hits.get(kind);
            counts.put(kind, found.size());
            shown.addAll(found.subList(0, Math.min(limit, found.size())));
        }
        return new SearchResultsView(query == null ? "" : query.strip(), terms, counts, shown);
    }

    private void missionsAndTargets(List<String> terms, Map<Kind, List<SearchHitView>> hits) {
        List<SearchHitView> missions = new ArrayList<>();
        List<SearchHitView> targets = new ArrayList<>();
        for (Document document : store.collection(MissionBoardProjector.BOARD)
                .find()
                .projection(Projections.exclude("timeline", "tenures"))) {
            MissionBoardDocument doc = ReadDocuments.fromDocument(document, MissionBoardDocument.class);
            if (!doc.declared) {
                continue;
            }
            String context = match(
                    terms,
                    field(null, doc.title),
                    field(null, doc.statement),
                    field("Body", doc.body == null ? null : doc.body.name()),
                    field("Policy area", doc.policyArea));
            if (context != null) {
                if (context.equals(doc.title)) {
                    // found in the title, shown as the hit's link: the statement says more
                    context = doc.body == null
                            ? shorten(doc.statement == null ? "" : doc.statement, CONTEXT)
                            : doc.body.name() + ": " + shorten(doc.statement == null ? "" : doc.statement, CONTEXT);
                }
                missions.add(new SearchHitView(
                        Kind.MISSION,
                        doc.title,
                        context,
                        "/missions/" + doc.missionId,
                        "/api/missions/" + doc.missionId,
                        doc.missionId,
                        doc.declaredOn,
                        List.of()));
            }
            for (MissionBoardDocument.TargetEntry target : doc.targets) {
                if (target.terms == null) {
                    continue;
                }
                String found = match(
                        terms,
                        field(null, target.terms.wording()),
                        field("Where", target.terms.geography()),
                        field("Measured", target.terms.measurementBasis()),
                        field("Mission", doc.title));
                if (found != null && !onlyIn(terms, "Mission", doc.title, target)) {
                    targets.add(new SearchHitView(
                            Kind.TARGET,
                            target.terms.wording(),
                            found.startsWith("Mission: ") || found.equals(target.terms.wording())
                                    ? "Target of " + doc.title
                                    : found,
                            "/missions/" + doc.missionId + "/targets/" + target.targetId,
                            "/api/missions/" + doc.missionId + "/targets/" + target.targetId + "/status",
                            doc.missionId,
                            target.setOn,
                            List.of()));
                }
            }
        }
        missions.sort(Comparator.comparing((SearchHitView h) -> !titleMatches(terms, h.title()))
                .thenComparing(SearchHitView::title));
        targets.sort(Comparator.comparing((SearchHitView h) -> !titleMatches(terms, h.title()))
                .thenComparing(SearchHitView::title));
        hits.get(Kind.MISSION).addAll(missions);
        hits.get(Kind.TARGET).addAll(targets);
    }

    /** A target matched only because its mission's title did: the mission hit covers it. */
    private static boolean onlyIn(
            List<String> terms, String label, String missionTitle, MissionBoardDocument.TargetEntry target) {
        return match(
                        terms,
                        field(null, target.terms.wording()),
                        field("Where", target.terms.geography()),
                        field("Measured", target.terms.measurementBasis()))
                == null;
    }

    private void people(List<String> terms, List<SearchHitView> hits) {
        for (PersonView.Summary person : people.people()) {
            String context =
                    match(terms, field(null, person.name()), field("Posts", String.join("; ", person.posts())));
            if (context != null) {
                hits.add(new SearchHitView(
                        Kind.PERSON,
                        person.name(),
                        person.posts().isEmpty()
                                ? count(person.tenures())
                                : String.join("; ", person.posts()) + " — " + count(person.tenures()),
                        "/people/" + person.personId(),
                        "/api/people/" + person.personId(),
                        null,
                        null,
                        List.of()));
            }
        }
    }

    private static String count(int tenures) {
        return tenures == 1 ? "1 tenure" : tenures + " tenures";
    }

    private void changes(List<String> terms, List<SearchHitView> hits) {
        List<AlterationView> found = new ArrayList<>();
        Map<Long, String> contexts = new LinkedHashMap<>();
        for (Document document : store.collection(AlterationsProjector.ALTERATIONS)
                .find()
                .projection(Projections.exclude("corrections"))) {
            if (!(document.get("_id") instanceof Number)) {
                continue;
            }
            AlterationDocument doc = ReadDocuments.fromDocument(document, AlterationDocument.class);
            AlterationView a = doc.view();
            String context = match(
                    terms,
                    field("Reason given", a.reason()),
                    field("Evidence", a.source() == null ? null : a.source().title()),
                    field("Target", a.targetWording()),
                    field("Mission", a.missionTitle()),
                    field("Body", a.bodyName()));
            if (context != null) {
                found.add(a);
                contexts.put(a.number(), context);
            }
        }
        found.sort(Comparator.comparingLong(AlterationView::number).reversed());
        for (AlterationView a : found) {
            hits.add(new SearchHitView(
                    Kind.CHANGE,
                    headline(a),
                    contexts.get(a.number()),
                    "/changes/" + a.number(),
                    "/api/changes/" + a.number(),
                    a.missionId(),
                    a.effectiveDate(),
                    a.kinds().stream().map(Enum::name).toList()));
        }
    }

    private static String headline(AlterationView a) {
        String kinds = String.join(
                ", ",
                a.kinds().stream()
                        .map(k -> k.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                        .toList());
        String what = a.targetWording() != null
                ? "target “" + shorten(a.targetWording(), 80) + "”"
                : a.missionTitle() != null ? "mission “" + a.missionTitle() + "”" : "indicator " + a.indicatorId();
        return "Change " + a.number() + ": " + what + " " + kinds;
    }

    // ------------------------------------------------------------------------------------------------ matching

    /** A labelled text to search in. */
    record Field(String label, String text, String normalised) {}

    static Field field(String label, String text) {
        return new Field(label, text, text == null ? "" : normalise(text));
    }

    /**
     * Whether every term occurs in the fields together; if so, the context to show: the first field holding a term,
     * shortened around it and labelled ("Reason given: …"); null when some term is missing.
     */
    static String match(List<String> terms, Field... fields) {
        for (String term : terms) {
            boolean found = false;
            for (Field f : fields) {
                if (f.normalised().contains(term)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return null;
            }
        }
        for (Field f : fields) {
            for (String term : terms) {
                int at = f.normalised().indexOf(term);
                if (at >= 0) {
                    String around = around(f.text(), at);
                    return f.label() == null ? around : f.label() + ": " + around;
                }
            }
        }
        return null;
    }

    private static boolean titleMatches(List<String> terms, String title) {
        String t = normalise(title == null ? "" : title);
        return terms.stream().allMatch(t::contains);
    }

    /** Text around position {@code at}, at most {@link #CONTEXT} characters, cut at words, with ellipses. */
    static String around(String text, int at) {
        if (text.length() <= CONTEXT) {
            return text;
        }
        int start = Math.max(0, at - CONTEXT / 3);
        if (start > 0) {
            int space = text.indexOf(' ', start);
            start = space < 0 || space > at ? start : space + 1;
        }
        int end = Math.min(text.length(), start + CONTEXT);
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            end = space > at ? space : end;
        }
        return (start > 0 ? "…" : "") + text.substring(start, end).strip() + (end < text.length() ? "…" : "");
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : around(text, 0);
    }

    /**
     * Lower case without accents; the length may differ from the original only where characters decompose, so
     * positions are approximate for accented text.
     */
    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
    }
}
