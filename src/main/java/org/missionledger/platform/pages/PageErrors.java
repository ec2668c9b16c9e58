package org.missionledger.platform.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.missionledger.common.query.ResourceNotFoundException;
import org.missionledger.platform.web.InvalidRequestException;
import org.missionledger.platform.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

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
    ModelAndView notFound(RuntimeException e, HttpServletRequest request) {
        String message = e instanceof AggregateNotFoundException missing
                ? "Nothing is recorded under '" + missing.getAggregateIdentifier() + "'."
                : e.getMessage();
        return error(request, HttpStatus.NOT_FOUND, "Page not found", message);
    }

    @ExceptionHandler(InvalidRequestException.class)
    ModelAndView invalid(InvalidRequestException e, HttpServletRequest request) {
        StringBuilder message = new StringBuilder(e.getMessage());
        for (Problems.FieldError error : e.errors()) {
            message.append(' ')
                    .append(error.field())
                    .append(' ')
                    .append(error.message())
                    .append('.');
        }
        return error(request, HttpStatus.BAD_REQUEST, "There is a problem with the address", message.toString());
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request) {
        String id = UUID.randomUUID().toString();
        log.error("Unexpected failure {} on page {}", id, request.getRequestURI(), e);
        return error(
                request,
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Sorry, there is a problem with the service",
                "Something went wrong on our side; it has been logged with id " + id + ".");
    }

    private ModelAndView error(HttpServletRequest request, HttpStatus status, String title, String message) {
        return pages.errorPage(request, status, title, message);
    }
}
