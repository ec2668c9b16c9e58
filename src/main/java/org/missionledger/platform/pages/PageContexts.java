package org.missionledger.platform.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.missionledger.platform.projection.ReadModelStatus;
import org.missionledger.platform.security.Grants;
import org.missionledger.platform.security.GrantsResolver;
import org.missionledger.platform.security.Role;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/** Builds the {@link PageContext} of the current request. */
@Component
public class PageContexts {

    /** A context for a page with the given title and breadcrumbs (home first, then the given ones, then the page). */
    public PageContext of(HttpServletRequest request, String title, Breadcrumb... trail) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = GrantsResolver.isSignedIn(authentication);
        Grants grants = GrantsResolver.of(authentication);
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        List<Breadcrumb> breadcrumbs = new ArrayList<>();
        if (!"/".equals(request.getRequestURI())) {
            breadcrumbs.add(new Breadcrumb("Missions", "/"));
        }
        breadcrumbs.addAll(List.of(trail));
        // Only pages with a form need the token (sign-in, sign-out, recording): resolving it (even its parameter name)
        // creates a session, which a reader who only reads should not cost the server.
        boolean form = signedIn || "/login".equals(request.getRequestURI());
        return new PageContext(
                title,
                breadcrumbs,
                signedIn ? authentication.getName() : null,
                grants.has(Role.RECORDER),
                csrf == null || !form ? "_csrf" : csrf.getParameterName(),
                csrf == null || !form ? "" : csrf.getToken(),
                null);
    }

    /** Whether a request for {@code path} is a browser asking for a page: not the API, and HTML among what it accepts. */
    public static boolean wantsPage(HttpServletRequest request, String path) {
        if (path == null || path.startsWith("/api/") || path.equals("/api")) {
            return false;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        try {
            return accept != null
                    && MediaType.parseMediaTypes(accept).stream()
                            .anyMatch(t ->
                                    t.getType().equals("text") && t.getSubtype().equals("html"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The error page, in the frame, with a title and a message in words. */
    public ModelAndView errorPage(HttpServletRequest request, HttpStatus status, String title, String message) {
        ModelAndView page = new ModelAndView("pages/error", status);
        page.addObject("page", of(request, title, new Breadcrumb(title, null)));
        page.addObject("message", message);
        return page;
    }

    /** A context for a page whose data was read from views with the given status (the "data as of" note). */
    public PageContext of(HttpServletRequest request, String title, ReadModelStatus data, Breadcrumb... trail) {
        return of(request, title, trail).withData(data);
    }
}
