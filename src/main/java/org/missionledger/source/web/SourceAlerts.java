package org.missionledger.source.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.missionledger.common.api.FeatureApi;
import org.missionledger.common.query.ResourceNotFoundException;
import org.missionledger.mission.api.MissionView;
import org.missionledger.mission.api.TargetView;
import org.missionledger.mission.query.MissionQueries;
import org.missionledger.platform.pages.Format;
import org.missionledger.source.api.SourceAlertView;
import org.missionledger.source.query.SourceQueries;
import org.springframework.stereotype.Component;

/**
 * Observed changes of cited pages in words, for the pages and the feed: what cites the page ("target “…” of the
 * mission Safer streets") and the alert's headline ("The page cited for … changed on 10 February 2025; no alteration
 * was recorded.").
 */
@Component
@FeatureApi("the open source alerts the changes pages show")
public class SourceAlerts {

    /** An observed change with what cites the page, named. */
    public record Alert(SourceAlertView view, List<Citing> citing, String headline) {

        /** Where the alert's page lives. */
        public String href() {
            return "/changes/source-alerts/" + view.sourceId() + "/" + view.observation();
        }

        /** Whether any of the records citing the page is this mission. */
        public boolean cites(String missionId) {
            return citing.stream().anyMatch(c -> missionId.equals(c.missionId()));
        }
    }

    /** A record citing the page, named, with the page it has on the ledger. */
    public record Citing(String missionId, String bodyId, String label, String href) {}

    private final SourceQueries sources;
    private final MissionQueries missions;

    public SourceAlerts(SourceQueries sources, MissionQueries missions) {
        this.sources = sources;
        this.missions = missions;
    }

    /** The open alerts (unlogged changes and pages that disappeared), newest first. */
    public List<Alert> open() {
        return named(sources.alerts(true));
    }

    /** The open alerts about pages cited by a mission of {@code bodyId} and by {@code missionId} (null: any). */
    public List<Alert> openFor(String bodyId, String missionId) {
        return open().stream()
                .filter(a -> missionId == null || a.cites(missionId))
                .filter(a -> bodyId == null || a.citing().stream().anyMatch(c -> bodyId.equals(c.bodyId())))
                .toList();
    }

    /** Every observed change, newest first. */
    public List<Alert> all() {
        return named(sources.alerts(false));
    }

    /** One observed change. */
    public Alert one(String sourceId, int observation) {
        return named(List.of(sources.alert(sourceId, observation))).get(0);
    }

    private List<Alert> named(List<SourceAlertView> views) {
        Map<String, Optional<MissionView>> cache = new HashMap<>();
        List<Alert> alerts = new ArrayList<>();
        for (SourceAlertView view : views) {
            List<Citing> citing =
                    view.citedBy().stream().map(c -> citing(c, cache)).toList();
            alerts.add(new Alert(view, citing, headline(view, citing)));
        }
        return alerts;
    }

    private Citing citing(SourceAlertView.CitationView c, Map<String, Optional<MissionView>> cache) {
        if (c.missionId() == null) {
            return new Citing(null, null, "indicator " + c.indicatorId(), "/indicators/" + c.indicatorId());
        }
        Optional<MissionView> mission = cache.computeIfAbsent(c.missionId(), id -> {
            try {
                return Optional.of(missions.mission(id));
            } catch (ResourceNotFoundException e) {
                return Optional.empty();
            }
        });
        String title = mission.map(MissionView::title).orElse(c.missionId());
        String bodyId = mission.map(m -> m.body().id()).orElse(null);
        if (c.targetId() == null) {
            return new Citing(c.missionId(), bodyId, "the mission “" + title + "”", "/missions/" + c.missionId());
        }
        String wording = mission.flatMap(m -> m.targets().stream()
                        .filter(t -> t.targetId().equals(c.targetId()))
                        .findFirst())
                .map(TargetView::terms)
                .map(terms -> terms.wording())
                .orElse(c.targetId());
        return new Citing(
                c.missionId(),
                bodyId,
                "target “" + Format.shorten(wording, 120) + "” of “" + title + "”",
                "/missions/" + c.missionId() + "/targets/" + c.targetId());
    }

    static String headline(SourceAlertView view, List<Citing> citing) {
        String what = citing.isEmpty()
                ? "A cited page"
                : "The page cited for "
                        + citing.stream().map(Citing::label).distinct().collect(Collectors.joining(" and "));
        String when = Format.date(
                view.retrievedAt() == null
                        ? null
                        : view.retrievedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate());
        String happened = view.kind() == SourceAlertView.Kind.GONE
                ? " disappeared (HTTP " + view.httpStatus() + ") by " + when
                : " changed on " + when;
        String recorded =
                switch (view.status()) {
                    case OPEN -> "no alteration was recorded.";
                    case LOGGED -> "ledger events about it were recorded since.";
                    case LINKED -> "linked to change " + view.resolution().changeNumber() + ".";
                    case NOT_MATERIAL -> "marked not material.";
                };
        return what + happened + "; " + recorded;
    }
}
