package org.missionledger.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.missionledger.support.Requests.declareMission;
import static org.missionledger.support.Requests.reason;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionledger.support.Http;
import org.missionledger.support.LedgerIntegrationTest;
import org.missionledger.support.Requests;
import org.missionledger.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Who may record what, over real HTTP: 401 and 403 problem details, body grants, and a true actor. */
@LedgerIntegrationTest
class SecurityIT {

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    Http admin;

    @BeforeEach
    void client() {
        admin = new Http(port);
    }

    static String camdenMission(String id) {
        return declareMission(id)
                .replace(
                        "{\"id\": \"uk-government\", \"name\": \"UK Government\", \"kind\": \"NATIONAL_GOVERNMENT\"}",
                        "{\"id\": \"camden\", \"name\": \"Camden Council\", \"kind\": \"LOCAL_AUTHORITY\"}");
    }

    @Test
    void anonymousWritesAreRefusedWith401AndAProblemDetail() {
        Http.Response response = admin.anonymous().post("/api/missions", declareMission("anon"));
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(response.json().get("type").asText()).endsWith("/unauthorized");
        assertThat(eventStore.readEvents("anon").asStream()).isEmpty();
    }

    @Test
    void aWrongPasswordIs401() {
        TestUsers.User impostor = new TestUsers.User("tester", "guess", java.util.List.of(), java.util.List.of());
        assertThat(admin.as(impostor)
                        .post("/api/missions", declareMission("guess"))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void aRecorderRecordsOnlyForTheBodiesTheyAreGranted() {
        Http camden = admin.as(TestUsers.CAMDEN_RECORDER);
        assertThat(camden.post("/api/missions", camdenMission("camden-food")).status())
                .isEqualTo(201);

        Http.Response foreign = camden.post("/api/missions", declareMission("uk-by-camden"));
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.json().get("type").asText()).endsWith("/forbidden");
        assertThat(foreign.json().get("detail").asText()).contains("uk-government");
        assertThat(eventStore.readEvents("uk-by-camden").asStream()).isEmpty();

        assertThat(admin.as(TestUsers.UK_RECORDER)
                        .post("/api/missions", declareMission("uk-mission"))
                        .status())
                .isEqualTo(201);
        Http.Response alter = camden.post("/api/missions/uk-mission/drop", reason("Camden tries"));
        assertThat(alter.status()).isEqualTo(403);
        assertThat(eventStore.readEvents("uk-mission").asStream()).hasSize(1);
    }

    @Test
    void onlyEditorsRecordCorrectionsAndOnlyAdminsAdministrate() {
        Http uk = admin.as(TestUsers.UK_RECORDER);
        uk.post("/api/missions", declareMission("to-correct"));
        String eventId = eventStore
                .readEvents("to-correct")
                .asStream()
                .findFirst()
                .orElseThrow()
                .getIdentifier();
        String correction =
                """
                {"correctedEventId": "%s", "corrections": {"title": "Clean energy superpower (corrected)"},
                 "reason": "Typo in the title"}"""
                        .formatted(eventId);

        Http.Response byRecorder = uk.post("/api/missions/to-correct/corrections", correction);
        assertThat(byRecorder.status()).isEqualTo(403);
        Http.Response byEditor = admin.as(TestUsers.EDITOR).post("/api/missions/to-correct/corrections", correction);
        assertThat(byEditor.status()).isEqualTo(200);

        assertThat(admin.as(TestUsers.EDITOR).get("/actuator/metrics").status()).isEqualTo(403);
        assertThat(admin.as(TestUsers.READER)
                        .post("/api/missions", declareMission("by-reader"))
                        .status())
                .isEqualTo(403);
        assertThat(admin.get("/actuator/metrics").status()).isEqualTo(200);
    }

    @Test
    void theActorIsTheAuthenticatedUserWhateverTheRequestClaims() {
        Http uk = admin.as(TestUsers.UK_RECORDER);
        Http.Response spoofedBody = uk.post(
                "/api/missions",
                declareMission("spoof").replace("\"policyArea\"", "\"actor\": \"someone-else\", \"policyArea\""));
        assertThat(spoofedBody.status()).isEqualTo(400);

        Http.Response spoofedHeaders = uk.post(
                "/api/missions",
                declareMission("spoof"),
                "X-Actor",
                "someone-else",
                "X-Forwarded-User",
                "someone-else");
        assertThat(spoofedHeaders.status()).isEqualTo(201);
        Http.Response spoofedMetadata = uk.post(
                "/api/missions/spoof/drop",
                """
                {"reason": "x", "source": %s, "metaData": {"actor": "someone-else"}}"""
                        .formatted(Requests.SOURCE));
        assertThat(spoofedMetadata.status()).isEqualTo(400);

        assertThat(eventStore.readEvents("spoof").asStream())
                .allSatisfy(e -> assertThat(e.getMetaData().get("actor")).isEqualTo("uk-recorder"));
    }

    @Test
    void everyResponseCarriesSecurityHeaders() {
        for (Http.Response response : java.util.List.of(
                admin.anonymous().get("/v3/api-docs"),
                admin.anonymous().post("/api/missions", declareMission("h")),
                admin.anonymous().get("/login", "text/html"))) {
            assertThat(response.header("Content-Security-Policy"))
                    .contains("script-src 'self'")
                    .contains("frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline");
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
            assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        }
    }

    @Test
    void oversizedBodiesAreRefusedWith413() {
        String huge = declareMission("huge").replace("\"energy\"", "\"" + "x".repeat(1_100_000) + "\"");
        Http.Response response = admin.post("/api/missions", huge);
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().get("type").asText()).endsWith("/payload-too-large");
        assertThat(eventStore.readEvents("huge").asStream()).isEmpty();
    }
}
