package org.missionledger.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.missionledger.support.Http;
import org.missionledger.support.LedgerIntegrationTest;
import org.missionledger.support.Requests;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Health shows the store and every processor with its lag; metrics are exposed for Prometheus. */
@LedgerIntegrationTest
class HealthAndMetricsIT {

    @LocalServerPort
    int port;

    @Test
    void healthAndPrometheusMetrics() {
        Http http = new Http(port);
        http.post("/api/missions", Requests.declareMission("metrics"));

        assertThat(http.anonymous().get("/actuator/health").json().get("status").asText())
                .isEqualTo("UP");
        assertThat(http.anonymous().get("/actuator/health").json().has("components"))
                .isFalse();
        JsonNode health = http.get("/actuator/health").json();
        assertThat(health.at("/components/store/status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/store/details/head").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(health.at("/components/processors/status").asText()).isEqualTo("UP");

        Http.Response prometheus = http.get("/actuator/prometheus", "text/plain");
        assertThat(prometheus.status()).isEqualTo(200);
        assertThat(prometheus.body()).contains("jvm_memory_used_bytes").containsIgnoringCase("commandbus");
        assertThat(http.anonymous().get("/actuator/prometheus", "text/plain").status())
                .isEqualTo(401);
    }
}
