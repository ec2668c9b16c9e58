package org.missionledger.platform.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.missionledger.support.Requests.declareMission;
import static org.missionledger.support.Requests.setTarget;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.missionledger.support.Http;
import org.missionledger.support.LedgerIntegrationTest;
import org.missionledger.support.TestStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/** When the store is unreachable, commands fail fast with 503 and Retry-After; when it returns, work resumes. */
@LedgerIntegrationTest
// a context of its own, closed after: its outage parks the events it could not project as dead letters; other tests
// must not inherit them
@TestPropertySource(properties = "missionledger.test.context=store-outage")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class StoreOutageIT {

    @LocalServerPort
    int port;

    @Autowired
    LedgerStore store;

    @Autowired
    EventStore eventStore;

    @Test
    void commandsAnswer503DuringAnOutageAndSucceedAfterIt() {
        assumeFalse(TestStore.usesRealMongo(), "stops and restarts the embedded server");
        Http http = new Http(port);
        assertThat(http.post("/api/missions", declareMission("outage")).status())
                .isEqualTo(201);
        EmbeddedMongoStore embedded = store.embedded().orElseThrow();

        embedded.suspend();
        try {
            Http.Response during = http.post(
                    "/api/missions/outage/targets",
                    setTarget("t1", "Target", "90", "2030-12-31"),
                    "Idempotency-Key",
                    "outage-1");
            assertThat(during.status()).isEqualTo(503);
            assertThat(during.header("Retry-After")).isEqualTo("5");
            assertThat(during.json().get("type").asText()).endsWith("/store-unavailable");
            assertThat(during.body()).doesNotContain("Exception", "com.mongodb");
        } finally {
            embedded.resume();
        }

        Http.Response after = http.post(
                "/api/missions/outage/targets",
                setTarget("t1", "Target", "90", "2030-12-31"),
                "Idempotency-Key",
                "outage-1");
        assertThat(after.status()).isEqualTo(201);
        assertThat(eventStore.readEvents("outage").asStream())
                .extracting(e -> e.getPayloadType().getSimpleName())
                .containsExactly("MissionDeclared", "TargetSet");

        // what the projections could not write during the outage was parked; once the store answers, it is applied
        // again by itself (no operator's retry), and every later event of the mission follows
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        String mission = "";
        while (System.nanoTime() < deadline) {
            Http.Response answer = http.get("/api/missions/outage");
            mission = answer.body();
            if (answer.status() == 200 && mission.contains("\"targetId\":\"t1\"")) {
                break;
            }
            sleep();
        }
        assertThat(mission).as("the mission board after the outage").contains("\"targetId\":\"t1\"");
        org.missionledger.support.ReadModel.awaitCaughtUp(http);
        var groups = http.get("/api/admin/dead-letters").json().path("processingGroups");
        assertThat(groups.size()).as("dead-letter queues").isPositive();
        groups.fields().forEachRemaining(group -> assertThat(group.getValue().asLong())
                .as("letters left in %s", group.getKey())
                .isZero());
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
