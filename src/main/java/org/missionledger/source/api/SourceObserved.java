package org.missionledger.source.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The source watch saw a cited page say something else than the last time (or saw it for the first time, or saw it
 * disappear). The readable text is kept so that a word diff against the previous observation can be shown.
 *
 * @param sourceId SHA-256 of the URL
 * @param observation this observation's number for the source, from 1 (1 = the baseline)
 * @param url the URL fetched
 * @param retrievedAt when it was fetched
 * @param httpStatus the HTTP status (404/410: gone)
 * @param contentSha256 SHA-256 of the body as retrieved
 * @param textSha256 SHA-256 of the readable text
 * @param text the readable text
 * @param textTruncated whether the text was cut
 * @param contentType the media type
 * @param etag the server's validator
 * @param lastModified the server's {@code Last-Modified}
 */
@Revision("1")
public record SourceObserved(
        String sourceId,
        int observation,
        String url,
        Instant retrievedAt,
        int httpStatus,
        String contentSha256,
        String textSha256,
        String text,
        boolean textTruncated,
        String contentType,
        String etag,
        String lastModified) {

    /** Whether the page was gone: 404 Not Found or 410 Gone. */
    public boolean gone() {
        return httpStatus == 404 || httpStatus == 410;
    }
}
