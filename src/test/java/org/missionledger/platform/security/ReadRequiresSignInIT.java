package org.missionledger.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.missionledger.support.Http;
import org.missionledger.support.LedgerIntegrationTest;
import org.missionledger.support.TestUsers;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** With read-requires-sign-in, reading needs a signed-in user too. */
@LedgerIntegrationTest
@TestPropertySource(properties = "missionledger.security.read-requires-sign-in=true")
class ReadRequiresSignInIT {

    @LocalServerPort
    int port;

    @Test
    void anonymousReadersAreAskedToSignIn() {
        Http http = new Http(port);
        assertThat(http.anonymous().get("/v3/api-docs").status()).isEqualTo(401);
        assertThat(http.as(TestUsers.READER).get("/v3/api-docs").status()).isEqualTo(200);
        assertThat(http.anonymous().get("/actuator/health").status()).isEqualTo(200);
    }
}
