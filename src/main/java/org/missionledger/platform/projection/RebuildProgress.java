package org.missionledger.platform.projection;

import java.time.Instant;

/**
 * Progress of a rebuild.
 *
 * @param startedAt when the rebuild began
 * @param finishedAt when the projection caught up with {@code total} (null while running)
 * @param processed events replayed so far (the projection's position)
 * @param total the head of the event store when the rebuild began: the replay is done at this position
 * @param percent {@code processed / total} in percent, one decimal
 * @param eventsPerSecond average replay rate since the start
 * @param secondsLeft estimated time to finish at that rate (null when not yet known or finished)
 */
public record RebuildProgress(
        Instant startedAt,
        Instant finishedAt,
        long processed,
        long total,
        double percent,
        double eventsPerSecond,
        Long secondsLeft) {

    /** One log line: {@code 1,234 / 5,678 events (21.7 %), 345 events/s, ~13 s left}. */
    public String describe() {
        return String.format(
                java.util.Locale.ROOT,
                "%,d / %,d events (%.1f %%), %.0f events/s%s",
                processed,
                total,
                percent,
                eventsPerSecond,
                finishedAt != null ? ", done" : secondsLeft == null ? "" : ", ~" + secondsLeft + " s left");
    }
}
