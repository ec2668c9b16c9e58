package org.missionledger.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.missionledger.platform.pages.PageContexts;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that never reach a controller (rejected by the firewall, the servlet container or Spring Security, unmapped
 * paths) are answered as problem details too, instead of Spring Boot's default error body — except for a browser asking
 * for a page (outside {@code /api/}, accepting HTML), which gets the pages' error page in their frame.
 */
@RestController
class ProblemErrorController implements ErrorController {

    private final PageContexts pages;

    ProblemErrorController(PageContexts pages) {
        this.pages = pages;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value)
                : HttpStatus.INTERNAL_SERVER_ERROR;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (PageContexts.wantsPage(request, uri instanceof String path ? path : null)) {
            return page(request, status);
        }
        String detail = status.is4xxClientError()
                ? "The request was rejected: " + status.getReasonPhrase().toLowerCase(java.util.Locale.ROOT) + "."
                : "Something went wrong on our side.";
        ProblemDetail problem = Problems.of(status, ProblemSlugs.of(status), status.getReasonPhrase(), detail);
        if (uri instanceof String path && path.matches("[\\x21-\\x7E]{1,2000}")) {
            try {
                problem.setInstance(URI.create(path));
            } catch (IllegalArgumentException ignored) {
                // a path the container rejected may not be a valid URI; leave instance out
            }
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private ModelAndView page(HttpServletRequest request, HttpStatus status) {
        String title =
                switch (status) {
                    case NOT_FOUND -> "Page not found";
                    case FORBIDDEN -> "You cannot do that";
                    case UNAUTHORIZED -> "Sign in to do that";
                    default -> status.is4xxClientError()
                            ? "There is a problem with the request"
                            : "Sorry, there is a problem with the service";
                };
        String message =
                switch (status) {
                    case NOT_FOUND -> "There is nothing at this address. Check it, or start from the missions.";
                    case FORBIDDEN -> "The request was refused. If you were filling in a form, your session may have ended "
                            + "or you may not be allowed to record this: sign in again, go back, reload the form and resubmit it.";
                    default -> status.is4xxClientError()
                            ? "The request was rejected (" + status.value() + " " + status.getReasonPhrase() + ")."
                            : "Something went wrong on our side. Try again later.";
                };
        return pages.errorPage(request, status, title, message);
    }
}
