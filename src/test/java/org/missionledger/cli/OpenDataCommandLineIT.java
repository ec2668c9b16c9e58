package org.missionledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionledger.support.TestStore;
import picocli.CommandLine;

/** {@code import --format popolo} and {@code import --format sdg}, end to end through the command line. */
class OpenDataCommandLineIT {

    @TempDir
    Path dir;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(Map<String, Object> store, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(TestStore.arguments(store));
        CommandLine commandLine = new LedgerCommandLine(new ByteArrayOutputStream()).commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(all.toArray(String[]::new));
    }

    @Test
    void importsTenuresFromPopoloAndReadingsFromOpenSdg() throws Exception {
        Map<String, Object> store = TestStore.sharedStore(dir.resolve("data"));
        Path ledger = dir.resolve("ledger.yaml");
        Files.writeString(
                ledger,
                """
                format: mission-ledger/import
                version: 1
                sources:
                  s: {title: A source, publisher: A publisher, url: "https://example.org/s"}
                indicators:
                  - id: sdg-fixture-1-1-1
                    define: {name: Poverty, unit: Percentage, publisher: Example, frequency: ANNUAL,
                             seriesCode: SI_POV_DAY1, source: s}
                missions:
                  - id: popolo-fixture
                    declare: {body: {id: uk-government, name: UK Government, kind: NATIONAL_GOVERNMENT},
                              title: T, statement: S, source: s}
                    history:
                      - setTarget: {targetId: fixture-target, terms: {wording: W, deadline: "2030-12-31"}, source: s}
                """);
        assertThat(run(store, "import", ledger.toString())).as(err.toString()).isZero();

        Path popolo = dir.resolve("tenures.json");
        Files.copy(Path.of("src/test/resources/popolo/tenures.popolo.json"), popolo);
        assertThat(run(store, "import", "--format", "popolo", popolo.toString(), "--actor", "cli:jo"))
                .as(err.toString())
                .isZero();
        assertThat(out.toString()).contains("recorded 4 entries as cli:jo"); // 3 assignments and 1 end

        Path csv = dir.resolve("indicator_1-1-1.csv");
        Files.copy(Path.of("src/test/resources/sdg/indicator_1-1-1.csv"), csv);
        assertThat(run(
                        store,
                        "import",
                        "--format",
                        "sdg",
                        csv.toString(),
                        "--indicator",
                        "sdg-fixture-1-1-1",
                        "--source-title",
                        "SDG 1.1.1, 2024 release",
                        "--source-publisher",
                        "Example Statistics Office",
                        "--source-url",
                        "https://example.org/sdg/1-1-1/2024",
                        "--published-on",
                        "2024-03-28"))
                .as(err.toString())
                .isZero();
        assertThat(out.toString()).contains("recorded 3 entries"); // 2019, 2020 and 2022

        assertThat(run(store, "import", "--format", "sdg", csv.toString())).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("--indicator");
    }
}
