package org.missionledger.source.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.missionledger.common.api.Source;
import org.missionledger.mission.api.DeclareMission;
import org.missionledger.mission.api.ReviseTarget;
import org.missionledger.mission.api.RewordMission;
import org.missionledger.mission.api.SetTarget;
import org.missionledger.mission.api.TargetTerms;
import org.missionledger.source.api.SourceIds;
import org.missionledger.support.Fixtures;
import org.missionledger.support.Http;
import org.missionledger.support.LedgerIntegrationTest;
import org.missionledger.support.ReadModel;
import org.missionledger.support.Recorder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The source watch end to end, against a local web server (JDK {@code HttpServer} on a loopback ephemeral port) whose
 * pages change between two runs: nothing here reaches the internet. A cited page that changes with nothing recorded is
 * an alert on /changes and in the feed until a recorder links it to an alteration; a page that changes after its
 * mission was revised is not; a page that disappears is; a page the server says is not modified is not fetched again.
 */
@LedgerIntegrationTest
@TestPropertySource(properties = {"missionledger.sources.watch.per-host-interval=PT0S"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SourceWatchIT {

    @LocalServerPort
    int port;

    Http http;
    Recorder recorder;
    HttpServer site;
    final Map<String, String> pages = new ConcurrentHashMap<>();
    final List<String> conditionalRequests = new CopyOnWriteArrayList<>();

    @BeforeAll
    void startTheSite() throws IOException {
        http = new Http(port);
        recorder = new Recorder(http);
        site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        site.createContext("/", this::serve);
        site.start();
        pages.put("/missions/safer-streets", page("Safer streets", "Halve serious violent crime within a decade."));
        pages.put("/missions/safer-streets/knife-crime", page("Knife crime", "Halve knife crime by 2034."));
        pages.put("/missions/clean-power", page("Clean power", "Clean power by 2030."));
        pages.put("/news/launch", page("Launch", "The missions were launched today."));
    }

    @AfterAll
    void stopTheSite() {
        site.stop(0);
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = pages.get(path);
        if (body == null) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        String etag = "\"" + SourceIds.sha256(body).substring(0, 16) + "\"";
        String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
        if (ifNoneMatch != null) {
            conditionalRequests.add(path);
        }
        if (etag.equals(ifNoneMatch)) {
            exchange.getResponseHeaders().add("ETag", etag);
            exchange.sendResponseHeaders(304, -1);
            exchange.close();
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        if (!path.startsWith("/news")) { // one page without validators: compared by its text
            exchange.getResponseHeaders().add("ETag", etag);
        }
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    static String page(String title, String text) {
        return "<!doctype html><html><head><title>" + title + "</title><script>var tracking = " + System.nanoTime()
                + ";</script></head><body><header><nav>Menu</nav></header><main><h1>" + title + "</h1><p>" + text
                + "</p></main><footer>Footer</footer></body></html>";
    }

    String url(String path) {
        return "http://127.0.0.1:" + site.getAddress().getPort() + path;
    }

    Source cites(String title, String path) {
        return new Source(title, "GOV.UK", url(path), LocalDate.of(2024, 12, 5), null);
    }

    static TargetTerms knifeCrime(String wording) {
        return new TargetTerms(wording, null, null, null, null, null, null, LocalDate.of(2034, 12, 31), null, null);
    }

    @Test
    void anUnloggedChangeOfACitedPageIsDetectedAlertedAndResolvedByAnEvent() {
        recorder.record(
                "/api/missions",
                new DeclareMission(
                        "safer-streets",
                        Fixtures.UK,
                        "Safer streets",
                        "Halve serious violent crime",
                        null,
                        null,
                        null,
                        cites("Safer streets mission", "/missions/safer-streets")));
        recorder.record(
                "/api/missions/safer-streets/targets",
                new SetTarget(
                        "safer-streets",
                        "knife-crime",
                        knifeCrime("Halve knife crime by 2034"),
                        cites("Knife crime milestone", "/missions/safer-streets/knife-crime#target"),
                        null));
        recorder.record(
                "/api/missions",
                new DeclareMission(
                        "clean-power",
                        Fixtures.UK,
                        "Clean power",
                        "Clean power by 2030",
                        null,
                        null,
                        null,
                        cites("Clean power mission", "/missions/clean-power")));
        recorder.record(
                "/api/missions/clean-power/rewordings",
                new RewordMission(
                        "clean-power",
                        null,
                        "Clean power by 2030, at least 95%",
                        "Restated",
                        cites("Launch", "/news/launch"),
                        null));
        ReadModel.awaitCaughtUp(http);
        JsonNode watched = http.get("/api/sources").data();
        assertThat(watched).hasSize(4);
        watched.forEach(
                source -> assertThat(URI.create(source.get("url").asText()).getHost())
                        .as("only the local site is watched")
                        .isEqualTo("127.0.0.1"));

        // first run: every page is seen for the first time
        JsonNode first = watch();
        assertThat(outcomes(first)).containsOnly("BASELINE");
        assertThat(conditionalRequests).isEmpty();

        // between the runs: the target's page is reworded on the web, quietly; the clean-power page changes too, but
        // its mission is revised on the ledger; the launch news disappears; the mission page changes only its script
        pages.put("/missions/safer-streets/knife-crime", page("Knife crime", "Reduce knife crime by 2034."));
        pages.put("/missions/clean-power", page("Clean power", "Clean power by 2030: 95% of generation."));
        pages.remove("/news/launch");
        pages.put("/missions/safer-streets", page("Safer streets", "Halve serious violent crime within a decade."));
        recorder.record(
                "/api/missions/clean-power/rewordings",
                new RewordMission(
                        "clean-power",
                        "Clean power 2030",
                        null,
                        "Renamed",
                        cites("Clean power mission", "/missions/clean-power"),
                        null));
        ReadModel.awaitCaughtUp(http);

        JsonNode second = watch();
        assertThat(outcome(second, "/missions/safer-streets/knife-crime")).isEqualTo("CHANGED");
        assertThat(outcome(second, "/missions/clean-power")).isEqualTo("CHANGED");
        assertThat(outcome(second, "/news/launch")).isEqualTo("GONE");
        assertThat(outcome(second, "/missions/safer-streets"))
                .as("same readable text: only the script changed")
                .isEqualTo("UNCHANGED");
        assertThat(conditionalRequests)
                .as("conditional requests with the validators of the first run")
                .contains("/missions/safer-streets/knife-crime", "/missions/clean-power", "/missions/safer-streets");
        ReadModel.awaitCaughtUp(http);

        // the alerts: the quietly reworded target, and the page that disappeared; not the change that was logged
        JsonNode alerts = http.get("/api/changes/source-alerts").data();
        assertThat(alerts).hasSize(2);
        JsonNode reworded = alert(alerts, "/missions/safer-streets/knife-crime");
        assertThat(reworded.get("kind").asText()).isEqualTo("CHANGED");
        assertThat(reworded.get("status").asText()).isEqualTo("OPEN");
        assertThat(reworded.get("before").asText()).contains("Halve knife crime");
        assertThat(reworded.get("after").asText())
                .contains("Reduce knife crime")
                .doesNotContain("Menu", "tracking");
        assertThat(reworded.get("citedBy").get(0).get("targetId").asText()).isEqualTo("knife-crime");
        assertThat(alert(alerts, "/news/launch").get("kind").asText()).isEqualTo("GONE");
        JsonNode all = http.get("/api/changes/source-alerts?status=all").data();
        assertThat(alert(all, "/missions/clean-power").get("status").asText()).isEqualTo("LOGGED");

        String changesPage = http.anonymous().get("/changes", "text/html").body();
        assertThat(changesPage)
                .contains("Cited pages that changed with no alteration recorded")
                .contains("The page cited for target “Halve knife crime by 2034” of “Safer streets” changed on")
                .contains("no alteration was recorded")
                .contains("<del><span class=\"govuk-visually-hidden\">removed: </span>Halve </del>")
                .doesNotContain("Clean power 2030” changed");
        String feed = http.anonymous()
                .get("/api/changes.atom", "application/atom+xml")
                .body();
        assertThat(feed)
                .contains("urn:missionledger:source-alert:"
                        + reworded.get("sourceId").asText() + ":2")
                .contains("UNLOGGED_SOURCE_CHANGE")
                .contains("[-Halve-] {+Reduce+}")
                .contains("SOURCE_GONE");
        String sourceId = reworded.get("sourceId").asText();
        String alertPage = http.anonymous()
                .get("/changes/source-alerts/" + sourceId + "/2", "text/html")
                .body();
        assertThat(alertPage).contains("no alteration was recorded").contains("knife-crime");

        // the recorder catches up: the revision is recorded, and the alert linked to it
        recorder.record(
                "/api/missions/safer-streets/targets/knife-crime/revisions",
                new ReviseTarget(
                        "safer-streets",
                        "knife-crime",
                        knifeCrime("Reduce knife crime by 2034"),
                        "Reworded on the milestone page",
                        cites("Knife crime milestone", "/missions/safer-streets/knife-crime"),
                        null));
        ReadModel.awaitCaughtUp(http);
        long change = http.get("/api/changes?mission=safer-streets")
                .data()
                .get(0)
                .get("number")
                .asLong();
        String link = "/api/sources/" + sourceId + "/observations/2/link";

        Http.Response unknown = http.post(link, "{\"changeNumber\": 99999}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asText()).isEqualTo("changeNumber");
        Http.Response asReader =
                http.as(org.missionledger.support.TestUsers.READER).post(link, "{\"changeNumber\": " + change + "}");
        assertThat(asReader.status()).isEqualTo(403);

        Http.Response linked =
                http.post(link, "{\"changeNumber\": " + change + ", \"note\": \"The milestone reworded\"}");
        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
        Http.Response again = http.post(link, "{\"changeNumber\": " + change + "}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asText()).endsWith("/source-change-already-resolved");

        String gone = alert(alerts, "/news/launch").get("sourceId").asText();
        String dismissal = "/api/sources/" + gone + "/observations/2/dismissal";
        Http.Response noReason = http.post(dismissal, "{\"reason\": \" \"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asText()).isEqualTo("reason");
        assertThat(http.post(dismissal, "{\"reason\": \"The news item moved; the speech is cited instead\"}")
                        .status())
                .isEqualTo(200);
        ReadModel.awaitCaughtUp(http);

        assertThat(http.get("/api/changes/source-alerts").data()).isEmpty();
        JsonNode resolved =
                http.get("/api/changes/source-alerts/" + sourceId + "/2").data();
        assertThat(resolved.get("status").asText()).isEqualTo("LINKED");
        assertThat(resolved.get("resolution").get("changeNumber").asLong()).isEqualTo(change);
        assertThat(resolved.get("resolution").get("actor").asText()).isEqualTo("tester");
        assertThat(http.anonymous().get("/changes", "text/html").body())
                .doesNotContain("Cited pages that changed with no alteration recorded");
        assertThat(http.anonymous()
                        .get("/api/changes.atom", "application/atom+xml")
                        .body())
                .doesNotContain("urn:missionledger:source-alert:");

        // a third run: nothing changed, nothing recorded
        long head = http.get("/api/admin/projections").json().get("head").asLong();
        JsonNode third = watch();
        assertThat(outcomes(third)).doesNotContain("CHANGED", "GONE", "BASELINE", "FAILED");
        assertThat(http.get("/api/admin/projections").json().get("head").asLong())
                .isEqualTo(head);
    }

    /** Starts a run through the API (ADMIN) and follows it to its end. */
    JsonNode watch() {
        Http.Response started = http.post("/api/admin/sources/watch", "");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        for (int i = 0; i < 2400; i++) {
            JsonNode report = http.get("/api/admin/sources/watch").json();
            if (report.get("state").asText().equals("DONE")) {
                return report;
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("The source watch did not finish");
    }

    static List<String> outcomes(JsonNode report) {
        List<String> outcomes = new ArrayList<>();
        report.get("outcomes").forEach(o -> outcomes.add(o.get("outcome").asText()));
        return outcomes;
    }

    String outcome(JsonNode report, String path) {
        for (JsonNode o : report.get("outcomes")) {
            if (o.get("url").asText().equals(url(path))) {
                return o.get("outcome").asText();
            }
        }
        throw new AssertionError("No outcome for " + path + " in " + report);
    }

    JsonNode alert(JsonNode alerts, String path) {
        for (JsonNode a : alerts) {
            if (a.get("url").asText().equals(url(path))) {
                return a;
            }
        }
        throw new AssertionError("No alert for " + path + " in " + alerts);
    }
}
