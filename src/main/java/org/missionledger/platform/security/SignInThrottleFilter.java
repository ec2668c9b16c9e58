package org.missionledger.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.missionledger.platform.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies the {@link SignInThrottle} to every sign-in attempt: HTTP Basic credentials on the API and the form login
 * ({@code POST /login}) of the pages. An attempt that must wait is answered {@code 429} with {@code Retry-After} and
 * a problem detail, before the password is even checked; every failure and every refusal is logged (account and
 * address, never the password).
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottleFilter.class);

    private final SignInThrottle throttle;
    private final ProblemResponses problems;

    SignInThrottleFilter(SignInThrottle throttle, ProblemResponses problems) {
        this.throttle = throttle;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean form = "POST".equals(request.getMethod()) && "/login".equals(request.getServletPath());
        String account = form ? request.getParameter("username") : basicUser(request);
        if (account == null) {
            chain.doFilter(request, response);
            return;
        }
        String client = request.getRemoteAddr();
        Optional<Duration> wait = throttle.retryAfter(account, client);
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            log.warn(
                    "Sign-in refused for account '{}' from {}: too many failed attempts, retry after {} s",
                    account,
                    client,
                    seconds);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            ProblemDetail problem = Problems.of(
                    HttpStatus.TOO_MANY_REQUESTS,
                    "too-many-sign-in-attempts",
                    "Too many failed sign-ins",
                    "Too many sign-ins failed for this account or from this address. Try again in " + seconds
                            + " second(s); the wait grows while failures go on and never exceeds 15 minutes.");
            problem.setProperty("retryAfterSeconds", seconds);
            problems.write(request, response, problem);
            return;
        }
        chain.doFilter(request, response);
        if (failed(form, response)) {
            throttle.failed(account, client);
            log.warn("Sign-in failed for account '{}' from {}", account, client);
        } else {
            throttle.succeeded(account);
        }
    }

    private static boolean failed(boolean form, HttpServletResponse response) {
        if (form) {
            String location = response.getHeader(HttpHeaders.LOCATION);
            return location != null && location.contains("/login?error");
        }
        return response.getStatus() == HttpStatus.UNAUTHORIZED.value();
    }

    /** The user name of HTTP Basic credentials, or {@code null} if the request carries none. */
    static String basicUser(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded =
                    new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
