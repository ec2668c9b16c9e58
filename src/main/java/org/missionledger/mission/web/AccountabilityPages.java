package org.missionledger.mission.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.missionledger.common.query.ResourceNotFoundException;
import org.missionledger.mission.api.AccountabilityView;
import org.missionledger.mission.api.MissionView;
import org.missionledger.mission.api.RosterView;
import org.missionledger.mission.api.TargetView;
import org.missionledger.mission.query.AccountabilityQueries;
import org.missionledger.mission.query.MissionBoardProjector;
import org.missionledger.mission.query.MissionQueries;
import org.missionledger.mission.query.RosterProjector;
import org.missionledger.platform.pages.Breadcrumb;
import org.missionledger.platform.pages.Form;
import org.missionledger.platform.pages.PageContext;
import org.missionledger.platform.pages.PageContexts;
import org.missionledger.platform.pages.PageController;
import org.missionledger.platform.projection.ProjectionMonitor;
import org.missionledger.platform.projection.ReadModelStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** "Who was accountable": the question as a form with its answer, and a mission's roster as a timeline. */
@PageController
class AccountabilityPages {

    static final Map<String, String> QUESTION =
            Form.labels("subject", "Mission or target", "at", "On", "asKnownAt", "As the record stood on (optional)");
    static final Map<String, String> ROSTER = Form.labels("asKnownAt", "As the record stood on");

    private final MissionQueries missions;
    private final AccountabilityQueries accountability;
    private final ProjectionMonitor monitor;
    private final PageContexts pages;
    private final Clock clock;

    AccountabilityPages(
            MissionQueries missions,
            AccountabilityQueries accountability,
            ProjectionMonitor monitor,
            PageContexts pages,
            Clock clock) {
        this.missions = missions;
        this.accountability = accountability;
        this.monitor = monitor;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/accountability")
    String question(@RequestParam Map<String, String> params, HttpServletRequest request, Model model) {
        ReadModelStatus data = monitor.readModel(RosterProjector.NAME, MissionBoardProjector.NAME);
        Form form = Form.of(params, QUESTION);
        if (form.text("subject") == null && form.text("mission") != null) {
            form.set("subject", form.text("mission") + (form.text("target") == null ? "" : "/" + form.text("target")));
        }
        LocalDate today = LocalDate.now(clock);
        List<MissionView> all = missions.all(null, false);
        AccountabilityAnswer answer = null;
        boolean asked = form.text("subject") != null;
        if (asked) {
            LocalDate at = form.date("at");
            Instant asKnownAt = MissionPages.endOfDayOrInstant(form, "asKnownAt");
            String subject = form.text("subject");
            String missionId = subject.contains("/") ? subject.substring(0, subject.indexOf('/')) : subject;
            String targetId = subject.contains("/") ? subject.substring(subject.indexOf('/') + 1) : null;
            MissionView mission = all.stream()
                    .filter(m -> m.missionId().equals(missionId))
                    .findFirst()
                    .orElse(null);
            TargetView target = mission == null || targetId == null
                    ? null
                    : mission.targets().stream()
                            .filter(t -> t.targetId().equals(targetId))
                            .findFirst()
                            .orElse(null);
            if (mission == null || (targetId != null && target == null)) {
                form.reject("subject", "is not recorded in the ledger; choose one from the list");
            }
            if (!form.hasErrors()) {
                LocalDate date = at != null ? at : today;
                form.set("at", date.toString());
                try {
                    AccountabilityView view = accountability.accountability(missionId, date, asKnownAt);
                    answer = AccountabilityAnswer.of(mission, target, view);
                } catch (ResourceNotFoundException e) {
                    form.reject("asKnownAt", "is before the mission was recorded in the ledger");
                }
            }
        }
        String title = "Who was accountable";
        PageContext page = pages.of(request, title, data, new Breadcrumb(title, null));
        if (form.hasErrors()) {
            page = page.withTitle("Error: " + title);
        }
        model.addAttribute("page", page);
        model.addAttribute("form", form);
        model.addAttribute("missions", all);
        model.addAttribute("answer", answer);
        model.addAttribute("today", today);
        return "pages/accountability/question";
    }

    @GetMapping("/missions/{missionId}/roster")
    String roster(
            @PathVariable String missionId,
            @RequestParam Map<String, String> params,
            HttpServletRequest request,
            Model model) {
        ReadModelStatus data = monitor.readModel(RosterProjector.NAME, MissionBoardProjector.NAME);
        MissionView mission = missions.mission(missionId);
        Form form = Form.of(params, ROSTER);
        Instant asKnownAt = MissionPages.endOfDayOrInstant(form, "asKnownAt");
        RosterView roster;
        try {
            roster = accountability.rosterView(missionId, form.hasErrors() ? null : asKnownAt);
        } catch (ResourceNotFoundException e) {
            form.reject("asKnownAt", "is before the mission was recorded in the ledger");
            roster = accountability.rosterView(missionId, null);
            asKnownAt = null;
        }
        LocalDate today = LocalDate.now(clock);
        String title = "Accountability roster";
        PageContext page = pages.of(
                request,
                title + ": " + mission.title(),
                data,
                new Breadcrumb(mission.title(), "/missions/" + missionId),
                new Breadcrumb(title, null));
        if (form.hasErrors()) {
            page = page.withTitle("Error: " + page.title());
        }
        model.addAttribute("page", page);
        model.addAttribute("mission", mission);
        model.addAttribute("form", form);
        model.addAttribute("asKnownAt", form.hasErrors() ? null : asKnownAt);
        model.addAttribute("timeline", RosterTimeline.of(roster.tenures(), today));
        return "pages/accountability/roster";
    }
}
