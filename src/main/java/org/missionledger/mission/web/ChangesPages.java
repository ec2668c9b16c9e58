package org.missionledger.mission.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.missionledger.common.api.AlterationKind;
import org.missionledger.mission.api.AlterationView;
import org.missionledger.mission.api.GovernmentLevel;
import org.missionledger.mission.api.MissionView;
import org.missionledger.mission.query.AlterationQueries;
import org.missionledger.mission.query.AlterationsProjector;
import org.missionledger.mission.query.BodyFilter;
import org.missionledger.mission.query.ChangesFilter;
import org.missionledger.mission.query.MissionBoardProjector;
import org.missionledger.mission.query.MissionQueries;
import org.missionledger.mission.query.Page;
import org.missionledger.platform.pages.Breadcrumb;
import org.missionledger.platform.pages.Form;
import org.missionledger.platform.pages.PageContext;
import org.missionledger.platform.pages.PageContexts;
import org.missionledger.platform.pages.PageController;
import org.missionledger.platform.pages.PageNotFound;
import org.missionledger.platform.pages.Pagination;
import org.missionledger.platform.projection.ProjectionMonitor;
import org.missionledger.platform.projection.ReadModelStatus;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The alterations log as pages: the list with its filters (and the matching Atom feed), and one change in full. */
@PageController
class ChangesPages {

    static final int PAGE_SIZE = 25;
    static final Map<String, String> FILTERS = Form.labels(
            "body",
            "Body",
            "jurisdiction",
            "Country or jurisdiction",
            "level",
            "Level of government",
            "mission",
            "Mission",
            "from",
            "Took effect from",
            "to",
            "Took effect up to");
    /** The kinds journalists ask for first, then the rest. */
    static final List<AlterationKind> KINDS = List.of(
            AlterationKind.DROPPED,
            AlterationKind.WEAKENED,
            AlterationKind.POSTPONED,
            AlterationKind.METRIC_CHANGED,
            AlterationKind.REWORDED,
            AlterationKind.RESCOPED,
            AlterationKind.REBASED,
            AlterationKind.SUPERSEDED,
            AlterationKind.STRENGTHENED,
            AlterationKind.BROUGHT_FORWARD,
            AlterationKind.REINSTATED,
            AlterationKind.ACHIEVED);

    private final AlterationQueries alterations;
    private final MissionQueries missions;
    private final ProjectionMonitor monitor;
    private final PageContexts pages;

    private final org.missionledger.source.web.SourceAlerts sourceAlerts;
    private final org.missionledger.indicator.query.IndicatorQueries indicators;

    ChangesPages(
            AlterationQueries alterations,
            MissionQueries missions,
            ProjectionMonitor monitor,
            PageContexts pages,
            org.missionledger.source.web.SourceAlerts sourceAlerts,
            org.missionledger.indicator.query.IndicatorQueries indicators) {
        this.indicators = indicators;
        this.alterations = alterations;
        this.missions = missions;
        this.monitor = monitor;
        this.pages = pages;
        this.sourceAlerts = sourceAlerts;
    }

    @GetMapping("/changes")
    String changes(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request, Model model) {
        ReadModelStatus data = monitor.readModel(AlterationsProjector.NAME, MissionBoardProjector.NAME);
        Form filters = Form.of(params.toSingleValueMap(), FILTERS);
        Set<AlterationKind> kinds = kinds(params.get("kind"), filters);
        LocalDate from = filters.date("from");
        LocalDate to = filters.date("to");
        if (from != null && to != null && to.isBefore(from)) {
            filters.reject("to", "must be on or after the first date");
        }
        String body = filters.text("body");
        String missionId = filters.text("mission");
        BodyFilter where = new BodyFilter(filters.text("jurisdiction"), filters.choice("level", GovernmentLevel.class));
        int page = MissionPages.page(params.getFirst("page"));

        Page<AlterationView> result = new Page<>(List.of(), page, PAGE_SIZE, 0);
        if (!filters.hasErrors()) {
            ChangesFilter filter =
                    new ChangesFilter(kinds, body, missionId, null, from, to).withBodies(missions.bodyIds(where));
            result = alterations.changes(filter, page, PAGE_SIZE);
        }
        List<MissionView> all = missions.all(null, false);
        Map<String, String> bodies = new TreeMap<>();
        all.forEach(m -> bodies.put(m.body().id(), m.body().name()));
        model.addAttribute(
                "jurisdictions",
                Jurisdictions.options(all.stream().map(MissionView::body).toList()));
        model.addAttribute("levels", Form.options(GovernmentLevel.class));
        String missionTitle = missionId == null
                ? null
                : all.stream()
                        .filter(m -> m.missionId().equals(missionId))
                        .map(MissionView::title)
                        .findFirst()
                        .orElse(missionId);

        String title = filters.hasErrors() ? "Error: Changes" : "Changes";
        PageContext context = pages.of(request, "Changes", data, new Breadcrumb("Changes", null))
                .withTitle(title);
        model.addAttribute("page", context);
        model.addAttribute("filters", filters);
        model.addAttribute("kinds", KINDS);
        model.addAttribute("selectedKinds", kinds);
        model.addAttribute(
                "bodies",
                bodies.entrySet().stream()
                        .sorted(Map.Entry.comparingByValue())
                        .map(e -> new Form.Option(e.getKey(), e.getValue()))
                        .toList());
        model.addAttribute("missionTitle", missionTitle);
        model.addAttribute("changes", result.items());
        model.addAttribute("sourceAlerts", page == 1 ? sourceAlerts.openFor(body, missionId) : List.of());
        model.addAttribute("total", result.totalItems());
        Map<String, List<String>> query = new LinkedHashMap<>();
        query.put("kind", kinds.stream().map(Enum::name).toList());
        FILTERS.keySet().forEach(f -> query.put(f, List.of(filters.value(f))));
        model.addAttribute("pagination", Pagination.of(page, PAGE_SIZE, result.totalItems(), "/changes", query));
        model.addAttribute("feed", feed("/api/changes.atom", kinds, body, missionId, where));
        model.addAttribute("csv", feed("/api/changes.csv", kinds, body, missionId, where));
        return "pages/changes/index";
    }

    @GetMapping("/changes/{number}")
    String change(@PathVariable String number, HttpServletRequest request, Model model) {
        long n;
        try {
            n = Long.parseLong(number);
        } catch (NumberFormatException e) {
            throw new PageNotFound("There is no change '" + number + "': changes are numbered from 1.");
        }
        ReadModelStatus data = monitor.readModel(AlterationsProjector.NAME);
        AlterationView change = alterations.alteration(n);
        String title = "Change " + n + ": " + Tags.changeTitle(change);
        model.addAttribute(
                "page",
                pages.of(
                        request,
                        title,
                        data,
                        new Breadcrumb("Changes", "/changes"),
                        new Breadcrumb("Change " + n, null)));
        model.addAttribute("change", change);
        model.addAttribute(
                "indicatorNames",
                change.indicatorId() == null ? Map.of() : indicators.names(List.of(change.indicatorId())));
        return "pages/changes/change";
    }

    /** The kinds asked for ({@code kind=DROPPED&kind=WEAKENED} or {@code kind=DROPPED,WEAKENED}); unknown ones are an error. */
    static Set<AlterationKind> kinds(List<String> values, Form form) {
        Set<AlterationKind> kinds = EnumSet.noneOf(AlterationKind.class);
        List<String> unknown = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                for (String part : value.split(",")) {
                    String text = part.strip();
                    if (text.isEmpty()) {
                        continue;
                    }
                    try {
                        kinds.add(AlterationKind.valueOf(text.toUpperCase(Locale.ROOT)));
                    } catch (IllegalArgumentException e) {
                        unknown.add(text);
                    }
                }
            }
        }
        if (!unknown.isEmpty()) {
            form.refuse("Unknown kind of change " + unknown + "; choose from the list.");
        }
        return kinds;
    }

    /** The API address of the same list, without the dates (the API filters by kind, body and mission). */
    private static String feed(String path, Set<AlterationKind> kinds, String body, String mission, BodyFilter where) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        if (!kinds.isEmpty()) {
            uri.queryParam("kind", kinds.stream().map(Enum::name).collect(Collectors.joining(",")));
        }
        if (body != null) {
            uri.queryParam("body", body);
        }
        if (mission != null) {
            uri.queryParam("mission", mission);
        }
        if (where.jurisdiction() != null) {
            uri.queryParam("jurisdiction", where.jurisdiction());
        }
        if (where.level() != null) {
            uri.queryParam("level", where.level().name());
        }
        return uri.encode().build().toUriString();
    }
}
