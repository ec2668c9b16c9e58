package org.missionledger.source.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records what a cited page said when the source watch fetched it. Recorded only when it differs from the last
 * observation (its readable text, or whether the page is there at all); the first observation of a URL is the
 * baseline.
 *
 * @param sourceId {@link SourceIds#of} the URL
 * @param url the URL fetched
 * @param retrievedAt when it was fetched
 * @param httpStatus the HTTP status of the answer (200, or 404/410 for a page that disappeared)
 * @param contentSha256 SHA-256 of the body as retrieved (absent for a page that disappeared)
 * @param textSha256 SHA-256 of the extracted readable text (absent for a page that disappeared)
 * @param text the readable text (absent for a page that disappeared, or a document the watch cannot read)
 * @param textTruncated whether the text was cut at {@link #MAX_TEXT} characters
 * @param contentType the media type the server gave
 * @param etag the validator the server gave, for the next conditional request
 * @param lastModified the {@code Last-Modified} the server gave, for the next conditional request
 */
public record RecordSourceObservation(
        @TargetAggregateIdentifier @NotNull @Pattern(regexp = SourceIds.PATTERN, message = "must be a source id")
                String sourceId,
        @NotNull @Size(max = 2000) @Pattern(regexp = "https?://[^\\s]+", message = "must be an http or https URL")
                String url,
        @NotNull @PastOrPresent(message = "must not be in the future") Instant retrievedAt,
        @Min(100) @Max(599) int httpStatus,
        @Pattern(regexp = SourceIds.PATTERN, message = "must be 64 lowercase hex characters") String contentSha256,
        @Pattern(regexp = SourceIds.PATTERN, message = "must be 64 lowercase hex characters") String textSha256,
        @Size(max = MAX_TEXT) String text,
        boolean textTruncated,
        @Size(max = 200) String contentType,
        @Size(max = 500) String etag,
        @Size(max = 100) String lastModified) {

    /** The longest text an observation keeps. */
    public static final int MAX_TEXT = 200_000;

    /** Whether the page was gone: 404 Not Found or 410 Gone. */
    public boolean gone() {
        return httpStatus == 404 || httpStatus == 410;
    }
}
