package org.missionledger.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.missionledger.platform.store.LedgerStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: measures the ledger against its baselines and prints a table, the targets and a JSON file.
 *
 * <p>Scenarios: {@code raw} (a), {@code append} (b), {@code growth} (c), {@code replay} (engine half of d), {@code
 * stock} (g), and the read side's {@code projections} (projection half of d) and {@code queries} (e); peak heap (h) is
 * recorded for every row. See {@code docs/benchmarks.md}.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Benchmarks the ledger against the raw MongoDB driver and Axon's stock Mongo engine on the same"
                + " server; prints a table and the targets, and writes JSON results.")
public class BenchCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = {"-s", "--scenarios"},
            split = ",",
            defaultValue = "raw,append,growth,replay,stock,projections,queries",
            description =
                    "Any of raw, append, growth, replay, stock, projections, queries (default: ${DEFAULT-VALUE}).")
    List<String> scenarios;

    @Option(
            names = "--sizes",
            split = ",",
            defaultValue = "10000,1000000",
            description = "Events already stored for the append and replay rows; the first is (b), all are (c)"
                    + " (default: ${DEFAULT-VALUE}).")
    List<Long> sizes;

    @Option(
            names = "--clients",
            split = ",",
            defaultValue = "1,8,32",
            description = "Concurrent clients for appends to existing aggregates (default: ${DEFAULT-VALUE}).")
    List<Integer> clients;

    @Option(names = "--uri", description = "A MongoDB URI to benchmark instead of the embedded store.")
    String uri;

    @Option(
            names = "--backend",
            defaultValue = "memory",
            description = "Embedded store backend: memory or h2 (default: ${DEFAULT-VALUE}).")
    String backend;

    @Option(
            names = "--store-in-process",
            description = "Run the embedded store in this JVM (its data then counts in the heap figures).")
    boolean storeInProcess;

    @Option(
            names = "--store-heap",
            defaultValue = "8g",
            description = "Maximum heap of the forked embedded store (default: ${DEFAULT-VALUE}).")
    String storeHeap;

    @Option(
            names = {"-o", "--out"},
            defaultValue = "target/bench/bench-results.json",
            description = "Where to write the JSON results (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(
            names = "--rounds",
            defaultValue = "5",
            description = "Measured rounds per row (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(
            names = "--round-seconds",
            defaultValue = "2",
            description = "Time box of one round (default: ${DEFAULT-VALUE}).")
    double roundSeconds;

    @Option(
            names = "--warmup-seconds",
            defaultValue = "2",
            description = "Warm-up of each side of a row (default: ${DEFAULT-VALUE}).")
    double warmupSeconds;

    @Option(
            names = "--engine-warmup-seconds",
            defaultValue = "20",
            description = "Untimed commands before an engine's first row, for the JIT (default: ${DEFAULT-VALUE}).")
    double engineWarmupSeconds;

    @Option(
            names = "--replay-rounds",
            defaultValue = "3",
            description = "Rounds of the replay rows (default: ${DEFAULT-VALUE}).")
    int replayRounds;

    @Option(
            names = "--replay-seconds",
            defaultValue = "60",
            description = "Time box of one replay round of our engine (default: ${DEFAULT-VALUE}).")
    long replaySeconds;

    @Option(
            names = "--stock-replay-seconds",
            defaultValue = "30",
            description = "Time box of one replay round of the stock engine (default: ${DEFAULT-VALUE}).")
    long stockReplaySeconds;

    @Option(
            names = "--working-set",
            defaultValue = "1000",
            description = "Missions created by commands at each size and appended to (default: ${DEFAULT-VALUE}).")
    int workingSet;

    @Option(
            names = "--prefill-rate",
            defaultValue = "100",
            description =
                    "Recording rate the pre-filled events' timestamps imply, events/s (default: ${DEFAULT-VALUE}).")
    double prefillRate;

    @Option(
            names = "--read-missions",
            split = ",",
            defaultValue = "100,1000",
            description = "Ledger sizes of the projections and queries scenarios, in missions (default:"
                    + " ${DEFAULT-VALUE}).")
    List<Integer> readMissions;

    @Option(
            names = "--read-targets",
            defaultValue = "20",
            description = "Targets per mission, each with an indicator of its own (default: ${DEFAULT-VALUE}).")
    int readTargets;

    @Option(
            names = "--read-years",
            defaultValue = "5",
            description = "Years of monthly readings per indicator (default: ${DEFAULT-VALUE}).")
    int readYears;

    @Option(
            names = "--rebuild-rounds",
            defaultValue = "1",
            description = "Rebuilds of every projection per size (default: ${DEFAULT-VALUE}).")
    int rebuildRounds;

    @Option(
            names = "--quick",
            description = "A smoke run: sizes 2000,20000, 3 rounds of 1 s, 1 s warm-up, 10 s replay time box.")
    boolean quick;

    @Override
    public Integer call() throws Exception {
        if (quick) {
            sizes = List.of(2_000L, 20_000L);
            rounds = 3;
            roundSeconds = 1;
            warmupSeconds = 1;
            replayRounds = 2;
            replaySeconds = 10;
            stockReplaySeconds = 5;
            workingSet = 100;
            engineWarmupSeconds = 3;
            readMissions = List.of(5, 20);
        }
        Set<String> selected = new LinkedHashSet<>(scenarios);
        Instant started = Instant.now();
        Settings settings = new Settings(
                Duration.ofMillis((long) (warmupSeconds * 1000)),
                rounds,
                Duration.ofMillis((long) (roundSeconds * 1000)),
                Long.MAX_VALUE);
        Settings replaySettings = new Settings(
                Duration.ofMillis((long) (warmupSeconds * 1000)),
                replayRounds,
                Duration.ofSeconds(replaySeconds),
                Long.MAX_VALUE);
        try (BenchStore store = openStore();
                Measurements measurements = new Measurements(row -> System.out.println(ResultTable.line(row)))) {
            System.out.println("Store: " + store.description());
            System.out.println(ResultTable.header());
            LedgerStore rawStore = LedgerStore.connect(store.uri(), "bench-raw");
            try {
                RawWorkloads raw = new RawWorkloads(rawStore.database());
                raw.prepareReads();
                if (selected.contains("raw")) {
                    rawRows(measurements, raw, settings);
                }
                boolean engineRows = selected.contains("append") || selected.contains("growth");
                if (engineRows || selected.contains("replay")) {
                    List<LedgerContext.Engine> engines = new ArrayList<>(List.of(LedgerContext.Engine.GLOBAL_INDEX));
                    if (selected.contains("stock")) {
                        engines.add(LedgerContext.Engine.STOCK);
                    }
                    List<Long> levels = selected.contains("growth") ? sizes : sizes.subList(0, 1);
                    for (LedgerContext.Engine engine : engines) {
                        engineRows(
                                store,
                                measurements,
                                raw,
                                settings,
                                replaySettings,
                                engine,
                                levels,
                                engineRows,
                                selected.contains("replay"),
                                selected.contains("growth"));
                    }
                }
                if (selected.contains("projections") || selected.contains("queries")) {
                    readSideRows(
                            store,
                            measurements,
                            settings,
                            selected.contains("projections"),
                            selected.contains("queries"));
                }
                raw.drop();
            } finally {
                rawStore.close();
            }
            List<Target> targets = Targets.check(
                    measurements.rows(),
                    selected.contains("growth") ? sizes : sizes.subList(0, 1),
                    !store.embeddedInThisJvm());
            ResultTable.print(System.out, measurements.rows(), targets);
            Report report = new Report(
                    started.toString(),
                    Instant.now().toString(),
                    spec == null
                            ? List.of()
                            : spec.commandLine().getParseResult().originalArgs(),
                    machine(),
                    store.description(),
                    settingsMap(),
                    measurements.rows(),
                    targets);
            write(report);
        }
        return 0;
    }

    private BenchStore openStore() throws IOException {
        if (uri != null && !uri.isBlank()) {
            return BenchStore.external(uri);
        }
        BenchStore.Backend kind = BenchStore.Backend.valueOf(backend.toUpperCase(java.util.Locale.ROOT));
        return storeInProcess ? BenchStore.inProcess(kind) : BenchStore.forked(kind, storeHeap);
    }

    private void rawRows(Measurements measurements, RawWorkloads raw, Settings settings) throws Exception {
        measurements.size(0);
        String note = "the ceiling: ~" + raw.documentBytes() + " B documents, majority/journaled write concern";
        for (int c : clients) {
            measurements.single(
                    "raw",
                    "insertOne",
                    "driver",
                    c,
                    new Measurements.Side("insertOne 1 KB", "ops/s", 1, raw.insertOne(false)),
                    settings,
                    () -> 0,
                    note);
        }
        measurements.single(
                "raw",
                "insertOne, events' unique indexes",
                "driver",
                1,
                new Measurements.Side("insertOne 1 KB", "ops/s", 1, raw.insertOne(true)),
                settings,
                () -> 0,
                "same, into a collection with the events collection's unique indexes (eventId, aggregateKey)");
        measurements.single(
                "raw",
                "insertMany of 100",
                "driver",
                1,
                new Measurements.Side("insertMany 100 × 1 KB", "docs/s", 100, raw.insertMany(100)),
                settings,
                () -> 0,
                note);
        for (int c : List.of(1, 8)) {
            measurements.single(
                    "raw",
                    "find _id (point read)",
                    "driver",
                    c,
                    new Measurements.Side("find _id", "docs/s", 1, raw.pointRead()),
                    settings,
                    () -> RawWorkloads.READ_DOCUMENTS,
                    "random _id among " + RawWorkloads.READ_DOCUMENTS);
        }
        measurements.single(
                "raw",
                "find _id $in 200 ids",
                "driver",
                1,
                new Measurements.Side("find _id $in 200", "docs/s", RawWorkloads.IN_BATCH, raw.inRead()),
                settings,
                () -> RawWorkloads.READ_DOCUMENTS,
                "200 consecutive _ids per query, as a tracker reads");
    }

    private void engineRows(
            BenchStore store,
            Measurements measurements,
            RawWorkloads raw,
            Settings settings,
            Settings replaySettings,
            LedgerContext.Engine engine,
            List<Long> levels,
            boolean appendRows,
            boolean replayRows,
            boolean growth)
            throws Exception {
        String database = "bench-" + engine.label + "-" + Long.toHexString(System.nanoTime() & 0xffffff);
        try (LedgerContext ledger = LedgerContext.start(engine, store.uri(), database, Map.of())) {
            EngineScenario scenario =
                    new EngineScenario(ledger, raw, measurements, settings, replaySettings, workingSet, prefillRate);
            for (int i = 0; i < levels.size(); i++) {
                long size = levels.get(i);
                scenario.prepare(size);
                if (i == 0 && appendRows) {
                    try (Runner runner = new Runner()) {
                        scenario.warmUp(runner, engineWarmupSeconds);
                    }
                }
                measurements.size(size);
                String name = engine == LedgerContext.Engine.STOCK ? "stock" : i == 0 ? "append" : "growth";
                if (appendRows) {
                    scenario.appendRows(name, clients);
                }
                if (replayRows) {
                    scenario.replayRow(
                            engine == LedgerContext.Engine.STOCK ? "stock" : "replay",
                            engine == LedgerContext.Engine.STOCK ? stockReplaySeconds : replaySeconds);
                }
            }
        }
    }

    private void readSideRows(
            BenchStore store, Measurements measurements, Settings settings, boolean rebuildRows, boolean queryRows)
            throws Exception {
        String database = "bench-read-" + Long.toHexString(System.nanoTime() & 0xffffff);
        try (LedgerContext ledger =
                LedgerContext.start(LedgerContext.Engine.GLOBAL_INDEX, store.uri(), database, Map.of())) {
            ReadSideScenario scenario = new ReadSideScenario(
                    ledger, measurements, settings, rebuildRounds, new ReadSideLedger(readTargets, readYears));
            for (int missions : readMissions) {
                ledger.stopProcessors(); // the pre-fill is not measured, nor slowed by projections catching up
                scenario.prepare(missions);
                if (rebuildRows) {
                    scenario.rebuildRow();
                } else {
                    scenario.rebuildUntimed();
                }
                if (queryRows) {
                    scenario.queryRows();
                }
            }
        }
    }

    private Map<String, Object> settingsMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("sizes", sizes);
        map.put("clients", clients);
        map.put("rounds", rounds);
        map.put("roundSeconds", roundSeconds);
        map.put("warmupSeconds", warmupSeconds);
        map.put("engineWarmupSeconds", engineWarmupSeconds);
        map.put("replayRounds", replayRounds);
        map.put("replaySeconds", replaySeconds);
        map.put("stockReplaySeconds", stockReplaySeconds);
        map.put("workingSet", workingSet);
        map.put("prefillRate", prefillRate);
        map.put("prefillEventsPerMission", Prefill.EVENTS_PER_MISSION);
        map.put("readMissions", readMissions);
        map.put("readTargets", readTargets);
        map.put("readYears", readYears);
        map.put("rebuildRounds", rebuildRounds);
        return map;
    }

    static Map<String, Object> machine() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cpu", cpuModel());
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put(
                "os",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"));
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        machine.put("jvmFlags", BenchStore.jvmFlags());
        machine.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            machine.put("memoryMb", os.getTotalMemorySize() / (1024 * 1024));
        }
        return machine;
    }

    private static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst()
                    .orElse(System.getProperty("os.arch"));
        } catch (IOException | RuntimeException e) {
            return System.getProperty("os.arch");
        }
    }

    private void write(Report report) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        mapper.writeValue(out.toFile(), report);
        Path markdown = out.resolveSibling(out.getFileName().toString().replaceFirst("\\.json$", "") + ".md");
        Files.writeString(markdown, MarkdownReport.render(report));
        System.out.println("Results written to " + out.toAbsolutePath() + " and " + markdown.toAbsolutePath());
    }
}
