package org.missionledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionledger.support.TestStore;
import picocli.CommandLine;

/** {@code sources watch} from the command line, twice, against a local web server whose page changes in between. */
class SourcesWatchCommandIT {

    @TempDir
    Path dir;

    HttpServer site;
    final AtomicReference<String> text = new AtomicReference<>("Halve knife crime by 2034.");
    StringWriter out;
    StringWriter err;

    @BeforeEach
    void startTheSite() throws Exception {
        site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        site.createContext("/milestones", exchange -> {
            byte[] body = ("<html><body><main><p>" + text.get() + "</p></main></body></html>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        site.start();
    }

    @AfterEach
    void stopTheSite() {
        site.stop(0);
    }

    int run(Map<String, Object> store, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(TestStore.arguments(store));
        out = new StringWriter();
        err = new StringWriter();
        CommandLine commandLine = new LedgerCommandLine(new ByteArrayOutputStream()).commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(all.toArray(String[]::new));
    }

    @Test
    void recordsTheBaselineThenTheChange() throws Exception {
        Map<String, Object> store = TestStore.sharedStore(dir.resolve("data"));
        String url = "http://127.0.0.1:" + site.getAddress().getPort() + "/milestones";
        Path file = dir.resolve("ledger.yaml");
        Files.writeString(
                file,
                """
                format: mission-ledger/import
                version: 1
                missions:
                  - id: safer-streets
                    declare:
                      body: {id: uk-government, name: UK Government, kind: NATIONAL_GOVERNMENT}
                      title: Safer streets
                      statement: Halve knife crime
                      source: {title: Milestones, publisher: GOV.UK, url: "%s"}
                """
                        .formatted(url));
        assertThat(run(store, "import", file.toString())).isZero();

        assertThat(run(store, "sources", "watch", "--missionledger.sources.watch.per-host-interval=PT0S"))
                .as(err.toString())
                .isZero();
        assertThat(out.toString()).isEqualTo("BASELINE\t200\t" + url + System.lineSeparator());

        text.set("Reduce knife crime by 2034.");
        assertThat(run(store, "sources", "watch", "--missionledger.sources.watch.per-host-interval=PT0S"))
                .isZero();
        assertThat(out.toString()).isEqualTo("CHANGED\t200\t" + url + System.lineSeparator());
        assertThat(err.toString()).contains("1 cited URL(s): 1 changed, 0 gone");

        assertThat(run(store, "sources")).isEqualTo(ExitCodes.USAGE);
    }
}
