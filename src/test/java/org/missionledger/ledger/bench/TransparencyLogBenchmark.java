package org.missionledger.ledger.bench;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.missionledger.ledger.log.EventLineWriter;
import org.missionledger.ledger.log.LeafEncoding;
import org.missionledger.ledger.log.LogProofs;
import org.missionledger.ledger.log.LogSequencer;
import org.missionledger.ledger.log.StoredLeaf;
import org.missionledger.ledger.log.TreeStore;
import org.missionledger.ledger.merkle.MerkleHashes;
import org.missionledger.ledger.merkle.MerkleTree;
import org.missionledger.ledger.note.Checkpoint;
import org.missionledger.ledger.note.NoteSignerKey;
import org.missionledger.ledger.verify.VerifyCommand;
import org.missionledger.platform.axon.EventJson;
import org.missionledger.platform.eventstore.GlobalIndexEventStorageEngine;
import org.missionledger.platform.eventstore.StoredEvent;
import org.missionledger.platform.store.EmbeddedMongoStore;
import picocli.CommandLine;

/**
 * Transparency-log benchmarks (not part of {@code mvn verify}; results go to {@code docs/benchmarks.md}). Each figure
 * is printed next to its baseline from the same run:
 *
 * <ul>
 *   <li>leaf hashing: raw SHA-256 leaf hashes/s vs. encoding + hashing of stored events;</li>
 *   <li>sequencing: leaves/s appended by {@link LogSequencer} from the event store vs. the event store's own append
 *       rate for one-event commits (what every command costs), on the in-memory and the durable H2 embedded store;</li>
 *   <li>proofs at N leaves: inclusion and consistency proof latency (p50/p99) vs. a raw {@code _id} point read;</li>
 *   <li>the offline verifier over an N-event export: events/s and MB/s, OK and after tampering.</li>
 * </ul>
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Xmx6g -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     org.missionledger.ledger.bench.TransparencyLogBenchmark [events=1000000] [h2Events=200000] \
 *     [sections=hashing,memory,h2,verifier,verifier-files]
 * </pre>
 */
public final class TransparencyLogBenchmark {

    private static final Random RANDOM = new Random(42);
    static long sink;

    private TransparencyLogBenchmark() {}

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int h2Events = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        List<String> sections = List.of((args.length > 2 ? args[2] : "hashing,memory,h2,verifier").split(","));
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        Path work = Files.createTempDirectory("tlog-bench");
        System.out.printf(
                "machine: %d cores, %s %s; JVM %s %s, max heap %d MiB; load average at start %.1f%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"),
                System.getProperty("os.arch"),
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        if (sections.contains("hashing")) {
            hashing();
        }
        if (sections.contains("memory")) {
            try (EmbeddedMongoStore memory = EmbeddedMongoStore.startInMemory(0)) {
                store("memory", memory.connectionString(), events, 20_000);
            }
        }
        if (sections.contains("h2")) {
            try (EmbeddedMongoStore h2 = EmbeddedMongoStore.startDurable(work.resolve("h2"), 0)) {
                store("h2 (durable)", h2.connectionString(), h2Events, 3_000);
            }
        }
        if (sections.contains("verifier")) {
            verifier(work, events);
        }
        if (sections.contains("verifier-files")) {
            // only the inputs, kept, for cold runs of `verify` in fresh JVMs (docs/benchmarks.md, "The offline
            // verifier")
            Path keyFile = verifierFiles(work, events);
            System.out.printf(
                    "verifier files: --events %s --checkpoint %s --key %s%n",
                    work.resolve("events.jsonl"), work.resolve("checkpoints"), keyFile);
        }
        System.out.printf(
                "load average at end %.1f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    // ------------------------------------------------------------------------------------------------ hashing

    private static void hashing() {
        StoredEvent event = event(1, 0);
        byte[] leaf = LeafEncoding.encode(event);
        int n = 2_000_000;
        double raw = best(
                3,
                () -> {
                    for (int i = 0; i < n; i++) {
                        leaf[leaf.length - 1] = (byte) i;
                        sink += MerkleHashes.leafHash(leaf)[0];
                    }
                },
                n);
        List<StoredEvent> sample = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            sample.add(event(i + 1, i));
        }
        int m = 500_000;
        double encoded = best(
                3,
                () -> {
                    for (int i = 0; i < m; i++) {
                        sink += LeafEncoding.leafHash(sample.get(i % sample.size()))[0];
                    }
                },
                m);
        System.out.printf(
                "hashing | raw SHA-256 leaf hash (%d-byte leaf): %,.0f /s | encode + hash a stored event "
                        + "(payload %d B, metadata %d B): %,.0f /s%n",
                leaf.length, raw, event.payload().length(), event.metadata().length(), encoded);
    }

    // ------------------------------------------------------------------------------------------ store figures

    private static void store(String backend, String uri, int n, int ingest) throws Exception {
        try (MongoClient client = MongoClients.create(uri)) {
            double ingestRate = ingest(client.getDatabase("ingest1"), ingest, 1);
            double ingestRate8 = ingest(client.getDatabase("ingest8"), ingest, 8);

            MongoDatabase db = client.getDatabase("bench");
            GlobalIndexEventStorageEngine engine = engine(db);
            populate(db, n);
            TreeStore tree = new TreeStore(db);
            tree.ensureCollections();
            LogSequencer sequencer = new LogSequencer(tree, engine::readStoredEvents, Clock.systemUTC(), 500);
            long start = System.nanoTime();
            for (long upTo = 500; upTo < n + 500; upTo += 500) { // as the processor delivers: batches of 500
                sequencer.appendUpTo(Math.min(upTo, n));
            }
            double sequencing = n / seconds(start);
            System.out.printf(
                    "%s | event store append, one-event commits: 1 thread %,.0f events/s, 8 threads %,.0f "
                            + "events/s | sequencer: %,.0f leaves/s over %,d events (%.1fx the faster append rate)%n",
                    backend, ingestRate, ingestRate8, sequencing, n, sequencing / Math.max(ingestRate, ingestRate8));

            proofs(backend, db, tree, n);
        }
    }

    /** One-event commits, as every command makes, from {@code threads} writers; events/s. */
    private static double ingest(MongoDatabase db, int count, int threads) throws Exception {
        GlobalIndexEventStorageEngine engine = engine(db);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        long start = System.nanoTime();
        List<java.util.concurrent.Future<?>> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            writers.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < count) {
                    engine.appendEvents(new GenericDomainEventMessage<>(
                            "MissionAggregate",
                            "m-" + i,
                            0,
                            new Payload(
                                    "Mission " + i,
                                    "A statement of about a hundred characters that a body "
                                            + "commits to, with its source.")));
                }
            }));
        }
        for (java.util.concurrent.Future<?> writer : writers) {
            writer.get();
        }
        double rate = count / seconds(start);
        pool.shutdown();
        return rate;
    }

    private static void proofs(String backend, MongoDatabase db, TreeStore tree, int n) {
        MongoCollection<Document> leaves = db.getCollection("tlog_leaves");
        int samples = 3_000;
        long[] point = new long[samples];
        long[] inclusion = new long[samples];
        long[] inclusionWithLookup = new long[samples];
        long[] consistency = new long[samples];
        LogProofs proofs = new LogProofs(tree);
        for (int round = 0; round < 2; round++) { // the first round warms up
            for (int i = 0; i < samples; i++) {
                long leafIndex = RANDOM.nextInt(n);
                long t0 = System.nanoTime();
                sink += leaves.find(eq("_id", leafIndex)).first().size();
                long t1 = System.nanoTime();
                StoredLeaf leaf = tree.leafByEventId(eventId(leafIndex + 1)).orElseThrow();
                long t2 = System.nanoTime();
                sink += proofs.inclusion(leaf, n).proof().size();
                long t3 = System.nanoTime();
                long from = 1 + RANDOM.nextInt(n);
                sink += proofs.consistency(from, n).proof().size();
                long t4 = System.nanoTime();
                point[i] = t1 - t0;
                inclusion[i] = t3 - t2;
                inclusionWithLookup[i] = t3 - t1;
                consistency[i] = t4 - t3;
            }
        }
        System.out.printf(
                "%s | at %,d leaves: raw _id point read p50 %s p99 %s | inclusion proof + root (1 read) "
                        + "p50 %s p99 %s | with the eventId lookup (2 reads) p50 %s p99 %s | consistency proof + both "
                        + "roots (1 read) p50 %s p99 %s%n",
                backend,
                n,
                ms(point, 50),
                ms(point, 99),
                ms(inclusion, 50),
                ms(inclusion, 99),
                ms(inclusionWithLookup, 50),
                ms(inclusionWithLookup, 99),
                ms(consistency, 50),
                ms(consistency, 99));
    }

    // ------------------------------------------------------------------------------------------------ verifier

    /** Writes an n-event export, 4 signed checkpoints and the verifier key into {@code work}; returns the key file. */
    private static Path verifierFiles(Path work, int n) throws IOException {
        Path export = work.resolve("events.jsonl");
        NoteSignerKey key = NoteSignerKey.fromSeed("bench.missionledger.local/log", new byte[32]);
        MerkleTree tree = new MerkleTree();
        tree.ensureCapacity(n);
        try (BufferedWriter out = Files.newBufferedWriter(export, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                StoredEvent event = event(i + 1, i);
                out.write(EventLineWriter.line(event));
                out.write('\n');
                tree.appendLeafHash(LeafEncoding.leafHash(event));
            }
        }
        Path checkpoints = Files.createDirectories(work.resolve("checkpoints"));
        for (long size : new long[] {n / 4, n / 2, (3L * n) / 4, n}) {
            Files.writeString(
                    checkpoints.resolve("cp-" + size + ".txt"),
                    new Checkpoint(key.name(), size, tree.root(size)).sign(key).format());
        }
        return Files.writeString(work.resolve("key.txt"), key.verifierKey().format() + "\n");
    }

    private static void verifier(Path work, int n) throws IOException {
        Path export = work.resolve("events.jsonl");
        Path checkpoints = work.resolve("checkpoints");
        Path keyFile = verifierFiles(work, n);
        long bytes = Files.size(export);

        long start = System.nanoTime();
        int exit = run(
                "--no-progress",
                "--events",
                export.toString(),
                "--checkpoint",
                checkpoints.toString(),
                "--key",
                keyFile.toString());
        double ok = seconds(start);
        System.out.printf(
                "verifier | %,d events (%,.0f MB), 4 checkpoints: exit %d in %.1f s = %,.0f events/s, " + "%.0f MB/s%n",
                n, bytes / 1e6, exit, ok, n / ok, bytes / 1e6 / ok);

        // tamper with one event at 60 % and verify with roots only, then with the untouched export as evidence
        Path tampered = work.resolve("tampered.jsonl");
        long target = (long) (n * 0.6);
        try (BufferedWriter out = Files.newBufferedWriter(tampered, StandardCharsets.UTF_8);
                var lines = Files.lines(export, StandardCharsets.UTF_8)) {
            long[] i = {0};
            lines.forEach(line -> {
                try {
                    out.write(i[0]++ == target ? line.replace("statement", "Statement") : line);
                    out.write('\n');
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        start = System.nanoTime();
        int rootsOnly = run(
                "--no-progress",
                "--events",
                tampered.toString(),
                "--checkpoint",
                checkpoints.toString(),
                "--key",
                keyFile.toString());
        double rootsOnlySeconds = seconds(start);
        start = System.nanoTime();
        int named = run(
                "--no-progress",
                "--events",
                tampered.toString(),
                "--checkpoint",
                checkpoints.toString(),
                "--key",
                keyFile.toString(),
                "--trusted-events",
                export.toString());
        double namedSeconds = seconds(start);
        System.out.printf(
                "verifier | one event modified at leaf %,d: roots only exit %d in %.1f s; naming it with an "
                        + "earlier export as evidence exit %d in %.1f s%n",
                target, rootsOnly, rootsOnlySeconds, named, namedSeconds);
    }

    private static int run(String... args) {
        CommandLine cli = new CommandLine(new VerifyCommand());
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(System.err, true));
        return cli.execute(args);
    }

    // ----------------------------------------------------------------------------------------------- helpers

    record Payload(String title, String statement) {}

    private static GlobalIndexEventStorageEngine engine(MongoDatabase db) {
        var serializer = JacksonSerializer.builder()
                .objectMapper(EventJson.eventMapper())
                .build();
        return GlobalIndexEventStorageEngine.builder()
                .database(db)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .batchSize(500)
                .gapTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Writes n events as the event store stores them (documents with _id = global index), in bulk. */
    private static void populate(MongoDatabase db, int n) {
        MongoCollection<Document> events = db.getCollection("events");
        List<Document> batch = new ArrayList<>(5000);
        for (int i = 0; i < n; i++) {
            StoredEvent e = event(i + 1, i);
            batch.add(new Document("_id", e.globalIndex())
                    .append("eventId", e.eventId())
                    .append("aggregateKey", e.aggregateId() + ":" + e.sequence())
                    .append("aggregateId", e.aggregateId())
                    .append("aggregateType", e.aggregateType())
                    .append("seq", e.sequence())
                    .append("timestamp", e.timestamp())
                    .append("payloadType", e.payloadType())
                    .append("payloadRevision", e.payloadRevision())
                    .append("payload", e.payload())
                    .append("metadata", e.metadata()));
            if (batch.size() == 5000) {
                events.insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            events.insertMany(batch);
        }
        db.getCollection("counters").updateOne(eq("_id", "global-index"), Updates.set("value", (long) n));
    }

    static String eventId(long globalIndex) {
        return new UUID(0x5EED_0000_0000_4000L, globalIndex).toString();
    }

    /** A typical event: a target set under a mission, with its source, about 600 bytes stored. */
    static StoredEvent event(long globalIndex, long i) {
        String mission = "mission-" + (i % 5000);
        long sequence = i / 5000;
        String payload = String.format(
                Locale.ROOT,
                "{\"missionId\":\"%s\",\"source\":{\"contentSha256\":null,"
                        + "\"publishedOn\":\"2024-12-05\",\"publisher\":\"GOV.UK\",\"title\":\"Plan for Change: milestones for "
                        + "mission-led government\",\"url\":\"https://www.gov.uk/government/missions\"},\"targetId\":\"t-%d\","
                        + "\"terms\":{\"baselineDate\":null,\"baselineValue\":null,\"comparator\":\"AT_LEAST\",\"deadline\":"
                        + "\"2030-12-31\",\"geography\":\"Great Britain\",\"goalValue\":95,\"indicatorId\":null,"
                        + "\"measurementBasis\":null,\"statement\":\"At least 95%% clean power by 2030\",\"unit\":\"%%\"}}",
                mission,
                i);
        String metadata = "{\"actor\":\"importer\",\"correlationId\":\"" + new UUID(i, 7) + "\",\"recordedAt\":"
                + "\"2025-03-01T12:00:00.123456Z\",\"traceId\":\"" + new UUID(i, 9) + "\"}";
        return new StoredEvent(
                globalIndex,
                eventId(globalIndex),
                "MissionAggregate",
                mission,
                sequence,
                "2025-03-01T12:00:00.123456Z",
                "org.missionledger.mission.api.TargetSet",
                "1",
                payload,
                metadata);
    }

    private static double best(int rounds, Runnable work, long operations) {
        double best = 0;
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            work.run();
            best = Math.max(best, operations / seconds(start));
        }
        return best;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static String ms(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        long value = sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
        return String.format(Locale.ROOT, "%.2f ms", value / 1e6);
    }
}
