package org.missionledger.platform.web;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * RFC 9457 problem details with stable type URIs. The last path segment of every type is a code clients can match on;
 * the list is documented in {@code docs/api.md}.
 */
public final class Problems {

    public static final String TYPE_BASE = "https://missionledger.org/problems/";

    private Problems() {}

    public static URI type(String slug) {
        return URI.create(TYPE_BASE + slug);
    }

    public static ProblemDetail of(HttpStatusCode status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(slug));
        problem.setTitle(title);
        return problem;
    }

    /** One invalid field: its JSON path in the request body (or the parameter name) and what is wrong. */
    public record FieldError(String field, String message) {}

    public static ProblemDetail invalid(String detail, List<FieldError> errors) {
        ProblemDetail problem = of(HttpStatusCode.valueOf(400), "validation-failed", "Invalid request", detail);
        problem.setProperty("errors", errors);
        return problem;
    }
}
