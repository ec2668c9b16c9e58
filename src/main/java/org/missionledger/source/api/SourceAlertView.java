package org.missionledger.source.api;

import java.time.Instant;
import java.util.List;

/**
 * An observed change of a cited page. While {@code OPEN} it is an alert: the page changed with no ledger event about
 * what cites it since the last observation (an unlogged change), or it disappeared.
 *
 * @param sourceId the source (SHA-256 of the URL)
 * @param observation the observation that saw the change
 * @param url the page
 * @param title the title it was cited with
 * @param kind changed or gone
 * @param status open, logged (ledger events about what cites it were recorded since), linked or not material
 * @param httpStatus the HTTP status seen
 * @param retrievedAt when the change was seen
 * @param previousRetrievedAt when the page was last seen saying what it said before
 * @param recordedAt when the observation was recorded
 * @param before an excerpt of the text before, around what changed
 * @param after the same excerpt after
 * @param leadingElided text before the excerpt was left out
 * @param trailingElided text after the excerpt was left out
 * @param citedBy the records that cite the page
 * @param resolution how it was resolved, once it was
 */
public record SourceAlertView(
        String sourceId,
        int observation,
        String url,
        String title,
        Kind kind,
        Status status,
        int httpStatus,
        Instant retrievedAt,
        Instant previousRetrievedAt,
        Instant recordedAt,
        String before,
        String after,
        boolean leadingElided,
        boolean trailingElided,
        List<CitationView> citedBy,
        ResolutionView resolution) {

    /** What happened to the page. */
    public enum Kind {
        CHANGED,
        GONE
    }

    /** Where the alert stands. */
    public enum Status {
        OPEN,
        LOGGED,
        LINKED,
        NOT_MATERIAL
    }

    /** Whether it is an alert (shown on /changes and in the feed). */
    public boolean open() {
        return status == Status.OPEN;
    }

    /**
     * A record citing the page.
     *
     * @param missionId the mission (absent for an indicator)
     * @param targetId the target (absent for the mission itself)
     * @param indicatorId the indicator (for a statistics release)
     * @param eventId the last event that cited the page
     */
    public record CitationView(String missionId, String targetId, String indicatorId, String eventId) {}

    /**
     * How an observed change was resolved.
     *
     * @param actor who resolved it
     * @param at when
     * @param eventId the event that resolved it
     * @param changeNumber the alteration it was linked to (absent when marked not material)
     * @param alterationEventId that alteration's event
     * @param missionId that alteration's mission
     * @param note the note on the link, or the reason it is not material
     */
    public record ResolutionView(
            String actor,
            Instant at,
            String eventId,
            Long changeNumber,
            String alterationEventId,
            String missionId,
            String note) {}
}
