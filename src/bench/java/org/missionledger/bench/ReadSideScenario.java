package org.missionledger.bench;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.bson.Document;
import org.missionledger.common.api.AlterationKind;
import org.missionledger.mission.query.AccountabilityQueries;
import org.missionledger.mission.query.AlterationQueries;
import org.missionledger.mission.query.ChangesFilter;
import org.missionledger.mission.query.MissionTimeTravel;
import org.missionledger.mission.query.RosterProjector;
import org.missionledger.platform.projection.ProjectionRebuilder;
import org.missionledger.platform.projection.ProjectionStatus;

/**
 * The read side, scenarios (d) and (e): a ledger of missions with targets, tenures, indicators and monthly readings
 * (see {@link ReadSideLedger}) pre-filled in the engine's storage format; then every projection rebuilt from the first
 * event through {@link ProjectionRebuilder}, as {@code POST /api/admin/projections/rebuild} does, paired with raw
 * {@code _id} reads of the same event documents; then the queries, in process through the query services, each paired
 * with a raw {@code _id} read of a read document.
 */
final class ReadSideScenario {

    static final String REBUILD = "rebuild all projections from the first event";
    static final String IN_READS = "find _id $in 200 ids, the same events";
    static final String ACCOUNTABILITY = "accountability at a date, as known at an instant";
    static final String TIME_TRAVEL = "time travel: the mission as it stood";
    static final String CHANGES_MISSION = "changes filtered by mission";
    static final String CHANGES_KIND = "changes filtered by kind and body";

    private final LedgerContext ledger;
    private final Measurements measurements;
    private final Settings settings;
    private final int rebuildRounds;
    private final ReadSideLedger sample;
    private final Prefill prefill;
    private int missions;

    ReadSideScenario(
            LedgerContext ledger,
            Measurements measurements,
            Settings settings,
            int rebuildRounds,
            ReadSideLedger sample) {
        this.ledger = ledger;
        this.measurements = measurements;
        this.settings = settings;
        this.rebuildRounds = rebuildRounds;
        this.sample = sample;
        this.prefill = new Prefill(ledger, 100);
    }

    int missions() {
        return missions;
    }

    /** Adds missions (ten at a time, month by month) until the ledger holds {@code target} of them. */
    void prepare(int target) {
        long started = System.nanoTime();
        long reported = ledger.storedEvents();
        while (missions < target) {
            int to = Math.min(target, missions + 10);
            prefill.append(sample.missions(missions, to));
            missions = to;
            if (ledger.storedEvents() - reported >= 100_000) {
                reported = ledger.storedEvents();
                System.out.printf("  pre-filled %,d missions, %,d events%n", missions, reported);
            }
        }
        measurements.size(ledger.storedEvents());
        System.out.printf(
                "[read side] %,d missions × %d targets × %d years of monthly readings: %,d events stored (bulk"
                        + " pre-fill in %.1f s)%n",
                missions, sample.targets(), sample.years(), ledger.storedEvents(), (System.nanoTime() - started) / 1e9);
    }

    private String label() {
        return " (" + missions + " missions)";
    }

    /**
     * (d): every projection rebuilt from the first event, one operation per round, paired with raw point reads of the
     * stored events; then a row of raw {@code $in} reads of the same events.
     */
    void rebuildRow() throws Exception {
        long stored = ledger.storedEvents();
        ProjectionRebuilder rebuilder = ledger.bean(ProjectionRebuilder.class);
        AtomicReference<String> perProjection = new AtomicReference<>("");
        Workload rebuild = client -> {
            boolean[] ran = {false};
            return () -> {
                if (ran[0]) {
                    throw Operation.Done.INSTANCE; // one rebuild per round
                }
                ran[0] = true;
                rebuildOnce(rebuilder, perProjection);
            };
        };
        Settings once = new Settings(Duration.ZERO, rebuildRounds, Duration.ofHours(6), Long.MAX_VALUE);
        measurements.paired(
                "projections",
                REBUILD + label(),
                ledger.engine().label,
                1,
                new Measurements.Side(
                        "rebuild of all " + rebuilder.projections().size(), "events/s", stored, rebuild),
                new Measurements.Side(
                        "find _id point reads of the events",
                        "docs/s",
                        1,
                        Workload.timeBoxed(
                                eventPointReads(stored), settings.roundTime().toNanos())),
                once,
                ledger::storedEvents,
                () -> "the projection half of (d): " + String.join(", ", rebuilder.projections())
                        + " rebuilt through ProjectionRebuilder (in parallel, each its own processor reading the"
                        + " whole global order); rate = events stored ÷ time until the last one caught up; each: "
                        + perProjection.get());
        measurements.single(
                "projections",
                IN_READS + label(),
                "driver",
                1,
                new Measurements.Side("find _id $in 200 of the events", "docs/s", 200, eventInReads(stored)),
                settings,
                ledger::storedEvents,
                "raw reads of 200 consecutive stored events per query, as the engine's tracking reads are");
    }

    /** Rebuilds every projection, unmeasured (the queries need the views). */
    void rebuildUntimed() throws InterruptedException {
        long started = System.nanoTime();
        rebuildAll(ledger.bean(ProjectionRebuilder.class));
        System.out.printf("[read side] projections rebuilt in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    /** Rebuilds every projection and waits for all; notes each one's own rate. */
    private static void rebuildOnce(ProjectionRebuilder rebuilder, AtomicReference<String> perProjection)
            throws InterruptedException {
        StringJoiner each = new StringJoiner("; ");
        for (ProjectionStatus status : rebuildAll(rebuilder)) {
            each.add(String.format(
                    "%s %,.0f events/s",
                    status.name(),
                    status.rebuild() == null ? Double.NaN : status.rebuild().eventsPerSecond()));
        }
        perProjection.set(each.toString());
    }

    private static List<ProjectionStatus> rebuildAll(ProjectionRebuilder rebuilder) throws InterruptedException {
        rebuilder.rebuildAll();
        long lastPrint = System.nanoTime();
        while (true) {
            List<ProjectionStatus> statuses = rebuilder.status();
            boolean done = true;
            for (ProjectionStatus status : statuses) {
                if (status.state() == ProjectionStatus.State.ERROR) {
                    throw new IllegalStateException("projection " + status.name() + " failed: " + status.error());
                }
                done &= status.state() != ProjectionStatus.State.REBUILDING;
            }
            if (done) {
                return statuses;
            }
            if (System.nanoTime() - lastPrint > 30_000_000_000L) {
                lastPrint = System.nanoTime();
                StringJoiner line = new StringJoiner(", ", "  rebuilding: ", "");
                statuses.forEach(s -> line.add(String.format("%s %,d/%,d", s.name(), s.position(), s.head())));
                System.out.println(line);
            }
            Thread.sleep(20);
        }
    }

    /** (e): the queries, in process through the query services, each paired with a raw point read. */
    void queryRows() throws Exception {
        AccountabilityQueries accountability = ledger.bean(AccountabilityQueries.class);
        MissionTimeTravel timeTravel = ledger.bean(MissionTimeTravel.class);
        AlterationQueries alterations = ledger.bean(AlterationQueries.class);
        int count = missions;
        LocalDate first = ReadSideLedger.FIRST_MONTH.atDay(1);
        LocalDate last = sample.lastMonth().plusMonths(2).atEndOfMonth();
        query(
                ACCOUNTABILITY,
                "AccountabilityQueries.accountability(mission, at, asKnownAt): one roster read, folded",
                () -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    return () -> accountability.accountability(
                            ReadSideLedger.missionId(random.nextInt(count)),
                            randomDate(random, first, last),
                            randomInstant(random, first.plusDays(1), last));
                });
        query(
                TIME_TRAVEL,
                "MissionTimeTravel.mission(mission, asOf, asKnownAt): the mission's events and each target's"
                        + " indicator's events read from the event store and folded",
                () -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    return () -> timeTravel.mission(
                            ReadSideLedger.missionId(random.nextInt(count)),
                            randomDate(random, first, last),
                            randomInstant(random, first.plusDays(1), last));
                });
        query(
                CHANGES_MISSION,
                "AlterationQueries.changes(mission = random, page 1 of 20), as GET /api/changes?mission=ID",
                () -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    return () -> alterations.changes(
                            ChangesFilter.ofMission(ReadSideLedger.missionId(random.nextInt(count))), 1, 20);
                });
        query(
                CHANGES_KIND,
                "AlterationQueries.changes(kind STRENGTHENED, body, random page of 20), as GET"
                        + " /api/changes?kind=STRENGTHENED&body=ID&page=N",
                () -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    int pages = Math.max(1, count * sample.years() / 20);
                    return () -> alterations.changes(
                            new ChangesFilter(Set.of(AlterationKind.STRENGTHENED), SampleLedger.BODY.id(), null, null),
                            1 + random.nextInt(pages),
                            20);
                });
    }

    private void query(String name, String note, Supplier<Operation> operation) throws Exception {
        MongoCollection<Document> roster = ledger.database().getCollection(RosterProjector.ROSTER);
        int count = missions;
        Workload baseline = client -> () -> {
            String id = ReadSideLedger.missionId(ThreadLocalRandom.current().nextInt(count));
            if (roster.find(eq("_id", id)).first() == null) {
                throw new IllegalStateException("no roster for " + id);
            }
        };
        measurements.paired(
                "queries",
                name + label(),
                ledger.engine().label,
                1,
                new Measurements.Side("queries", "ops/s", 1, client -> operation.get()),
                new Measurements.Side("find _id point read of a roster document", "docs/s", 1, baseline),
                settings,
                ledger::storedEvents,
                note + "; in process, no HTTP");
    }

    private Workload eventPointReads(long stored) {
        MongoCollection<Document> events = ledger.database().getCollection("events");
        return client -> () -> {
            long id = ThreadLocalRandom.current().nextLong(1, stored + 1);
            if (events.find(eq("_id", id)).first() == null) {
                throw new IllegalStateException("event " + id + " missing");
            }
        };
    }

    private Workload eventInReads(long stored) {
        MongoCollection<Document> events = ledger.database().getCollection("events");
        return client -> () -> {
            long start = ThreadLocalRandom.current().nextLong(1, Math.max(2, stored - 200 + 2));
            List<Long> ids = new ArrayList<>(200);
            for (long id = start; id < start + 200; id++) {
                ids.add(id);
            }
            int found = 0;
            for (Document ignored : events.find(in("_id", ids))) {
                found++;
            }
            if (found != Math.min(200, stored)) {
                throw new IllegalStateException("found " + found + " of 200");
            }
        };
    }

    private static LocalDate randomDate(ThreadLocalRandom random, LocalDate from, LocalDate to) {
        return from.plusDays(random.nextLong(to.toEpochDay() - from.toEpochDay() + 1));
    }

    private static Instant randomInstant(ThreadLocalRandom random, LocalDate from, LocalDate to) {
        long start = from.atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        long end = to.atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        return Instant.ofEpochSecond(random.nextLong(start, end));
    }
}
