package org.missionledger.exchange.opendata;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.missionledger.common.api.FeatureApi;
import org.missionledger.common.api.Source;
import org.missionledger.common.query.ResourceNotFoundException;
import org.missionledger.exchange.api.ImportProblem;
import org.missionledger.exchange.api.ImportReport;
import org.missionledger.exchange.api.ImportReport.Outcome;
import org.missionledger.exchange.command.OpenDataRecorder;
import org.missionledger.exchange.command.OpenDataRecorder.Plan;
import org.missionledger.exchange.command.OpenDataRecorder.Step;
import org.missionledger.exchange.format.EntryKind;
import org.missionledger.exchange.format.ImportInput;
import org.missionledger.exchange.popolo.PopoloIds;
import org.missionledger.exchange.sdg.SdgCsv;
import org.missionledger.exchange.sdg.SdgPublication;
import org.missionledger.indicator.api.IndicatorView;
import org.missionledger.indicator.api.ReadingView;
import org.missionledger.indicator.api.RecordReading;
import org.missionledger.indicator.api.ReviseReading;
import org.missionledger.indicator.query.IndicatorQueries;
import org.missionledger.mission.api.AccountableRole;
import org.missionledger.mission.api.AssignAccountability;
import org.missionledger.mission.api.EndAccountability;
import org.missionledger.mission.api.Holder;
import org.missionledger.mission.api.MissionRefusal;
import org.missionledger.mission.api.RoleKind;
import org.missionledger.mission.api.TenureView;
import org.missionledger.mission.query.AccountabilityQueries;
import org.springframework.stereotype.Service;

/**
 * Imports the open-data formats of the field — Popolo memberships as tenures, an Open SDG indicator file's headline
 * series as readings — the way every import works: the whole file is read and turned into the commands a recorder would
 * send (planned against what the views say the ledger holds); the {@link OpenDataRecorder} checks each with the
 * commands' validation and all by a dry run against the real aggregates, and records only a file without a single
 * problem, as the importing actor. What the ledger already holds is not recorded again: a tenure
 * already recorded the same way, a year already recorded with the same value. A year recorded with another value
 * becomes a revision (a new vintage), never an overwrite.
 */
@Service
@FeatureApi("importing Popolo and SDG files, for the command line")
public class OpenDataImporter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final OpenDataRecorder recorder;
    private final AccountabilityQueries accountability;
    private final IndicatorQueries indicators;

    public OpenDataImporter(
            OpenDataRecorder recorder, AccountabilityQueries accountability, IndicatorQueries indicators) {
        this.recorder = recorder;
        this.accountability = accountability;
        this.indicators = indicators;
    }

    // ------------------------------------------------------------------------------------------------- Popolo

    /**
     * Imports a Popolo file's memberships as tenures: each becomes an {@code AssignAccountability} (and an {@code
     * EndAccountability} when it has an {@code end_date}) for the mission and target its post names ({@link
     * PopoloIds}).
     *
     * @param actor who records (null: the current actor)
     */
    public ImportReport importPopolo(ImportInput input, String actor, boolean checkOnly) {
        Plan plan = new Plan();
        JsonNode document;
        try (InputStream in = input.open()) {
            document = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            plan.problems.add(new ImportProblem(
                    e.getLocation() == null ? null : e.getLocation().getLineNr(),
                    "$",
                    "syntax",
                    "not well-formed JSON: " + e.getOriginalMessage()));
            return recorder.report(input, actor, Outcome.REFUSED, plan, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + input.name(), e);
        }
        if (document == null
                || !document.isObject()
                || !document.path("memberships").isArray()) {
            plan.problems.add(new ImportProblem(
                    1, "$", "format", "a Popolo file is a JSON object with 'memberships' (and 'persons', 'posts')"));
            return recorder.report(input, actor, Outcome.REFUSED, plan, 0);
        }
        Map<String, JsonNode> persons = byId(document.path("persons"));
        Map<String, JsonNode> posts = byId(document.path("posts"));
        Map<String, Map<String, TenureView>> rosters = new HashMap<>();
        Set<String> seen = new HashSet<>();
        JsonNode memberships = document.get("memberships");
        for (int i = 0; i < memberships.size(); i++) {
            plan.records++;
            membership(memberships.get(i), "$.memberships[" + i + "]", persons, posts, rosters, seen, plan);
        }
        return recorder.checkAndRecord(input, actor, checkOnly, plan);
    }

    private void membership(
            JsonNode m,
            String path,
            Map<String, JsonNode> persons,
            Map<String, JsonNode> posts,
            Map<String, Map<String, TenureView>> rosters,
            Set<String> seen,
            Plan plan) {
        List<ImportProblem> problems = plan.problems;
        String id = text(m, "id");
        String postId = text(m, "post_id");
        String personId = text(m, "person_id");
        if (id == null || postId == null || personId == null) {
            problems.add(problem(path, "invalid", "a membership needs 'id', 'person_id' and 'post_id'"));
            return;
        }
        JsonNode post = posts.get(postId);
        if (post == null) {
            problems.add(problem(path + ".post_id", "reference", "no post '" + postId + "' in 'posts'"));
            return;
        }
        Optional<PopoloIds.PostScope> scope = PopoloIds.scopeOfPost(postId);
        if (scope.isEmpty()) {
            problems.add(problem(
                    path + ".post_id",
                    "reference",
                    "the post '" + postId + "' does not name a mission: post ids are <missionId>#<role> or "
                            + "<missionId>/<targetId>#<role> (docs/open-data.md)"));
            return;
        }
        String missionId = scope.get().missionId();
        String targetId = scope.get().targetId();
        Optional<String> membershipMission = PopoloIds.missionOfMembership(id);
        if (membershipMission.isPresent() && !membershipMission.get().equals(missionId)) {
            problems.add(problem(
                    path + ".id",
                    "reference",
                    "the membership '" + id + "' names the mission '" + membershipMission.get() + "' but its post is "
                            + "for '" + missionId + "'"));
            return;
        }
        String tenureId = PopoloIds.tenureOfMembership(id);
        if (!seen.add(missionId + "/" + tenureId)) {
            problems.add(problem(path + ".id", "duplicate", "the tenure '" + id + "' is given twice"));
            return;
        }
        JsonNode person = persons.get(personId);
        String name = person == null ? null : text(person, "name");
        if (name == null) {
            problems.add(problem(path + ".person_id", "reference", "no person '" + personId + "' with a name"));
            return;
        }
        String postRole = text(post, "role");
        Optional<RoleKind> kind = PopoloIds.roleKind(postRole);
        String title = text(m, "role");
        if (kind.isEmpty() && postRole == null && title == null) {
            problems.add(problem(path, "invalid", "the post '" + postId + "' has no 'role'"));
            return;
        }
        AccountableRole role =
                new AccountableRole(kind.orElse(RoleKind.OTHER), kind.isPresent() ? title : or(title, postRole));
        Holder holder = new Holder(name, text(m, "label"));
        LocalDate start = date(m, "start_date", path, problems, true);
        LocalDate end = date(m, "end_date", path, problems, false);
        JsonNode sources = m.path("sources");
        if (!sources.isArray() || sources.isEmpty()) {
            problems.add(problem(path + ".sources", "invalid", "a membership needs its evidence in 'sources'"));
            return;
        }
        Source startSource = source(sources.get(0), path + ".sources[0]", problems);
        int last = sources.size() - 1;
        Source endSource =
                last == 0 ? startSource : source(sources.get(last), path + ".sources[" + last + "]", problems);
        if (start == null || startSource == null || endSource == null) {
            return;
        }
        String endReason = or(text(m, "end_reason"), "The tenure ended on " + end + ", as its source records.");
        plan.entries += end == null ? 1 : 2;

        TenureView recorded = rosters.computeIfAbsent(missionId, this::roster).get(tenureId);
        AssignAccountability assign =
                new AssignAccountability(missionId, tenureId, targetId, role, holder, start, startSource);
        EndAccountability ending =
                end == null ? null : new EndAccountability(missionId, tenureId, end, endReason, endSource);
        if (recorded == null) {
            plan.steps.add(new Step(EntryKind.ASSIGN, missionId, path, null, assign));
            if (ending != null) {
                plan.steps.add(new Step(EntryKind.END, missionId, path + ".end_date", null, ending));
            }
            return;
        }
        boolean same = recorded.holder().equals(holder)
                && recorded.role().equals(role)
                && Objects.equals(recorded.targetId(), targetId)
                && recorded.effectiveFrom().equals(start);
        if (!same) {
            problems.add(problem(
                    path,
                    "conflict",
                    "the tenure '" + tenureId + "' of '" + missionId + "' is recorded with other content ("
                            + recorded.holder().name() + ", " + recorded.role().kind() + ", from "
                            + recorded.effectiveFrom() + "); the ledger never rewrites what it recorded — record a "
                            + "correction or a reassignment instead"));
            return;
        }
        plan.alreadyRecorded++;
        if (end == null) {
            if (recorded.effectiveTo() != null) {
                problems.add(problem(
                        path,
                        "conflict",
                        "the tenure '" + tenureId + "' is recorded as ended on " + recorded.effectiveTo()
                                + "; the file gives no end_date"));
            }
        } else if (recorded.effectiveTo() == null) {
            plan.steps.add(new Step(EntryKind.END, missionId, path + ".end_date", null, ending));
        } else if (recorded.effectiveTo().equals(end)) {
            plan.alreadyRecorded++;
        } else {
            problems.add(problem(
                    path + ".end_date",
                    "conflict",
                    "the tenure '" + tenureId + "' is recorded as ended on " + recorded.effectiveTo() + ", not " + end
                            + "; record a correction instead"));
        }
    }

    private Map<String, TenureView> roster(String missionId) {
        Map<String, TenureView> tenures = new HashMap<>();
        try {
            accountability.rosterView(missionId, null).tenures().forEach(t -> tenures.put(t.tenureId(), t));
        } catch (ResourceNotFoundException unknown) {
            // the dry run refuses tenures of a mission that does not exist
        }
        return tenures;
    }

    private static Map<String, JsonNode> byId(JsonNode list) {
        Map<String, JsonNode> byId = new HashMap<>();
        if (list.isArray()) {
            for (JsonNode item : list) {
                String id = text(item, "id");
                if (id != null) {
                    byId.put(id, item);
                }
            }
        }
        return byId;
    }

    /** A Popolo link as a source: {@code url}, {@code note} (the title), {@code publisher}, {@code published_on}. */
    private static Source source(JsonNode link, String path, List<ImportProblem> problems) {
        String url = text(link, "url");
        String title = text(link, "note");
        String publisher = text(link, "publisher");
        if (url == null || title == null || publisher == null) {
            problems.add(problem(
                    path,
                    "invalid",
                    "a source needs 'url', 'note' (its title) and 'publisher' (the ledger records who published the "
                            + "evidence)"));
            return null;
        }
        LocalDate publishedOn = date(link, "published_on", path, problems, false);
        return new Source(title, publisher, url, publishedOn, null);
    }

    private static LocalDate date(
            JsonNode node, String field, String path, List<ImportProblem> problems, boolean required) {
        String text = text(node, field);
        if (text == null) {
            if (required) {
                problems.add(problem(path + "." + field, "invalid", "'" + field + "' is required"));
            }
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(problem(
                    path + "." + field,
                    "invalid",
                    "'" + text + "' is not a full date (yyyy-mm-dd); the ledger records tenures to the day"));
            return null;
        }
    }

    // ----------------------------------------------------------------------------------------------- Open SDG

    /**
     * Imports the headline series of an Open SDG indicator file as readings of {@code publication.indicatorId()}:
     * a year not yet recorded becomes a {@code RecordReading}; a year recorded with another value a {@code
     * ReviseReading} (a new vintage); a year recorded with the same value nothing.
     */
    public ImportReport importSdg(ImportInput input, SdgPublication publication, String actor, boolean checkOnly) {
        Plan plan = new Plan();
        String id = publication.indicatorId();
        LocalDate publishedOn = publication.effectivePublishedOn();
        if (id == null) {
            plan.problems.add(problem("indicator", "invalid", "say which indicator the file is (--indicator)"));
        }
        if (publication.source() == null) {
            plan.problems.add(problem(
                    "source", "invalid", "give the publication (--source-title, --source-publisher, --source-url)"));
        }
        if (publishedOn == null) {
            plan.problems.add(problem("publishedOn", "invalid", "say when the values were published (--published-on)"));
        }
        SdgCsv.Headline headline;
        try (InputStream in = input.open()) {
            headline = SdgCsv.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + input.name(), e);
        } catch (RuntimeException e) {
            plan.problems.add(problem("$", "syntax", "not a well-formed CSV file: " + e.getMessage()));
            return recorder.report(input, actor, Outcome.REFUSED, plan, 0);
        }
        plan.problems.addAll(headline.problems());
        plan.records = headline.allRows();
        if (!plan.problems.isEmpty()) {
            return recorder.report(input, actor, Outcome.REFUSED, plan, 0);
        }
        IndicatorView indicator;
        try {
            indicator = indicators.indicator(id);
        } catch (ResourceNotFoundException e) {
            plan.problems.add(problem(
                    "indicator",
                    "refused:" + MissionRefusal.UNKNOWN_INDICATOR.slug(),
                    "no indicator '" + id + "' is defined; define it first"));
            return recorder.report(input, actor, Outcome.REFUSED, plan, 0);
        }
        List<SdgCsv.HeadlineRow> rows = headline.rows();
        rows = select(
                rows, publication.units(), indicator.unit(), SdgCsv.UNITS, "--units", SdgCsv.HeadlineRow::units, plan);
        rows = select(
                rows,
                publication.series(),
                indicator.seriesCode(),
                SdgCsv.SERIES,
                "--series",
                SdgCsv.HeadlineRow::series,
                plan);
        if (rows == null) {
            return recorder.report(input, actor, Outcome.REFUSED, plan, 0);
        }
        if (rows.isEmpty()) {
            plan.problems.add(problem("$", "invalid", "the file has no headline row with a value"));
            return recorder.report(input, actor, Outcome.REFUSED, plan, 0);
        }
        Map<String, ReadingView> recorded = new HashMap<>();
        for (ReadingView reading : indicators.readings(id, null).readings()) {
            recorded.put(reading.period(), reading);
        }
        Map<String, Integer> years = new HashMap<>();
        String reason = or(
                publication.reason(),
                "Revised by " + publication.source().publisher() + " in '"
                        + publication.source().title() + "'.");
        for (SdgCsv.HeadlineRow row : rows) {
            plan.entries++;
            Integer earlier = years.putIfAbsent(row.year(), row.line());
            if (earlier != null) {
                plan.problems.add(new ImportProblem(
                        row.line(),
                        SdgCsv.YEAR,
                        "duplicate",
                        "the headline value of " + row.year() + " is already given on line " + earlier));
                continue;
            }
            ReadingView reading = recorded.get(row.year());
            if (reading == null) {
                plan.steps.add(new Step(
                        EntryKind.READING,
                        id,
                        SdgCsv.VALUE,
                        row.line(),
                        new RecordReading(
                                id,
                                row.year(),
                                row.value(),
                                publishedOn,
                                publication.vintage(),
                                publication.source())));
            } else if (!reading.withdrawn() && reading.value() != null && same(reading.value(), row.value())) {
                plan.alreadyRecorded++;
            } else {
                plan.steps.add(new Step(
                        EntryKind.READING_REVISION,
                        id,
                        SdgCsv.VALUE,
                        row.line(),
                        new ReviseReading(
                                id,
                                row.year(),
                                row.value(),
                                publishedOn,
                                publication.vintage(),
                                reason,
                                publication.source())));
            }
        }
        return recorder.checkAndRecord(input, actor, checkOnly, plan);
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) == 0;
    }

    /**
     * Keeps the rows of one {@code Units} (or {@code Series}): the one asked for; else the only one in the file; else
     * the indicator's own. Null (with a problem) when the file has several and none can be chosen.
     */
    private static List<SdgCsv.HeadlineRow> select(
            List<SdgCsv.HeadlineRow> rows,
            String asked,
            String indicators,
            String column,
            String option,
            java.util.function.Function<SdgCsv.HeadlineRow, String> cell,
            Plan plan) {
        if (rows == null) {
            return null;
        }
        Set<String> values = new TreeSet<>();
        rows.forEach(r -> values.add(Objects.toString(cell.apply(r), "")));
        String chosen;
        if (asked != null) {
            chosen = asked;
        } else if (values.size() <= 1) {
            return rows;
        } else if (indicators != null && values.contains(indicators)) {
            chosen = indicators;
        } else {
            plan.problems.add(problem(
                    column,
                    "invalid",
                    "the headline rows have several " + column + " (" + String.join(", ", values)
                            + "); choose one with " + option));
            return null;
        }
        List<SdgCsv.HeadlineRow> kept = new ArrayList<>();
        for (SdgCsv.HeadlineRow row : rows) {
            if (chosen.equals(Objects.toString(cell.apply(row), ""))) {
                kept.add(row);
            }
        }
        return kept;
    }

    private static ImportProblem problem(String path, String code, String message) {
        return new ImportProblem(null, path, code, message);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null
                        || value.isNull()
                        || !value.isValueNode()
                        || value.asText().isBlank()
                ? null
                : value.asText();
    }

    private static <T> T or(T first, T second) {
        return first != null ? first : second;
    }
}
