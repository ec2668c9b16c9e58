package org.missionledger.bench;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.TrackedEventMessage;

/**
 * Scenarios (b), (c) and the engine half of (d) on one engine: commands through the real command gateway at a ledger
 * size, then a tracking replay of every stored event, each row paired with its raw baseline.
 */
final class EngineScenario {

    /** Missions of the working set created at each size, by commands. */
    private final int workingSet;

    private final LedgerContext ledger;
    private final RawWorkloads raw;
    private final Measurements measurements;
    private final Settings settings;
    private final Settings replaySettings;
    private final Prefill prefill;
    private final AtomicLong sequence = new AtomicLong(1_000);
    private List<String> working = List.of();
    private int coldFrom;
    private int coldTo;

    EngineScenario(
            LedgerContext ledger,
            RawWorkloads raw,
            Measurements measurements,
            Settings settings,
            Settings replaySettings,
            int workingSet,
            double prefillRate) {
        this.ledger = ledger;
        this.raw = raw;
        this.measurements = measurements;
        this.settings = settings;
        this.replaySettings = replaySettings;
        this.workingSet = workingSet;
        this.prefill = new Prefill(ledger, prefillRate);
    }

    private String engine() {
        return ledger.engine().label;
    }

    /**
     * Brings the ledger to {@code size} stored events: a fresh working set by commands (so every size measures
     * aggregates of the same shape), then background missions by bulk insert.
     */
    void prepare(long size) throws Exception {
        long started = System.nanoTime();
        working = createWorkingSet("ws" + size + "-");
        double commandsSeconds = (System.nanoTime() - started) / 1e9;
        int before = prefill.missions();
        double fillSeconds = prefill.fillTo(size);
        coldFrom = before;
        coldTo = prefill.missions();
        if (coldTo == coldFrom) {
            coldFrom = 0; // nothing new was needed: use what the ledger already has
        }
        coldTo = Math.min(coldTo, coldFrom + 300);
        System.out.printf(
                "[%s] %,d events stored (working set of %d missions by commands in %.1f s, bulk pre-fill in"
                        + " %.1f s)%n",
                engine(), ledger.storedEvents(), working.size(), commandsSeconds, fillSeconds);
    }

    private List<String> createWorkingSet(String prefix) throws Exception {
        CommandGateway commands = ledger.commands();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < workingSet; i++) {
            ids.add(prefix + i);
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (String id : ids) {
                futures.add(pool.submit(() -> {
                    commands.sendAndWait(SampleLedger.declare(id));
                    for (int t = 0; t < SampleLedger.TARGETS; t++) {
                        commands.sendAndWait(SampleLedger.setTarget(id, SampleLedger.targetId(t), 90));
                    }
                    commands.sendAndWait(SampleLedger.assign(id, "tenure-0", 1));
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        return ids;
    }

    /**
     * Untimed: commands of every kind for {@code seconds}, so that the JIT has compiled the whole command path before
     * the first row of the engine (the first row otherwise pays for it: under load the compiler threads are slow).
     */
    void warmUp(Runner runner, double seconds) throws Exception {
        java.time.Duration each = java.time.Duration.ofMillis((long) (seconds * 1000 / 3));
        runner.round(newAggregates(), 4, each, Long.MAX_VALUE);
        runner.round(existing(), 4, each, Long.MAX_VALUE);
        runner.round(cold(), 2, each, Long.MAX_VALUE);
    }

    /** The append rows at the current size. */
    void appendRows(String scenario, List<Integer> clientCounts) throws Exception {
        Measurements.Side insert = new Measurements.Side("insertOne 1 KB", "ops/s", 1, raw.insertOne(false));
        int[] newClients = clientCounts.stream()
                .mapToInt(Integer::intValue)
                .filter(c -> c <= 8)
                .toArray();
        for (int clients : newClients) {
            row(
                    scenario,
                    "new aggregate (DeclareMission)",
                    clients,
                    newAggregates(),
                    insert,
                    "creates an aggregate: no load; counter + insert");
        }
        for (int clients : clientCounts) {
            row(
                    scenario,
                    "existing aggregate (cache as configured)",
                    clients,
                    existing(),
                    insert,
                    "80% ReviseTarget, 10% SetTarget, 10% AssignAccountability on " + working.size()
                            + " missions; loads only on a cache miss");
        }
        for (int clients : newClients) {
            row(
                    scenario,
                    "existing aggregate, loaded from the store",
                    clients,
                    cold(),
                    insert,
                    "ReviseTarget on a 20-event mission evicted from the cache first: snapshot read + events read"
                            + " + append");
        }
    }

    private void row(
            String scenario, String name, int clients, Workload subject, Measurements.Side baseline, String note)
            throws Exception {
        measurements.paired(
                scenario,
                name,
                engine(),
                clients,
                new Measurements.Side("commands", "ops/s", 1, subject),
                baseline,
                settings,
                ledger::storedEvents,
                note);
    }

    private Workload newAggregates() {
        CommandGateway commands = ledger.commands();
        return client -> () -> commands.sendAndWait(SampleLedger.declare("new-" + sequence.incrementAndGet()));
    }

    private Workload existing() {
        CommandGateway commands = ledger.commands();
        List<String> missions = working;
        return client -> () -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            String mission = missions.get(random.nextInt(missions.size()));
            long n = sequence.incrementAndGet();
            int kind = random.nextInt(10);
            if (kind < 8) {
                commands.sendAndWait(SampleLedger.reviseTarget(
                        mission, SampleLedger.targetId(random.nextInt(SampleLedger.TARGETS)), n));
            } else if (kind == 8) {
                commands.sendAndWait(SampleLedger.setTarget(mission, "target-x" + n, n));
            } else {
                commands.sendAndWait(SampleLedger.assign(mission, "tenure-x" + n, n));
            }
        };
    }

    private Workload cold() {
        CommandGateway commands = ledger.commands();
        Cache cache = ledger.aggregateCache();
        int from = coldFrom;
        int to = Math.max(coldTo, from + 1);
        return client -> () -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            String mission = Prefill.missionId(random.nextInt(from, to));
            cache.remove(mission);
            commands.sendAndWait(SampleLedger.reviseTarget(
                    mission, SampleLedger.targetId(random.nextInt(SampleLedger.TARGETS)), sequence.incrementAndGet()));
        };
    }

    /** Reads every stored event from the tail through the engine, deserialising each payload, as a processor would. */
    void replayRow(String scenario, long timeBoxSeconds) throws Exception {
        long stored = ledger.storedEvents();
        Settings replay = new Settings(
                replaySettings.warmup(), replaySettings.rounds(), java.time.Duration.ofSeconds(timeBoxSeconds), stored);
        Workload subject = client -> {
            Iterator<? extends TrackedEventMessage<?>> events =
                    ledger.replayFromTail().iterator();
            return () -> {
                if (!events.hasNext()) {
                    throw Operation.Done.INSTANCE;
                }
                if (events.next().getPayload() == null) {
                    throw new IllegalStateException("event without payload");
                }
            };
        };
        Settings baselineSettings = replay;
        measurements.paired(
                scenario,
                "tracking replay from the tail",
                engine(),
                1,
                new Measurements.Side("readEvents(tail) + payload", "events/s", 1, subject),
                new Measurements.Side(
                        "find _id point reads",
                        "docs/s",
                        1,
                        Workload.timeBoxed(raw.pointRead(), settings.roundTime().toNanos())),
                baselineSettings,
                ledger::storedEvents,
                "the engine half of (d): every stored event in global order (stock: time-boxed to " + timeBoxSeconds
                        + " s per round); baseline = raw single-document point reads");
    }
}
