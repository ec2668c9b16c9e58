package org.missionledger.source.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.missionledger.mission.query.AlterationQueries;
import org.missionledger.platform.pages.Breadcrumb;
import org.missionledger.platform.pages.CommandForms;
import org.missionledger.platform.pages.Form;
import org.missionledger.platform.pages.PageContext;
import org.missionledger.platform.pages.PageContexts;
import org.missionledger.platform.pages.PageController;
import org.missionledger.platform.pages.PageNotFound;
import org.missionledger.platform.projection.ProjectionMonitor;
import org.missionledger.platform.web.InvalidRequestException;
import org.missionledger.source.api.DismissSourceChange;
import org.missionledger.source.api.LinkSourceChange;
import org.missionledger.source.api.SourceIds;
import org.missionledger.source.query.SourceWatchProjector;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One observed change of a cited page: the word diff, what cites the page, and — for a signed-in recorder while it is
 * an alert — the two ways to resolve it (link it to the alteration that records it, or mark it not material), with the
 * API's validation and refusals.
 */
@PageController
class SourceAlertPages {

    static final Map<String, String> LINK = Form.labels("changeNumber", "Change number", "note", "Note (optional)");
    static final Map<String, String> DISMISS = Form.labels("reason", "Why it is not material");

    private final SourceAlerts alerts;
    private final AlterationQueries alterations;
    private final CommandForms commands;
    private final ProjectionMonitor monitor;
    private final PageContexts pages;

    SourceAlertPages(
            SourceAlerts alerts,
            AlterationQueries alterations,
            CommandForms commands,
            ProjectionMonitor monitor,
            PageContexts pages) {
        this.alerts = alerts;
        this.alterations = alterations;
        this.commands = commands;
        this.monitor = monitor;
        this.pages = pages;
    }

    @GetMapping("/changes/source-alerts/{sourceId}/{observation}")
    String alert(
            @PathVariable String sourceId, @PathVariable String observation, HttpServletRequest request, Model model) {
        return page(sourceId, observation, Form.empty(LINK), Form.empty(DISMISS), request, model);
    }

    @PostMapping("/changes/source-alerts/{sourceId}/{observation}/link")
    String link(
            @PathVariable String sourceId,
            @PathVariable String observation,
            @RequestParam Map<String, String> params,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        SourceAlerts.Alert alert = find(sourceId, observation);
        Form form = Form.of(params, LINK);
        Long number = null;
        String text = form.text("changeNumber");
        if (text == null) {
            form.reject("changeNumber", "must be the number of a recorded change (see Changes)");
        } else {
            try {
                number = Long.parseLong(text);
            } catch (NumberFormatException e) {
                form.reject("changeNumber", "must be a whole number, as in “Change 7”");
            }
        }
        if (number != null) {
            try {
                LinkSourceChange command = SourceAlertController.linkCommand(
                        alert.view().sourceId(), alert.view().observation(), number, form.text("note"), alterations);
                if (commands.record(command, form)) {
                    redirect.addFlashAttribute("recorded", "Linked to change " + number + ".");
                    return "redirect:" + alert.href();
                }
            } catch (InvalidRequestException e) {
                e.errors().forEach(error -> form.reject(error.field(), error.message()));
            }
        }
        response.setStatus(form.problem() != null && form.errors().isEmpty() ? 409 : 400);
        return page(sourceId, observation, form, Form.empty(DISMISS), request, model);
    }

    @PostMapping("/changes/source-alerts/{sourceId}/{observation}/dismissal")
    String dismiss(
            @PathVariable String sourceId,
            @PathVariable String observation,
            @RequestParam Map<String, String> params,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        SourceAlerts.Alert alert = find(sourceId, observation);
        Form form = Form.of(params, DISMISS);
        DismissSourceChange command =
                new DismissSourceChange(alert.view().sourceId(), alert.view().observation(), form.multiline("reason"));
        if (commands.record(command, form)) {
            redirect.addFlashAttribute("recorded", "Marked not material.");
            return "redirect:" + alert.href();
        }
        response.setStatus(form.problem() != null && form.errors().isEmpty() ? 409 : 400);
        return page(sourceId, observation, Form.empty(LINK), form, request, model);
    }

    private SourceAlerts.Alert find(String sourceId, String observation) {
        int number;
        try {
            number = Integer.parseInt(observation);
        } catch (NumberFormatException e) {
            throw new PageNotFound("There is no observation '" + observation + "': observations are numbered from 1.");
        }
        if (!sourceId.matches(SourceIds.PATTERN) || number < 1) {
            throw new PageNotFound("There is no observed change " + observation + " of source '" + sourceId + "'.");
        }
        return alerts.one(sourceId, number);
    }

    private String page(
            String sourceId,
            String observation,
            Form linkForm,
            Form dismissForm,
            HttpServletRequest request,
            Model model) {
        SourceAlerts.Alert alert = find(sourceId, observation);
        String title = alert.view().kind() == org.missionledger.source.api.SourceAlertView.Kind.GONE
                ? "A cited page disappeared"
                : "A cited page changed";
        PageContext page = pages.of(
                request,
                title,
                monitor.readModel(SourceWatchProjector.NAME),
                new Breadcrumb("Changes", "/changes"),
                new Breadcrumb(title, null));
        boolean errors = linkForm.hasErrors() || dismissForm.hasErrors();
        model.addAttribute("page", errors ? page.withTitle("Error: " + title) : page);
        model.addAttribute("alert", alert);
        model.addAttribute("linkForm", linkForm);
        model.addAttribute("dismissForm", dismissForm);
        return "pages/changes/sourceAlert";
    }
}
