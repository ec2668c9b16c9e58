package org.missionledger.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.missionledger.support.Http;
import org.missionledger.support.LedgerIntegrationTest;
import org.missionledger.support.TestUsers;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Sign-in throttling over real HTTP: after the free failures, an attempt is answered 429 with Retry-After and a
 * problem detail — even with the right password, until the wait is over; then the user signs in.
 */
@LedgerIntegrationTest
class SignInThrottleIT {

    @LocalServerPort
    int port;

    @Test
    void repeatedWrongPasswordsAreSlowedDownWithoutLockingTheUserOutForGood() throws Exception {
        TestUsers.User user = TestUsers.READER;
        Http wrong =
                new Http(port).as(new TestUsers.User(user.name(), "not-the-password", user.roles(), user.bodies()));
        for (int i = 0; i <= SignInThrottle.FREE_ACCOUNT_FAILURES; i++) {
            assertThat(wrong.get("/api/missions").status()).isEqualTo(401);
        }

        Http.Response refused = new Http(port).as(user).get("/api/missions");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asText()).endsWith("/too-many-sign-in-attempts");
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 900L);
        assertThat(refused.json().get("retryAfterSeconds").asLong()).isEqualTo(retryAfter);

        Thread.sleep(retryAfter * 1000 + 200);
        assertThat(new Http(port).as(user).get("/api/missions").status()).isEqualTo(200);
        // the success cleared the account: a single mistake afterwards is an ordinary 401
        assertThat(wrong.get("/api/missions").status()).isEqualTo(401);
    }
}
