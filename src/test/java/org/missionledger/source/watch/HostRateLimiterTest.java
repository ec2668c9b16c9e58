package org.missionledger.source.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Politeness per host, on a clock the test moves (waits are recorded, never slept). */
class HostRateLimiterTest {

    Instant now = Instant.parse("2025-01-01T00:00:00Z");
    final List<Duration> waits = new ArrayList<>();
    final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    final HostRateLimiter limiter = new HostRateLimiter(Duration.ofSeconds(5), clock, duration -> {
        waits.add(duration);
        now = now.plus(duration);
    });

    @Test
    void waitsBetweenTwoRequestsToTheSameHostOnly() throws InterruptedException {
        limiter.acquire(URI.create("https://www.gov.uk/a"));
        limiter.acquire(URI.create("https://www.ons.gov.uk/b")); // another host: at once
        limiter.acquire(URI.create("https://WWW.GOV.UK/c")); // the same host: 5 s after a
        now = now.plusSeconds(2);
        limiter.acquire(URI.create("https://www.ons.gov.uk/d")); // 7 s after b: at once
        limiter.acquire(URI.create("https://www.gov.uk/e")); // 2 s after c: 3 s more

        assertThat(waits).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(3));
    }

    @Test
    void aPortMakesAnotherHost() {
        assertThat(HostRateLimiter.host(URI.create("http://127.0.0.1:8080/x"))).isEqualTo("127.0.0.1:8080");
        assertThat(HostRateLimiter.host(URI.create("http://127.0.0.1/x"))).isEqualTo("127.0.0.1");
    }
}
