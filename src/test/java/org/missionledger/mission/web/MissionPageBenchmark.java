package org.missionledger.mission.web;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.missionledger.common.api.Source;
import org.missionledger.indicator.api.DefineIndicator;
import org.missionledger.indicator.api.Frequency;
import org.missionledger.indicator.api.RecordReading;
import org.missionledger.indicator.api.ReviseReading;
import org.missionledger.mission.api.AccountableRole;
import org.missionledger.mission.api.AssignAccountability;
import org.missionledger.mission.api.Body;
import org.missionledger.mission.api.BodyKind;
import org.missionledger.mission.api.Comparator;
import org.missionledger.mission.api.DeclareMission;
import org.missionledger.mission.api.Holder;
import org.missionledger.mission.api.ReassignAccountability;
import org.missionledger.mission.api.ReviseTarget;
import org.missionledger.mission.api.RoleKind;
import org.missionledger.mission.api.SetTarget;
import org.missionledger.mission.api.TargetTerms;
import org.missionledger.platform.axon.CurrentActor;
import org.missionledger.support.Http;
import org.missionledger.support.LedgerIntegrationTest;
import org.missionledger.support.ReadModel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.ui.ExtendedModelMap;

/**
 * Timing harness for the pages (not part of {@code mvn verify}: timings belong in benchmarks, never in assertions).
 * Seeds a mission with 50 targets, each measured by its own monthly indicator with five years (60 months) of readings
 * (one in ten revised once), plus target revisions and accountability, then times each page type over loopback HTTP
 * against the embedded store. Results are printed and written to {@code target/bench/pages.md}; they are recorded in
 * {@code docs/benchmarks.md} under "Pages".
 *
 * <pre>
 * mvn -B -q -o test -Dtest=MissionPageBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@LedgerIntegrationTest
class MissionPageBenchmark {

    static final int TARGETS = 50;
    static final int MONTHS = 60;
    static final int WARMUP = 100;
    static final int ROUNDS = 300;
    static final String MISSION = "bench-mission";
    static final Source SOURCE = new Source("Benchmark source", "Benchmark", "https://example.org/bench", null, null);

    @LocalServerPort
    int port;

    @Autowired
    CommandGateway commands;

    @Autowired
    MissionPages missionPages;

    @Autowired
    TemplateEngine templates;

    @Test
    void timesThePages() throws Exception {
        long seeding = System.nanoTime();
        int events = seed();
        ReadModel.awaitCaughtUp(new Http(port));
        double seconds = (System.nanoTime() - seeding) / 1e9;

        HttpClient client = HttpClient.newHttpClient();
        List<String[]> pages = List.of(
                new String[] {"mission page (50 targets, 5 years monthly)", "/missions/" + MISSION},
                new String[] {
                    "target page (60 readings, chart table, revisions)", "/missions/" + MISSION + "/targets/t01"
                },
                new String[] {"missions index", "/"},
                new String[] {
                    "mission as it stood (time travel, folded from events)", "/missions/" + MISSION + "?asOf=2023-06-30"
                },
                new String[] {"changes", "/changes"},
                new String[] {"dossier (HTML)", "/missions/" + MISSION + "/dossier"},
                new String[] {"audit trail page", "/audit?from=1000"});
        // warm up every page first (the JIT compiles the shared code once, not during the first page's rounds)
        for (int i = 0; i < WARMUP; i++) {
            for (String[] page : pages) {
                send(client, get(page[1]));
            }
        }
        StringBuilder report = new StringBuilder();
        report.append(String.format(
                Locale.ROOT,
                "Seeded %d events (%d targets × %d monthly readings) in %.1f s.%n%n",
                events,
                TARGETS,
                MONTHS,
                seconds));
        report.append("In process (controller and template, no HTTP), the mission page of 50 targets:\n\n");
        report.append("| measure | p50 ms | p90 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|\n");
        report.append(inProcess()).append("\n\nOver loopback HTTP (what a browser waits for, less the network):\n\n");
        report.append("| page | p50 ms | p90 ms | p99 ms | max ms | KB |\n|---|---:|---:|---:|---:|---:|\n");
        for (String[] page : pages) {
            report.append(time(client, page[0], page[1], 0, ROUNDS)).append('\n');
        }
        report.append(time(client, "dossier (PDF)", "/missions/" + MISSION + "/dossier.pdf", 5, 20))
                .append('\n');
        report.append(String.format(
                Locale.ROOT,
                "%nJava %s, %d processors, max heap %d MB, load average %.1f.%n",
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        System.out.println(report);
        Path out = Path.of("target/bench/pages.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /**
     * The mission page's server work without HTTP: the controller's queries and the template, on this thread, as wall
     * time and as this thread's CPU time (which other processes on a busy machine do not inflate).
     */
    private String inProcess() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] wall = new double[ROUNDS];
        double[] cpu = new double[ROUNDS];
        for (int i = -WARMUP; i < ROUNDS; i++) {
            long startCpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            ExtendedModelMap model = new ExtendedModelMap();
            String view = missionPages.mission(
                    MISSION, Map.of(), new MockHttpServletRequest("GET", "/missions/" + MISSION), model);
            StringOutput html = new StringOutput();
            templates.render(view + ".jte", model, html);
            if (i >= 0) {
                wall[i] = (System.nanoTime() - start) / 1e6;
                cpu[i] = (threads.getCurrentThreadCpuTime() - startCpu) / 1e6;
            }
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return row("wall time", wall) + "\n" + row("CPU time of the request's thread", cpu);
    }

    private static String row(String name, double[] sorted) {
        return String.format(
                Locale.ROOT,
                "| %s | %.1f | %.1f | %.1f | %.1f |",
                name,
                percentile(sorted, 50),
                percentile(sorted, 90),
                percentile(sorted, 99),
                sorted[sorted.length - 1]);
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "text/html")
                .GET()
                .build();
    }

    private String time(HttpClient client, String name, String path, int warmup, int rounds) throws Exception {
        HttpRequest request = get(path);
        int bytes = send(client, request);
        for (int i = 0; i < warmup; i++) {
            bytes = send(client, request);
        }
        double[] millis = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            send(client, request);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return String.format(
                Locale.ROOT,
                "| %s | %.1f | %.1f | %.1f | %.1f | %d |",
                name,
                percentile(millis, 50),
                percentile(millis, 90),
                percentile(millis, 99),
                millis[millis.length - 1],
                bytes / 1024);
    }

    private static int send(HttpClient client, HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
        }
        return response.body().length;
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /** The mission, its 50 targets and indicators, 60 months of readings each, revisions and tenures. */
    private int seed() {
        Random random = new Random(42);
        List<Object> batch = new ArrayList<>();
        batch.add(new DeclareMission(
                MISSION,
                new Body("uk-government", "UK Government", BodyKind.NATIONAL_GOVERNMENT),
                "A mission with fifty targets",
                "Fifty measurable targets, each with five years of monthly data.",
                "benchmark",
                LocalDate.of(2020, 1, 1),
                LocalDate.of(2030, 12, 31),
                SOURCE));
        batch.add(new AssignAccountability(
                MISSION,
                "lead-1",
                null,
                new AccountableRole(RoleKind.LEAD_MINISTER, null),
                new Holder("First Minister", "Secretary of State"),
                LocalDate.of(2020, 1, 1),
                SOURCE));
        batch.add(new ReassignAccountability(
                MISSION,
                "lead-1",
                "lead-2",
                new Holder("Second Minister", "Secretary of State"),
                LocalDate.of(2023, 1, 1),
                "Reshuffle",
                SOURCE));
        for (int t = 1; t <= TARGETS; t++) {
            String indicator = String.format(Locale.ROOT, "bench-series-%02d", t);
            String target = String.format(Locale.ROOT, "t%02d", t);
            batch.add(new DefineIndicator(
                    indicator,
                    "Benchmark series " + t,
                    "%",
                    "Benchmark statistics",
                    null,
                    null,
                    Frequency.MONTHLY,
                    null,
                    SOURCE));
            TargetTerms terms = new TargetTerms(
                    "Raise benchmark series " + t + " to at least 80% by 2026",
                    indicator,
                    new BigDecimal("50"),
                    LocalDate.of(2019, 12, 31),
                    Comparator.AT_LEAST,
                    new BigDecimal("80"),
                    "%",
                    LocalDate.of(2026, 12, 31),
                    "United Kingdom",
                    null);
            batch.add(new SetTarget(MISSION, target, terms, SOURCE, LocalDate.of(2020, 1, 1)));
            if (t % 5 == 0) {
                batch.add(new AssignAccountability(
                        MISSION,
                        "sro-" + target,
                        target,
                        new AccountableRole(RoleKind.SENIOR_RESPONSIBLE_OWNER, null),
                        new Holder("Owner " + t, "Director"),
                        LocalDate.of(2020, 2, 1),
                        SOURCE));
            }
            double value = 50;
            for (int m = 0; m < MONTHS; m++) {
                YearMonth month = YearMonth.of(2020, 1).plusMonths(m);
                value += 0.4 + random.nextGaussian() * 0.5;
                BigDecimal reading = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_EVEN);
                LocalDate published = month.atEndOfMonth().plusDays(30);
                batch.add(new RecordReading(indicator, month.toString(), reading, published, null, SOURCE));
                if (m % 10 == 3) {
                    batch.add(new ReviseReading(
                            indicator,
                            month.toString(),
                            reading.add(new BigDecimal("0.3")),
                            published.plusDays(60),
                            "r",
                            "Late returns",
                            SOURCE));
                }
            }
            if (t % 10 == 0) {
                batch.add(new ReviseTarget(
                        MISSION,
                        target,
                        new TargetTerms(
                                "Raise benchmark series " + t + " to at least 75% by 2027",
                                indicator,
                                new BigDecimal("50"),
                                LocalDate.of(2019, 12, 31),
                                Comparator.AT_LEAST,
                                new BigDecimal("75"),
                                "%",
                                LocalDate.of(2027, 12, 31),
                                "United Kingdom",
                                null),
                        "Rebased plan",
                        SOURCE,
                        LocalDate.of(2023, 3, 1)));
            }
        }
        CurrentActor.runAs("bench:pages", () -> {
            batch.forEach(commands::sendAndWait);
            return null;
        });
        return batch.size();
    }
}
