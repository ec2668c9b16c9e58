package org.missionledger.platform.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.missionledger.support.Requests.assign;
import static org.missionledger.support.Requests.declareMission;
import static org.missionledger.support.Requests.reviseTarget;
import static org.missionledger.support.Requests.setTarget;

import java.nio.file.Path;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionledger.MissionLedgerApplication;
import org.missionledger.support.Http;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The default embedded store keeps what was recorded across a restart of the application. */
class EmbeddedStoreRestartIT {

    @TempDir
    Path dataDir;

    @Test
    void aMissionWithTwoTargetsAndAnOwnerSurvivesARestart() {
        try (ConfigurableApplicationContext app = start()) {
            Http http = http(app);
            assertThat(http.post("/api/missions", declareMission("restart")).status())
                    .isEqualTo(201);
            http.post("/api/missions/restart/targets", setTarget("t1", "First", "90", "2030-12-31"));
            http.post("/api/missions/restart/targets", setTarget("t2", "Second", "50", "2029-12-31"));
            http.post(
                    "/api/missions/restart/tenures",
                    assign("owner", "A. Minister", "Secretary of State", "2024-07-05"),
                    "Idempotency-Key",
                    "owner-1");
        }
        try (ConfigurableApplicationContext app = start()) {
            EventStore events = app.getBean(EventStore.class);
            assertThat(events.readEvents("restart").asStream())
                    .extracting(e -> e.getPayloadType().getSimpleName())
                    .containsExactly("MissionDeclared", "TargetSet", "TargetSet", "AccountabilityAssigned");
            // the aggregate loads from the restarted store and keeps enforcing its rules
            Http http = http(app);
            // a retry after the restart with the same Idempotency-Key gets the first answer and records nothing
            Http.Response retried = http.post(
                    "/api/missions/restart/tenures",
                    assign("owner", "A. Minister", "Secretary of State", "2024-07-05"),
                    "Idempotency-Key",
                    "owner-1");
            assertThat(retried.status()).isEqualTo(201);
            assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(retried.header("ETag")).isEqualTo("\"3\"");
            assertThat(events.readEvents("restart").asStream()).hasSize(4);
            Http.Response revised = http.post(
                    "/api/missions/restart/targets/t1/revisions",
                    reviseTarget("First, later", "90", "2031-12-31"),
                    "If-Match",
                    "\"3\"");
            assertThat(revised.status()).isEqualTo(200);
            assertThat(revised.header("ETag")).isEqualTo("\"4\"");
        }
    }

    private ConfigurableApplicationContext start() {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(
                "--server.port=0",
                "--missionledger.store.uri=",
                "--missionledger.store.embedded.backend=h2",
                "--missionledger.store.embedded.data-dir=" + dataDir,
                "--missionledger.demo.enabled=false"));
        args.addAll(java.util.List.of(org.missionledger.support.TestUsers.arguments()));
        return new SpringApplicationBuilder(MissionLedgerApplication.class).run(args.toArray(String[]::new));
    }

    private static Http http(ConfigurableApplicationContext app) {
        return new Http(((WebServerApplicationContext) app).getWebServer().getPort());
    }
}
