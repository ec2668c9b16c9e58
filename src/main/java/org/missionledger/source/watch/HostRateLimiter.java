package org.missionledger.source.watch;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Politeness: at most one request per host every {@code interval}. {@link #acquire} waits (through the given
 * {@link Sleeper}) until the host may be asked again. One watch runs at a time, so this is not shared between threads.
 */
final class HostRateLimiter {

    /** Waits; a test passes one that records the waits instead. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final Duration interval;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Map<String, Instant> nextAllowed = new HashMap<>();

    HostRateLimiter(Duration interval, Clock clock, Sleeper sleeper) {
        this.interval = interval;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Waits until {@code uri}'s host may be asked, and books the next slot. */
    void acquire(URI uri) throws InterruptedException {
        String host = host(uri);
        Instant now = clock.instant();
        Instant allowed = nextAllowed.getOrDefault(host, now);
        if (allowed.isAfter(now)) {
            sleeper.sleep(Duration.between(now, allowed));
            now = allowed;
        }
        nextAllowed.put(host, now.plus(interval));
    }

    /** Host and port: two servers on one machine are two hosts. */
    static String host(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return uri.getPort() < 0 ? host : host + ":" + uri.getPort();
    }
}
