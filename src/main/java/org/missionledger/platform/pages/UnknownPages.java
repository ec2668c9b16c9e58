package org.missionledger.platform.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.missionledger.platform.web.ApiExceptionHandler;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address nothing answers: a browser asking for a page gets the "page not found" page; everyone else (the API, a
 * client that does not ask for HTML) gets the API's problem detail, as before.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnknownPages {

    private final PageContexts pages;
    private final ApiExceptionHandler api;

    UnknownPages(PageContexts pages, ApiExceptionHandler api) {
        this.pages = pages;
        this.api = api;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object notFound(NoResourceFoundException e, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        if (!PageContexts.wantsPage(request, request.getRequestURI())) {
            return api.handleException(e, new ServletWebRequest(request, response));
        }
        return pages.errorPage(
                request,
                HttpStatus.NOT_FOUND,
                "Page not found",
                "There is nothing at this address. Check it, or start from the missions.");
    }
}
