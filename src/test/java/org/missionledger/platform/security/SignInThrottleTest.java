package org.missionledger.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The backoff: free attempts, doubling waits per account and per address, capped, forgotten, cleared on success. */
class SignInThrottleTest {

    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-12-04T12:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }
    }

    final MovingClock clock = new MovingClock();
    final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void theFirstFailuresAreFreeThenEachWaitDoubles() {
        for (int i = 0; i < SignInThrottle.FREE_ACCOUNT_FAILURES; i++) {
            assertThat(throttle.retryAfter("admin", "10.0.0.1")).isEmpty();
            throttle.failed("admin", "10.0.0.1");
        }
        assertThat(throttle.retryAfter("admin", "10.0.0.1")).isEmpty();
        throttle.failed("admin", "10.0.0.1");
        assertThat(throttle.retryAfter("admin", "10.0.0.1")).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        throttle.failed("admin", "10.0.0.1");
        assertThat(throttle.retryAfter("admin", "10.0.0.1")).contains(Duration.ofSeconds(2));
        // per account: another address must wait too
        assertThat(throttle.retryAfter("admin", "192.0.2.7")).contains(Duration.ofSeconds(2));
        // other accounts from other addresses are not affected
        assertThat(throttle.retryAfter("alice", "192.0.2.7")).isEmpty();
    }

    @Test
    void theWaitNeverExceedsFifteenMinutesAndEnds() {
        for (int i = 0; i < 60; i++) {
            throttle.failed("admin", "10.0.0.1");
        }
        assertThat(throttle.retryAfter("admin", "10.0.0.1")).contains(SignInThrottle.MAX_BLOCK);
        clock.advance(SignInThrottle.MAX_BLOCK);
        assertThat(throttle.retryAfter("admin", "10.0.0.1")).isEmpty();
        assertThat(SignInThrottle.block(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(SignInThrottle.block(10)).isEqualTo(Duration.ofSeconds(512));
        assertThat(SignInThrottle.block(11)).isEqualTo(SignInThrottle.MAX_BLOCK);
        assertThat(SignInThrottle.block(1000)).isEqualTo(SignInThrottle.MAX_BLOCK);
    }

    @Test
    void aSuccessfulSignInClearsTheAccount() {
        for (int i = 0; i < 8; i++) {
            throttle.failed("admin", "10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(1));
        throttle.succeeded("admin");
        assertThat(throttle.retryAfter("admin", "192.0.2.7")).isEmpty();
    }

    @Test
    void failuresAreForgottenAfterAQuietQuarterOfAnHour() {
        for (int i = 0; i < SignInThrottle.FREE_ACCOUNT_FAILURES; i++) {
            throttle.failed("admin", "10.0.0.1");
        }
        clock.advance(SignInThrottle.FORGET_AFTER.plusSeconds(1));
        throttle.failed("admin", "10.0.0.1");
        assertThat(throttle.retryAfter("admin", "10.0.0.1")).isEmpty();
    }

    @Test
    void oneAddressTryingManyAccountsIsSlowedDown() {
        for (int i = 0; i < SignInThrottle.FREE_CLIENT_FAILURES; i++) {
            throttle.failed("user-" + i, "10.0.0.9");
        }
        assertThat(throttle.retryAfter("someone-else", "10.0.0.9")).isEmpty();
        throttle.failed("user-x", "10.0.0.9");
        assertThat(throttle.retryAfter("someone-else", "10.0.0.9")).contains(Duration.ofSeconds(1));
        assertThat(throttle.retryAfter("someone-else", "10.0.0.10")).isEmpty();
    }
}
