package org.missionledger.platform.web;

import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/** Problem type codes for plain HTTP statuses, e.g. 415 → {@code unsupported-media-type}. */
final class ProblemSlugs {

    private ProblemSlugs() {}

    static String of(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null
                ? "http-" + status.value()
                : known.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
