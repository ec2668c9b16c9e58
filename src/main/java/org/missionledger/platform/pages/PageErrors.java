package org.missionledger.platform.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.missionledger.platform.web.InvalidRequestException;
import org.missionledger.platform.web.Problems;
import org.missionledger.platform.web.ResourceNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Failures of page controllers, as pages: what was not found or what was wrong with the request, in words, with the
 * frame and a way back. Unexpected failures are logged with an id the page repeats (never a stack trace).
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    private final PageContexts pages;

    PageErrors(PageContexts pages) {
        this.pages = pages;
    }

    @ExceptionHandler({PageNotFound.class, ResourceNotFoundException.class, AggregateNotFoundException.class})
    String notFound(RuntimeException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        String message = e instanceof AggregateNotFoundException missing
                ? "Nothing is recorded under '" + missing.getAggregateIdentifier() + "'."
                : e.getMessage();
        return error(request, response, model, 404, "Page not found", message);
    }

    @ExceptionHandler(InvalidRequestException.class)
    String invalid(InvalidRequestException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        StringBuilder message = new StringBuilder(e.getMessage());
        for (Problems.FieldError error : e.errors()) {
            message.append(' ').append(error.field()).append(' ').append(error.message()).append('.');
        }
        return error(request, response, model, 400, "There is a problem with the address", message.toString());
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, HttpServletRequest request, HttpServletResponse response, Model model) {
        String id = UUID.randomUUID().toString();
        log.error("Unexpected failure {} on page {}", id, request.getRequestURI(), e);
        return error(request, response, model, 500, "Sorry, there is a problem with the service",
                "Something went wrong on our side; it has been logged with id " + id + ".");
    }

    private String error(
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            int status,
            String title,
            String message) {
        response.setStatus(status);
        model.addAttribute("page", pages.of(request, title, new Breadcrumb(title, null)));
        model.addAttribute("message", message);
        return "pages/error";
    }
}
