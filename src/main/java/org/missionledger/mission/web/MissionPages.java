package org.missionledger.mission.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.missionledger.common.query.ResourceNotFoundException;
import org.missionledger.indicator.api.IndicatorView;
import org.missionledger.indicator.api.ReadingSeriesView;
import org.missionledger.indicator.query.IndicatorQueries;
import org.missionledger.indicator.query.IndicatorSeriesProjector;
import org.missionledger.mission.api.AccountableView;
import org.missionledger.mission.api.GovernmentLevel;
import org.missionledger.mission.api.LineageView;
import org.missionledger.mission.api.MissionStatus;
import org.missionledger.mission.api.MissionView;
import org.missionledger.mission.api.ProgressStatus;
import org.missionledger.mission.api.TargetStatus;
import org.missionledger.mission.api.TargetStatusView;
import org.missionledger.mission.api.TargetTerms;
import org.missionledger.mission.api.TargetView;
import org.missionledger.mission.api.TimelineEntryView;
import org.missionledger.mission.query.AlterationQueries;
import org.missionledger.mission.query.AlterationsProjector;
import org.missionledger.mission.query.MissionBoardProjector;
import org.missionledger.mission.query.MissionQueries;
import org.missionledger.mission.query.MissionTimeTravel;
import org.missionledger.mission.query.TargetStatusProjector;
import org.missionledger.platform.pages.Breadcrumb;
import org.missionledger.platform.pages.Form;
import org.missionledger.platform.pages.Format;
import org.missionledger.platform.pages.PageContext;
import org.missionledger.platform.pages.PageContexts;
import org.missionledger.platform.pages.PageController;
import org.missionledger.platform.pages.PageNotFound;
import org.missionledger.platform.pages.Pagination;
import org.missionledger.platform.projection.ProjectionMonitor;
import org.missionledger.platform.projection.ReadModelStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The missions index (the home page), a mission's page (also as it stood on a date: time travel) and a target's page.
 * Each reads the views shaped for it: the board, the target-status view, the indicator series, the alterations log.
 */
@PageController
class MissionPages {

    static final int PAGE_SIZE = 20;
    static final Map<String, String> FILTERS = Form.labels(
            "body",
            "Body",
            "jurisdiction",
            "Country or jurisdiction",
            "level",
            "Level of government",
            "policyArea",
            "Policy area",
            "status",
            "Mission status",
            "progress",
            "Target progress");
    static final Map<String, String> TIME_TRAVEL =
            Form.labels("asOf", "As it stood on", "asKnownAt", "As the record stood on (optional)");

    private final MissionQueries missions;
    private final MissionTimeTravel timeTravel;
    private final AlterationQueries alterations;
    private final IndicatorQueries indicators;
    private final ProjectionMonitor monitor;
    private final PageContexts pages;
    private final Clock clock;

    MissionPages(
            MissionQueries missions,
            MissionTimeTravel timeTravel,
            AlterationQueries alterations,
            IndicatorQueries indicators,
            ProjectionMonitor monitor,
            PageContexts pages,
            Clock clock) {
        this.missions = missions;
        this.timeTravel = timeTravel;
        this.alterations = alterations;
        this.indicators = indicators;
        this.monitor = monitor;
        this.pages = pages;
        this.clock = clock;
    }

    // ------------------------------------------------------------------------------------------ missions index

    @GetMapping("/")
    String index(@RequestParam Map<String, String> params, HttpServletRequest request, Model model) {
        ReadModelStatus data =
                monitor.readModel(MissionBoardProjector.NAME, TargetStatusProjector.NAME, AlterationsProjector.NAME);
        Form filters = Form.of(params, FILTERS);
        MissionStatus status = filters.choice("status", MissionStatus.class);
        ProgressStatus progress = filters.choice("progress", ProgressStatus.class);
        String body = filters.text("body");
        org.missionledger.mission.query.BodyFilter where = new org.missionledger.mission.query.BodyFilter(
                filters.text("jurisdiction"), filters.choice("level", GovernmentLevel.class));
        String policyArea = filters.text("policyArea");
        int page = page(params.get("page"));

        List<MissionView> all = missions.all(null, true);
        Map<String, AlterationQueries.MissionAlterations> altered =
                alterations.ofMissions(all.stream().map(MissionView::missionId).toList());
        List<MissionListItem> items = new ArrayList<>();
        for (MissionView mission : all) {
            boolean matches = (body == null || mission.body().id().equals(body))
                    && where.matches(mission.body())
                    && (policyArea == null || policyArea.equals(mission.policyArea()))
                    && (status == null || mission.status() == status)
                    && (progress == null
                            || mission.targets().stream()
                                    .anyMatch(t ->
                                            t.progress() != null && t.progress().status() == progress));
            if (matches) {
                AlterationQueries.MissionAlterations a = altered.get(mission.missionId());
                items.add(new MissionListItem(
                        mission, progressCounts(mission), a == null ? 0 : a.count(), a == null ? null : a.newest()));
            }
        }
        items.sort(NEWEST_ALTERATION_FIRST);
        int from = Math.min(items.size(), (page - 1) * PAGE_SIZE);
        List<MissionListItem> shown = items.subList(from, Math.min(items.size(), from + PAGE_SIZE));

        Map<String, String> bodies = new TreeMap<>();
        TreeSet<String> areas = new TreeSet<>();
        all.forEach(m -> {
            bodies.put(m.body().id(), m.body().name());
            if (m.policyArea() != null) {
                areas.add(m.policyArea());
            }
        });
        model.addAttribute("page", pages.of(request, "Missions", data));
        model.addAttribute("filters", filters);
        model.addAttribute(
                "bodies",
                bodies.entrySet().stream()
                        .sorted(Map.Entry.comparingByValue())
                        .map(e -> new Form.Option(e.getKey(), e.getValue()))
                        .toList());
        model.addAttribute(
                "policyAreas",
                areas.stream().map(a -> new Form.Option(a, Format.words(a))).toList());
        model.addAttribute(
                "jurisdictions",
                Jurisdictions.options(all.stream().map(MissionView::body).toList()));
        model.addAttribute("levels", Form.options(GovernmentLevel.class));
        model.addAttribute("statuses", Form.options(MissionStatus.class));
        model.addAttribute("progressStatuses", Form.options(ProgressStatus.class));
        model.addAttribute("items", shown);
        model.addAttribute("total", items.size());
        model.addAttribute("missionCount", all.size());
        Map<String, List<String>> query = new LinkedHashMap<>();
        FILTERS.keySet().forEach(f -> query.put(f, List.of(filters.value(f))));
        model.addAttribute("pagination", Pagination.of(page, PAGE_SIZE, items.size(), "/", query));
        return "pages/missions/index";
    }

    /** Missions whose newest alteration took effect last come first; missions never altered last, newest first. */
    static final Comparator<MissionListItem> NEWEST_ALTERATION_FIRST = Comparator.comparing(
                    (MissionListItem item) -> item.newest() == null)
            .thenComparing(
                    item -> item.newest() == null ? null : item.newest().effectiveDate(),
                    Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(item -> item.newest() == null ? 0L : item.newest().number(), Comparator.reverseOrder())
            .thenComparing(item -> item.mission().declaredOn(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(item -> item.mission().missionId());

    /** How many active targets have each progress status, least favourable first. */
    static List<MissionListItem.ProgressCount> progressCounts(MissionView mission) {
        Map<ProgressStatus, Long> counts = new TreeMap<>(Comparator.comparingInt(MissionPages::severity));
        long unassessed = 0;
        for (TargetView target : mission.targets()) {
            if (target.status() != TargetStatus.ACTIVE) {
                continue;
            }
            if (target.progress() == null) {
                unassessed++;
            } else {
                counts.merge(target.progress().status(), 1L, Long::sum);
            }
        }
        List<MissionListItem.ProgressCount> result = new ArrayList<>();
        counts.forEach((status, count) -> result.add(new MissionListItem.ProgressCount(status, count)));
        if (unassessed > 0) {
            result.add(new MissionListItem.ProgressCount(null, unassessed));
        }
        return result;
    }

    /** The order statuses are listed in: what needs attention first. */
    static int severity(ProgressStatus status) {
        return switch (status) {
            case DEADLINE_PASSED -> 0;
            case DETERIORATION -> 1;
            case OUTCOME_NOT_REPORTED -> 2;
            case DATA_OVERDUE -> 3;
            case LIMITED_PROGRESS -> 4;
            case ACCELERATION_NEEDED -> 5;
            case ON_TRACK -> 6;
            case ACHIEVED -> 7;
            case NO_DATA_YET -> 8;
            case UNABLE_TO_ASSESS -> 9;
        };
    }

    // ------------------------------------------------------------------------------------------- mission page

    @GetMapping("/missions/{missionId}")
    String mission(
            @PathVariable String missionId,
            @RequestParam Map<String, String> params,
            HttpServletRequest request,
            Model model) {
        Form travel = Form.of(params, TIME_TRAVEL);
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = travel.date("asOf");
        Instant asKnownAt = endOfDayOrInstant(travel, "asKnownAt");
        if (asOf != null && asOf.isAfter(today)) {
            travel.reject("asOf", "must be today or earlier");
            asOf = null;
        }
        boolean travelling = !travel.hasErrors() && (asOf != null || asKnownAt != null);

        ReadModelStatus boardStatus =
                monitor.readModel(MissionBoardProjector.NAME, TargetStatusProjector.NAME, AlterationsProjector.NAME);
        MissionQueries.MissionWithTimeline current = missions.missionWithTimeline(missionId);
        MissionView mission = current.mission();
        List<TimelineEntryView> timeline = current.timeline();
        ReadModelStatus data = boardStatus;
        if (travelling) {
            LocalDate date = asOf != null ? asOf : today;
            try {
                mission = timeTravel.mission(missionId, date, asKnownAt);
                timeline = TimeTravelTimeline.asItStood(timeline, date, asKnownAt);
                data = ReadModelStatus.fromEvents(monitor.head());
            } catch (ResourceNotFoundException e) {
                travel.reject(
                        "asOf",
                        "is before the mission was declared"
                                + (asKnownAt == null ? "" : " (as the record stood then)"));
                travelling = false;
            }
        }
        LineageView lineage = alterations.lineage(missionId);
        PageContext page = pages.of(request, mission.title(), data, new Breadcrumb(mission.title(), null));
        if (travel.hasErrors()) {
            page = page.withTitle("Error: " + mission.title());
        }
        model.addAttribute("page", page);
        model.addAttribute("mission", mission);
        model.addAttribute("timeline", timeline);
        model.addAttribute("original", OriginalWording.of(timeline));
        model.addAttribute("lineage", lineage);
        model.addAttribute("travel", travel);
        model.addAttribute("travelling", travelling);
        model.addAttribute("asKnownAt", travelling ? asKnownAt : null);
        model.addAttribute("today", today);
        model.addAttribute("indicatorNames", indicators.names(indicatorIds(mission)));
        return "pages/missions/mission";
    }

    static List<String> indicatorIds(MissionView mission) {
        return mission.targets().stream()
                .map(t -> t.terms().indicatorId())
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
    }

    /** A date means the end of that day (UTC), as in the API: "as the record stood on 1 March" includes that day. */
    static Instant endOfDayOrInstant(Form form, String field) {
        String text = form.text(field);
        if (text == null) {
            return null;
        }
        if (text.length() == 10) {
            LocalDate date = form.date(field);
            return date == null
                    ? null
                    : date.plusDays(1)
                            .atStartOfDay(java.time.ZoneOffset.UTC)
                            .toInstant()
                            .minusNanos(1);
        }
        try {
            return Instant.parse(text);
        } catch (java.time.DateTimeException e) {
            form.reject(field, "must be an instant like 2025-03-01T12:00:00Z or a date like 2025-03-01");
            return null;
        }
    }

    // -------------------------------------------------------------------------------------------- target page

    @GetMapping("/missions/{missionId}/targets/{targetId}")
    String target(
            @PathVariable String missionId, @PathVariable String targetId, HttpServletRequest request, Model model) {
        MissionQueries.MissionWithTimeline current = missions.missionWithTimeline(missionId);
        MissionView mission = current.mission();
        TargetView target = mission.targets().stream()
                .filter(t -> t.targetId().equals(targetId))
                .findFirst()
                .orElseThrow(() -> new PageNotFound(
                        "No target '" + targetId + "' is recorded under the mission '" + mission.title() + "'."));
        TargetStatusView status = missions.targetStatus(missionId, targetId);
        String indicatorId = target.terms().indicatorId();
        IndicatorView indicator = null;
        ReadingSeriesView series = null;
        if (indicatorId != null) {
            try {
                indicator = indicators.indicator(indicatorId);
                series = indicators.readings(indicatorId, null);
            } catch (ResourceNotFoundException e) {
                // an indicator named by the target but not (yet) in the series view: the page says so
            }
        }
        List<TimelineEntryView> history = current.timeline().stream()
                .filter(e -> ("target:" + targetId).equals(e.subject()))
                .toList();
        List<AccountableView> holders = mission.accountable().stream()
                .filter(a -> targetId.equals(a.targetId()))
                .toList();
        LineageView.TargetLineage lineage = alterations.lineage(missionId).targets().stream()
                .filter(t -> t.targetId().equals(targetId))
                .findFirst()
                .orElse(null);
        ReadModelStatus data = monitor.readModel(
                MissionBoardProjector.NAME,
                TargetStatusProjector.NAME,
                IndicatorSeriesProjector.NAME,
                AlterationsProjector.NAME);
        String title = Format.shorten(target.terms().wording(), 80);
        model.addAttribute(
                "page",
                pages.of(
                        request,
                        title,
                        data,
                        new Breadcrumb(mission.title(), "/missions/" + missionId),
                        new Breadcrumb("Target", null)));
        model.addAttribute("mission", mission);
        model.addAttribute("target", target);
        model.addAttribute("status", status);
        model.addAttribute("indicator", indicator);
        TargetTerms originalTerms =
                OriginalTarget.originalTerms(target.terms(), alterations.ofMission(missionId), targetId);
        OriginalTarget original = originalTerms == null
                ? null
                : new OriginalTarget(
                        originalTerms,
                        missions.assess(originalTerms),
                        OriginalTarget.differences(originalTerms, target.terms()));
        model.addAttribute("chart", TargetChart.of(target.terms(), series, originalTerms));
        model.addAttribute("original", original);
        model.addAttribute(
                "indicatorNames", indicator == null ? Map.of() : Map.of(indicator.indicatorId(), indicator.name()));
        model.addAttribute("history", history);
        model.addAttribute("originalWording", OriginalWording.of(history).wording());
        model.addAttribute("holders", holders);
        model.addAttribute("lineage", lineage);
        model.addAttribute(
                "targetIds",
                mission.targets().stream().map(TargetView::targetId).toList());
        return "pages/missions/target";
    }

    static int page(String value) {
        try {
            return value == null ? 1 : Math.max(1, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
