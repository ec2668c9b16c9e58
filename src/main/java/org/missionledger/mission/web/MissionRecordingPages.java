package org.missionledger.mission.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.missionledger.common.api.Ids;
import org.missionledger.mission.api.AccountableRole;
import org.missionledger.mission.api.AssignAccountability;
import org.missionledger.mission.api.Body;
import org.missionledger.mission.api.BodyKind;
import org.missionledger.mission.api.DeclareMission;
import org.missionledger.mission.api.DropTarget;
import org.missionledger.mission.api.Holder;
import org.missionledger.mission.api.MissionView;
import org.missionledger.mission.api.ReviseTarget;
import org.missionledger.mission.api.RoleKind;
import org.missionledger.mission.api.SetTarget;
import org.missionledger.mission.api.TargetView;
import org.missionledger.mission.query.MissionBoardProjector;
import org.missionledger.mission.query.MissionQueries;
import org.missionledger.platform.pages.Breadcrumb;
import org.missionledger.platform.pages.CommandForms;
import org.missionledger.platform.pages.Form;
import org.missionledger.platform.pages.Format;
import org.missionledger.platform.pages.PageContext;
import org.missionledger.platform.pages.PageContexts;
import org.missionledger.platform.pages.PageController;
import org.missionledger.platform.pages.PageNotFound;
import org.missionledger.platform.projection.ProjectionMonitor;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recording forms for signed-in recorders: declare a mission, set, revise or drop a target, make someone accountable.
 * Each builds the same command the API takes, validates it with the same constraints (errors next to their fields,
 * GOV.UK error summary), records it as the signed-in user and, once recorded, redirects to the page of what was
 * recorded (post, redirect, get).
 */
@PageController
class MissionRecordingPages {

    static final Map<String, String> DECLARE = RecordingForms.fields(
            Form.labels(
                    "title", "Title",
                    "statement", "Statement",
                    "missionId", "Identifier",
                    "body.id", "Body identifier",
                    "body.name", "Body name",
                    "body.kind", "Kind of body",
                    "policyArea", "Policy area",
                    "declaredOn", "Declared on",
                    "horizon", "Horizon"),
            RecordingForms.SOURCE);
    static final Map<String, String> SET_TARGET = RecordingForms.fields(
            RecordingForms.TERMS,
            Form.labels("targetId", "Identifier", "effectiveOn", "Set on"),
            RecordingForms.SOURCE);
    static final Map<String, String> REVISE_TARGET = RecordingForms.fields(
            RecordingForms.TERMS,
            Form.labels("reason", "Reason", "effectiveOn", "Took effect on"),
            RecordingForms.SOURCE);
    static final Map<String, String> DROP_TARGET =
            RecordingForms.fields(Form.labels("reason", "Reason", "effectiveOn", "Dropped on"), RecordingForms.SOURCE);
    static final Map<String, String> ASSIGN = RecordingForms.fields(
            Form.labels(
                    "targetId", "Accountable for",
                    "role.kind", "Role",
                    "role.title", "Role title",
                    "holder.name", "Name",
                    "holder.post", "Post",
                    "effectiveFrom", "From",
                    "tenureId", "Identifier"),
            RecordingForms.SOURCE);

    private final MissionQueries missions;
    private final CommandForms commands;
    private final ProjectionMonitor monitor;
    private final PageContexts pages;

    MissionRecordingPages(
            MissionQueries missions, CommandForms commands, ProjectionMonitor monitor, PageContexts pages) {
        this.missions = missions;
        this.commands = commands;
        this.monitor = monitor;
        this.pages = pages;
    }

    // ---------------------------------------------------------------------------------------- declare a mission

    @GetMapping("/record/missions/new")
    String declareForm(HttpServletRequest request, Model model) {
        return declarePage(Form.empty(DECLARE).set("body.kind", BodyKind.NATIONAL_GOVERNMENT.name()), request, model);
    }

    @PostMapping("/record/missions/new")
    String declare(
            @RequestParam Map<String, String> params,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        Form form = Form.of(params, DECLARE);
        String missionId = form.text("missionId") != null ? form.text("missionId") : Ids.generate();
        DeclareMission command = new DeclareMission(
                missionId,
                new Body(form.text("body.id"), form.text("body.name"), form.choice("body.kind", BodyKind.class)),
                form.text("title"),
                form.multiline("statement"),
                form.text("policyArea"),
                form.date("declaredOn"),
                form.date("horizon"),
                RecordingForms.source(form));
        if (commands.record(command, form)) {
            redirect.addFlashAttribute("recorded", "Mission declared.");
            return "redirect:/missions/" + missionId;
        }
        response.setStatus(status(form));
        return declarePage(form, request, model);
    }

    private String declarePage(Form form, HttpServletRequest request, Model model) {
        String title = "Declare a mission";
        model.addAttribute("page", page(request, title, form, new Breadcrumb(title, null)));
        model.addAttribute("form", form);
        model.addAttribute("bodyKinds", Form.options(BodyKind.class));
        return "pages/record/declare";
    }

    // ------------------------------------------------------------------------------------------- set a target

    @GetMapping("/record/missions/{missionId}/targets/new")
    String setTargetForm(@PathVariable String missionId, HttpServletRequest request, Model model) {
        return targetPage(missions.mission(missionId), null, Form.empty(SET_TARGET), request, model);
    }

    @PostMapping("/record/missions/{missionId}/targets/new")
    String setTarget(
            @PathVariable String missionId,
            @RequestParam Map<String, String> params,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        MissionView mission = missions.mission(missionId);
        Form form = Form.of(params, SET_TARGET);
        String targetId = form.text("targetId") != null ? form.text("targetId") : Ids.generate();
        SetTarget command = new SetTarget(
                missionId, targetId, RecordingForms.terms(form), RecordingForms.source(form), form.date("effectiveOn"));
        if (commands.record(command, form)) {
            redirect.addFlashAttribute("recorded", "Target set.");
            return "redirect:/missions/" + missionId + "/targets/" + targetId;
        }
        response.setStatus(status(form));
        return targetPage(mission, null, form, request, model);
    }

    // ---------------------------------------------------------------------------------------- revise a target

    @GetMapping("/record/missions/{missionId}/targets/{targetId}/revision")
    String reviseForm(
            @PathVariable String missionId, @PathVariable String targetId, HttpServletRequest request, Model model) {
        MissionView mission = missions.mission(missionId);
        TargetView target = target(mission, targetId);
        return targetPage(
                mission, target, RecordingForms.withTerms(Form.empty(REVISE_TARGET), target.terms()), request, model);
    }

    @PostMapping("/record/missions/{missionId}/targets/{targetId}/revision")
    String revise(
            @PathVariable String missionId,
            @PathVariable String targetId,
            @RequestParam Map<String, String> params,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        MissionView mission = missions.mission(missionId);
        TargetView target = target(mission, targetId);
        Form form = Form.of(params, REVISE_TARGET);
        ReviseTarget command = new ReviseTarget(
                missionId,
                targetId,
                RecordingForms.terms(form),
                form.multiline("reason"),
                RecordingForms.source(form),
                form.date("effectiveOn"));
        if (commands.record(command, form)) {
            redirect.addFlashAttribute("recorded", "Revision recorded.");
            return "redirect:/missions/" + missionId + "/targets/" + targetId + "#revisions";
        }
        response.setStatus(status(form));
        return targetPage(mission, target, form, request, model);
    }

    private String targetPage(
            MissionView mission, TargetView revising, Form form, HttpServletRequest request, Model model) {
        String title = revising == null ? "Set a target" : "Revise a target";
        model.addAttribute(
                "page",
                page(
                        request,
                        title,
                        form,
                        new Breadcrumb(mission.title(), "/missions/" + mission.missionId()),
                        new Breadcrumb(title, null)));
        model.addAttribute("mission", mission);
        model.addAttribute("target", revising);
        model.addAttribute("form", form);
        model.addAttribute("comparators", RecordingForms.comparators());
        return "pages/record/target";
    }

    // ------------------------------------------------------------------------------------------ drop a target

    @GetMapping("/record/missions/{missionId}/targets/{targetId}/drop")
    String dropForm(
            @PathVariable String missionId, @PathVariable String targetId, HttpServletRequest request, Model model) {
        MissionView mission = missions.mission(missionId);
        return dropPage(mission, target(mission, targetId), Form.empty(DROP_TARGET), request, model);
    }

    @PostMapping("/record/missions/{missionId}/targets/{targetId}/drop")
    String drop(
            @PathVariable String missionId,
            @PathVariable String targetId,
            @RequestParam Map<String, String> params,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        MissionView mission = missions.mission(missionId);
        TargetView target = target(mission, targetId);
        Form form = Form.of(params, DROP_TARGET);
        DropTarget command = new DropTarget(
                missionId, targetId, form.multiline("reason"), RecordingForms.source(form), form.date("effectiveOn"));
        if (commands.record(command, form)) {
            redirect.addFlashAttribute("recorded", "The drop was recorded.");
            return "redirect:/missions/" + missionId + "/targets/" + targetId;
        }
        response.setStatus(status(form));
        return dropPage(mission, target, form, request, model);
    }

    private String dropPage(
            MissionView mission, TargetView target, Form form, HttpServletRequest request, Model model) {
        String title = "Record that a target was dropped";
        model.addAttribute(
                "page",
                page(
                        request,
                        title,
                        form,
                        new Breadcrumb(mission.title(), "/missions/" + mission.missionId()),
                        new Breadcrumb(title, null)));
        model.addAttribute("mission", mission);
        model.addAttribute("target", target);
        model.addAttribute("form", form);
        return "pages/record/drop";
    }

    // ----------------------------------------------------------------------------------- assign accountability

    @GetMapping("/record/missions/{missionId}/accountability/new")
    String assignForm(@PathVariable String missionId, HttpServletRequest request, Model model) {
        return assignPage(
                missions.mission(missionId),
                Form.empty(ASSIGN).set("role.kind", RoleKind.LEAD_MINISTER.name()),
                request,
                model);
    }

    @PostMapping("/record/missions/{missionId}/accountability/new")
    String assign(
            @PathVariable String missionId,
            @RequestParam Map<String, String> params,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        MissionView mission = missions.mission(missionId);
        Form form = Form.of(params, ASSIGN);
        String tenureId = form.text("tenureId") != null ? form.text("tenureId") : Ids.generate();
        AssignAccountability command = new AssignAccountability(
                missionId,
                tenureId,
                form.text("targetId"),
                new AccountableRole(form.choice("role.kind", RoleKind.class), form.text("role.title")),
                new Holder(form.text("holder.name"), form.text("holder.post")),
                form.date("effectiveFrom"),
                RecordingForms.source(form));
        if (commands.record(command, form)) {
            redirect.addFlashAttribute("recorded", "Accountability recorded.");
            return "redirect:/missions/" + missionId + "/roster";
        }
        response.setStatus(status(form));
        return assignPage(mission, form, request, model);
    }

    private String assignPage(MissionView mission, Form form, HttpServletRequest request, Model model) {
        String title = "Make someone accountable";
        model.addAttribute(
                "page",
                page(
                        request,
                        title,
                        form,
                        new Breadcrumb(mission.title(), "/missions/" + mission.missionId()),
                        new Breadcrumb(title, null)));
        model.addAttribute("mission", mission);
        model.addAttribute("form", form);
        model.addAttribute("roles", Form.options(RoleKind.class));
        model.addAttribute(
                "scopes",
                mission.targets().stream()
                        .map(t -> new Form.Option(
                                t.targetId(),
                                "Target: " + Format.shorten(t.terms().wording(), 80)))
                        .toList());
        return "pages/record/assign";
    }

    // ---------------------------------------------------------------------------------------------- shared

    private PageContext page(HttpServletRequest request, String title, Form form, Breadcrumb... trail) {
        PageContext page = pages.of(request, title, monitor.readModel(MissionBoardProjector.NAME), trail);
        return form.hasErrors() ? page.withTitle("Error: " + title) : page;
    }

    private static TargetView target(MissionView mission, String targetId) {
        return mission.targets().stream()
                .filter(t -> t.targetId().equals(targetId))
                .findFirst()
                .orElseThrow(() -> new PageNotFound(
                        "No target '" + targetId + "' is recorded under the mission '" + mission.title() + "'."));
    }

    /** 400 for invalid fields, 409 when the ledger refused the command (as the API answers). */
    static int status(Form form) {
        return form.problem() != null && form.errors().isEmpty() ? 409 : 400;
    }
}
