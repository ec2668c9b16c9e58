package org.missionledger.platform.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.Test;
import org.missionledger.mission.api.MissionDeclared;
import org.missionledger.mission.api.TargetSet;
import org.missionledger.support.Http;
import org.missionledger.support.LedgerIntegrationTest;
import org.missionledger.support.Requests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A projection handler that throws parks the event in the dead-letter queue for its sequence only; other sequences
 * keep flowing; an admin lists, retries and evicts parked events; health and metrics show them.
 */
@LedgerIntegrationTest
@Import(DeadLetterIT.PoisonProbe.class)
class DeadLetterIT {

    @LocalServerPort
    int port;

    @Autowired
    PoisonProbe probe;

    @Test
    void aFailingHandlerParksOnlyItsSequence() throws Exception {
        Http http = new Http(port);
        http.post("/api/missions", Requests.declareMission("poison-1"));
        http.post("/api/missions/poison-1/targets", Requests.setTarget("p-t1", "After the poison", "9", "2030-12-31"));
        http.post("/api/missions", Requests.declareMission("healthy-1"));
        http.post("/api/missions/healthy-1/targets", Requests.setTarget("h-t1", "Healthy", "9", "2030-12-31"));

        await(() -> probe.handled.contains("healthy-1:TargetSet"));
        await(() -> http.get("/api/admin/dead-letters")
                        .json()
                        .at("/processingGroups/poison-probe")
                        .asLong()
                == 2);
        assertThat(probe.handled).doesNotContain("poison-1:MissionDeclared", "poison-1:TargetSet");

        JsonNode parked = http.get("/api/admin/dead-letters/poison-probe").json();
        assertThat(parked).hasSize(2);
        assertThat(parked.get(0).get("sequence").asText()).isEqualTo("poison-1");
        assertThat(parked.get(0).get("eventType").asText()).isEqualTo("MissionDeclared");
        assertThat(parked.get(0).get("cause").asText()).contains("poisoned on purpose");
        assertThat(http.as(org.missionledger.support.TestUsers.EDITOR)
                        .get("/api/admin/dead-letters")
                        .status())
                .isEqualTo(403);

        JsonNode health = http.get("/actuator/health").json();
        assertThat(health.at("/components/processors/details/poison-probe/deadLetters")
                        .asLong())
                .isEqualTo(2);
        assertThat(http.get("/actuator/prometheus", "text/plain").body())
                .contains("missionledger_deadletters{processingGroup=\"poison-probe\"} 2.0");

        probe.poisoned.set(false);
        JsonNode retried = http.postRaw("/api/admin/dead-letters/poison-probe/retry", "application/json", "")
                .json();
        assertThat(retried.get("sequencesCleared").asInt()).isEqualTo(1);
        assertThat(retried.get("remaining").asLong()).isZero();
        assertThat(probe.handled).contains("poison-1:MissionDeclared", "poison-1:TargetSet");

        probe.poisoned.set(true);
        http.post("/api/missions", Requests.declareMission("poison-2"));
        await(() -> http.get("/api/admin/dead-letters")
                        .json()
                        .at("/processingGroups/poison-probe")
                        .asLong()
                == 1);
        String eventId = http.get("/api/admin/dead-letters/poison-probe")
                .json()
                .get(0)
                .get("eventId")
                .asText();
        assertThat(http.postRaw("/api/admin/dead-letters/poison-probe/" + eventId + "/evict", "application/json", "")
                        .status())
                .isEqualTo(200);
        assertThat(http.get("/api/admin/dead-letters")
                        .json()
                        .at("/processingGroups/poison-probe")
                        .asLong())
                .isZero();
        assertThat(http.get("/api/admin/dead-letters/no-such-group").status()).isEqualTo(404);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Condition not met within 60 s");
            }
            Thread.sleep(100);
        }
    }

    /** A projection that fails on missions whose id starts with "poison" while poisoned. */
    @TestConfiguration
    @ProcessingGroup("poison-probe")
    static class PoisonProbe {
        final Set<String> handled = ConcurrentHashMap.newKeySet();
        final AtomicBoolean poisoned = new AtomicBoolean(true);

        @EventHandler
        void on(MissionDeclared event, EventMessage<?> message) {
            handle(event.missionId(), "MissionDeclared");
        }

        @EventHandler
        void on(TargetSet event) {
            handle(event.missionId(), "TargetSet");
        }

        private void handle(String missionId, String type) {
            if (poisoned.get() && missionId.startsWith("poison")) {
                throw new IllegalStateException("poisoned on purpose");
            }
            handled.add(missionId + ":" + type);
        }
    }
}
