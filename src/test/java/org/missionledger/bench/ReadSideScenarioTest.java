package org.missionledger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The read side's scenarios run end to end at a tiny size; no timing is asserted. */
class ReadSideScenarioTest {

    @Test
    void projectionsAndQueriesRunEndToEnd(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("results.json");
        int exit = new CommandLine(new BenchCommand())
                .execute(
                        "--store-in-process",
                        "-s",
                        "projections,queries",
                        "--read-missions",
                        "2,3",
                        "--read-targets",
                        "2",
                        "--read-years",
                        "1",
                        "--rounds",
                        "1",
                        "--round-seconds",
                        "0.2",
                        "--warmup-seconds",
                        "0.1",
                        "--out",
                        out.toString());

        assertThat(exit).isZero();
        JsonNode report = new ObjectMapper().readTree(out.toFile());
        List<String> names = new ArrayList<>();
        for (JsonNode row : report.get("rows")) {
            names.add(row.get("name").asText());
            assertThat(row.get("subject").get("errors").asLong())
                    .as(row.get("name").asText() + ": " + row.get("subject").get("firstError"))
                    .isZero();
            assertThat(row.get("subject").get("ops").asLong()).isPositive();
        }
        assertThat(names)
                .contains(
                        ReadSideScenario.REBUILD + " (2 missions)",
                        ReadSideScenario.REBUILD + " (3 missions)",
                        ReadSideScenario.ACCOUNTABILITY + " (3 missions)",
                        ReadSideScenario.TIME_TRAVEL + " (3 missions)",
                        ReadSideScenario.CHANGES_MISSION + " (3 missions)",
                        ReadSideScenario.CHANGES_KIND + " (3 missions)");
        // the rebuilt views hold what the pre-filled events say
        assertThat(report.get("targets").toString()).contains("p99 under 20 ms");
    }
}
