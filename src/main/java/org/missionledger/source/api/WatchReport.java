package org.missionledger.source.api;

import java.time.Instant;
import java.util.List;

/**
 * What one run of the source watch did.
 *
 * @param state running or done
 * @param actor who the observations were recorded as
 * @param startedAt when it started
 * @param finishedAt when it finished (absent while running)
 * @param total how many cited URLs there are to check
 * @param outcomes one per URL checked so far, in the order checked
 */
public record WatchReport(
        State state, String actor, Instant startedAt, Instant finishedAt, int total, List<UrlOutcome> outcomes) {

    /** Whether the run is still going. */
    public enum State {
        RUNNING,
        DONE
    }

    /** What the watch found at one URL. */
    public enum Outcome {
        /** First seen: recorded as the baseline. */
        BASELINE,
        /** The readable text changed: an observation was recorded. */
        CHANGED,
        /** The page answered 404 or 410: an observation was recorded. */
        GONE,
        /** The page came back after it had gone: an observation was recorded. */
        BACK,
        /** The server said it was not modified since the last observation (304). */
        NOT_MODIFIED,
        /** Fetched, and the readable text is what it was. */
        UNCHANGED,
        /** Could not be checked (network error, server error, refusal): nothing recorded; tried again next time. */
        FAILED
    }

    /**
     * @param url the URL
     * @param sourceId its source id
     * @param outcome what was found
     * @param httpStatus the HTTP status (0 when there was no answer)
     * @param observation the observation recorded (0 when none)
     * @param detail why it failed, when it did
     */
    public record UrlOutcome(
            String url, String sourceId, Outcome outcome, int httpStatus, int observation, String detail) {}

    /** How many URLs had this outcome. */
    public long count(Outcome outcome) {
        return outcomes.stream().filter(o -> o.outcome() == outcome).count();
    }
}
