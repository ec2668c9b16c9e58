package org.missionledger.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionledger.platform.store.LedgerStore;
import org.missionledger.platform.store.StoreProperties;
import org.missionledger.support.TestStore;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/** The command line end to end, each run starting the application as the jar would. */
class CommandLineIT {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    LedgerCommandLine root;

    int run(Map<String, Object> store, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(TestStore.arguments(store));
        root = new LedgerCommandLine(stdout);
        CommandLine commandLine = root.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(all.toArray(String[]::new));
    }

    @Test
    void importsExportsAndReimportsIntoAnEmptyLedger() throws Exception {
        Map<String, Object> first = TestStore.sharedStore(dir.resolve("first"));
        Map<String, Object> second = TestStore.sharedStore(dir.resolve("second"));
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(
                bad,
                """
                format: mission-ledger/import
                version: 1
                missions:
                  - id: m1
                    declare: {body: {id: b, name: B, kind: OTHER}, title: T, statement: S, source: nowhere}
                  - id: m2
                    declare: {body: {id: b, name: B, kind: OTHER}, title: T, statement: S, sauce: x}
                """);
        Path exported = dir.resolve("missions.yaml");
        Path events = dir.resolve("events.jsonl");

        assertThat(run(first, "import", "--demo", "--actor", "cli:tester")).isZero();
        assertThat(out.toString()).contains("recorded 84 entries as cli:tester");

        assertThat(run(first, "import", bad.toString())).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString())
                .contains("Refused " + bad + ": 3 problems; nothing from it was recorded.")
                .contains("line 5: $.missions[0].declare.source: no source 'nowhere' is declared")
                .contains("line 7: $.missions[1].declare.sauce: 'sauce' is not allowed here [schema]")
                .contains("line 7: $.missions[1].declare.source: 'source' is required [schema]");

        assertThat(run(first, "export", "missions", "--format", "yaml", "-o", exported.toString()))
                .isZero();
        assertThat(err.toString()).contains("Exported 7 indicators and 12 missions to " + exported);

        assertThat(run(second, "import", exported.toString(), "--json")).isZero();
        JsonNode report = JSON.readTree(out.toString().substring(out.toString().indexOf('{')));
        assertThat(report.get("outcome").asText()).isEqualTo("RECORDED");
        assertThat(report.get("recorded").asInt()).isEqualTo(84);

        assertThat(run(second, "export", "events", "--format", "jsonl", "-o", events.toString()))
                .isZero();
        List<String> lines = Files.readAllLines(events);
        assertThat(lines).hasSize(84);
        JsonNode firstEvent = JSON.readTree(lines.get(0));
        assertThat(firstEvent.get("globalIndex").asLong()).isEqualTo(1);
        assertThat(firstEvent.get("payload").isTextual()).isTrue();
        assertThat(JSON.readTree(firstEvent.get("metadata").asText())
                        .get("actor")
                        .asText())
                .startsWith("cli:");
    }

    @Test
    void writesExportsToStandardOutput() {
        Map<String, Object> store = TestStore.properties();

        assertThat(run(store, "export", "events")).isZero();

        assertThat(stdout.toString()).isEmpty(); // an empty ledger: no lines, and no log lines either
        assertThat(err.toString()).contains("Exported 0 events.");
    }

    @Test
    void refusesADataFileInUseWhenNoServerAnswers() throws Exception {
        assumeFalse(TestStore.usesRealMongo());
        Path dataDir = Files.createDirectories(dir.resolve("busy"));
        MVStore held = new MVStore.Builder()
                .fileName(dataDir.resolve("missionledger.mv.db").toString())
                .open();
        try {
            Map<String, Object> store = TestStore.sharedStore(dataDir);

            assertThat(run(store, "export", "events")).isEqualTo(ExitCodes.STORE_UNAVAILABLE);
            assertThat(err.toString()).contains("is in use by another process that does not say where it answers");
        } finally {
            held.close();
        }
    }

    @Test
    void readsThroughAProcessThatHoldsTheDataFileAndRefusesToWriteBesideIt() throws Exception {
        assumeFalse(TestStore.usesRealMongo());
        Path dataDir = dir.resolve("served");
        Map<String, Object> store = TestStore.sharedStore(dataDir);
        assertThat(run(store, "import", "--demo")).isZero();
        // another process now holds the data file (like a writing command: it serves no HTTP)
        try (LedgerStore holder = LedgerStore.open(new StoreProperties(
                "",
                (String) store.get("missionledger.store.database"),
                new StoreProperties.Embedded(dataDir, 0, StoreProperties.Backend.H2)))) {
            String uri = holder.embedded().orElseThrow().connectionString();

            assertThat(run(store, "export", "events")).isZero();
            assertThat(err.toString())
                    .contains("is in use by a running server (pid "
                            + ProcessHandle.current().pid() + "); reading its store at " + uri);
            assertThat(stdout.toString().lines()).hasSize(84);

            assertThat(run(store, "import", "--demo")).isEqualTo(ExitCodes.STORE_UNAVAILABLE);
            assertThat(err.toString())
                    .contains("Another command (pid " + ProcessHandle.current().pid() + ") is writing to the ledger in "
                            + dataDir.toAbsolutePath().normalize());
            assertThat(holder.database().getCollection("events").countDocuments())
                    .isEqualTo(84);
        }
    }

    @Test
    void servesByDefault() throws Exception {
        Map<String, Object> store = TestStore.properties();
        store.put("server.port", "0");

        assertThat(run(store)).isZero();

        try (ConfigurableApplicationContext server = root.server().orElseThrow()) {
            int port = ((WebServerApplicationContext) server).getWebServer().getPort();
            HttpResponse<String> health = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
        }
    }
}
