package org.missionledger.source.watch;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the source watch ({@code missionledger.sources.watch.*}).
 *
 * @param scheduled whether the server watches on its own, every {@code interval} (off by default: the watch fetches
 *     every cited URL, which a ledger's operator must choose to do)
 * @param interval how often a scheduled watch runs
 * @param initialDelay how long after start-up the first scheduled watch runs
 * @param perHostInterval the least time between two requests to the same host (politeness)
 * @param timeout how long one request may take
 * @param maxBytes the largest body read; a larger document is read up to this size
 * @param userAgent the {@code User-Agent} the watch sends
 */
@ConfigurationProperties("missionledger.sources.watch")
public record SourceWatchProperties(
        Boolean scheduled,
        Duration interval,
        Duration initialDelay,
        Duration perHostInterval,
        Duration timeout,
        Long maxBytes,
        String userAgent) {

    public SourceWatchProperties {
        scheduled = scheduled != null && scheduled;
        interval = interval == null ? Duration.ofHours(24) : interval;
        initialDelay = initialDelay == null ? Duration.ofMinutes(5) : initialDelay;
        perHostInterval = perHostInterval == null ? Duration.ofSeconds(5) : perHostInterval;
        timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
        maxBytes = maxBytes == null ? 5L * 1024 * 1024 : maxBytes;
        userAgent = userAgent == null || userAgent.isBlank()
                ? "MissionLedger-SourceWatch/0.1 (checks pages cited as evidence; see docs/sources.md)"
                : userAgent.strip();
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("missionledger.sources.watch.interval must be positive");
        }
        if (perHostInterval.isNegative() || timeout.isNegative() || timeout.isZero() || maxBytes < 1) {
            throw new IllegalArgumentException(
                    "missionledger.sources.watch.per-host-interval must not be negative, timeout and max-bytes"
                            + " must be positive");
        }
    }
}
