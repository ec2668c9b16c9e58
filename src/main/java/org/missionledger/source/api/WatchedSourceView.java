package org.missionledger.source.api;

import java.time.Instant;
import java.util.List;

/**
 * A cited URL and what the source watch last saw of it.
 *
 * @param sourceId SHA-256 of the URL
 * @param url the URL
 * @param title the title it was last cited with
 * @param citedBy the records citing it
 * @param observations how many observations were recorded (0: never watched)
 * @param lastRetrievedAt when it was last seen to change (or first seen)
 * @param lastStatus the HTTP status then
 * @param lastTextSha256 SHA-256 of the readable text last seen
 * @param lastContentSha256 SHA-256 of the body last seen
 * @param etag the validator for a conditional request
 * @param lastModified the date for a conditional request
 */
public record WatchedSourceView(
        String sourceId,
        String url,
        String title,
        List<SourceAlertView.CitationView> citedBy,
        int observations,
        Instant lastRetrievedAt,
        int lastStatus,
        String lastTextSha256,
        String lastContentSha256,
        String etag,
        String lastModified) {}
