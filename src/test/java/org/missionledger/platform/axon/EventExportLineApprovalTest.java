package org.missionledger.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.missionledger.exchange.api.ImportProgress;
import org.missionledger.exchange.export.EventExporter;
import org.missionledger.exchange.export.EventFormat;
import org.missionledger.ledger.log.EventLeaf;
import org.missionledger.ledger.log.EventLineReader;
import org.missionledger.ledger.log.EventLineWriter;
import org.missionledger.ledger.log.LeafEncoding;
import org.missionledger.ledger.log.LiveStore;
import org.missionledger.platform.eventstore.GlobalIndexEventStorageEngine;
import org.missionledger.platform.eventstore.StoredEvent;
import org.missionledger.platform.store.EmbeddedMongoStore;
import org.missionledger.support.TestStore;

/**
 * Pins the event-export line of every event type, byte for byte: the line is the verifier's input, and the leaf it
 * commits to is hashed into the transparency log, so a change must be deliberate. Every example event of
 * {@link EventExamples} is appended to a real event store (the embedded server), exported by the CLI export (JSON
 * Lines) and by the live verifier's export, and each line is compared with
 * {@code src/test/resources/approved-export-lines/<EventName>.jsonl}; the one reader reads the approved line back into
 * the stored event and into the leaf the log computes from the store.
 *
 * <p>To approve a new or deliberately changed line, run with {@code -Dapprove-events=true}, review the file, commit.
 */
class EventExportLineApprovalTest {

    private static final Path APPROVED =
            Path.of(System.getProperty("basedir", "."), "src", "test", "resources", "approved-export-lines");
    private static final boolean APPROVING = Boolean.getBoolean("approve-events");
    private static final Instant RECORDED = Instant.parse("2025-03-04T09:15:30.123Z");

    private static EmbeddedMongoStore server;
    private static MongoClient client;
    private static MongoDatabase database;
    private static GlobalIndexEventStorageEngine engine;
    /** The stored events, by example event name, in global order. */
    private static final Map<String, StoredEvent> STORED = new LinkedHashMap<>();

    @TempDir
    static Path dir;

    @BeforeAll
    static void storeEveryExample() {
        String uri;
        if (TestStore.usesRealMongo()) {
            uri = System.getenv("MONGODB_URI");
        } else {
            server = EmbeddedMongoStore.startInMemory(0);
            uri = server.connectionString();
        }
        client = MongoClients.create(uri);
        database = client.getDatabase("lines-" + UUID.randomUUID().toString().substring(0, 8));
        engine = GlobalIndexEventStorageEngine.builder()
                .database(database)
                .eventSerializer(JacksonSerializer.builder()
                        .objectMapper(EventJson.eventMapper())
                        .build())
                .snapshotSerializer(JacksonSerializer.builder()
                        .objectMapper(EventJson.eventMapper())
                        .build())
                .gapTimeout(Duration.ofSeconds(5))
                .build();
        Map<String, Long> sequences = new HashMap<>();
        List<Object> examples = EventExamples.all();
        for (int i = 0; i < examples.size(); i++) {
            Object event = examples.get(i);
            String aggregateId = aggregateId(event);
            long sequence = sequences.merge(aggregateId, 1L, Long::sum) - 1;
            Map<String, Object> metadata = new LinkedHashMap<>();
            metadata.put("actor", "editor@example.org");
            metadata.put("recordedAt", RECORDED.plusSeconds(i).toString());
            metadata.put("correlationId", String.format("c0ffee00-0000-4000-8000-%012d", i));
            engine.appendEvents(new GenericDomainEventMessage<>(
                    aggregateType(event),
                    aggregateId,
                    sequence,
                    event,
                    metadata,
                    String.format("e0e0e0e0-0000-4000-8000-%012d", i),
                    RECORDED.plusSeconds(i)));
        }
        List<StoredEvent> stored = engine.readStoredEvents(0, 1000);
        assertThat(stored).hasSameSizeAs(examples);
        for (int i = 0; i < examples.size(); i++) {
            STORED.put(examples.get(i).getClass().getSimpleName(), stored.get(i));
        }
    }

    @AfterAll
    static void close() {
        database.drop();
        client.close();
        if (server != null) {
            server.close();
        }
    }

    static Stream<Arguments> eventTypes() {
        return EventExamples.all().stream()
                .map(event -> Arguments.of(event.getClass().getSimpleName()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void theWriterWritesExactlyTheApprovedLine(String name) throws IOException {
        String actual = EventLineWriter.line(STORED.get(name)) + "\n";
        Path file = APPROVED.resolve(name + ".jsonl");
        if (APPROVING) {
            Files.createDirectories(APPROVED);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        if (!Files.exists(file)) {
            fail("No approved line for " + name + ": run with -Dapprove-events=true, review " + file + ", commit it.");
        }

        assertThat(actual).as("export line of %s", name).isEqualTo(approved(name));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void theReaderReadsTheApprovedLineBackIntoTheStoredEventAndItsLeaf(String name) throws IOException {
        String line = approved(name).stripTrailing();
        StoredEvent stored = STORED.get(name);

        assertThat(EventLineReader.parseEvent(line)).isEqualTo(stored);
        EventLeaf leaf = EventLineReader.parseLeaf(line);
        assertThat(leaf).isEqualTo(EventLeaf.of(stored));
        assertThat(leaf.leafHash()).isEqualTo(LeafEncoding.leafHash(stored));
        // and the payload text in the line is the event itself, as the event store's serializer wrote it
        Object example = EventExamples.all().stream()
                .filter(event -> event.getClass().getSimpleName().equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(EventJson.eventMapper()
                        .readValue(EventLineReader.parseEvent(line).payload(), example.getClass()))
                .isEqualTo(example);
    }

    @Test
    void theCliExportAndTheLiveVerifiersExportWriteTheSameLinesAsTheWriter() throws IOException {
        StringBuilder expected = new StringBuilder();
        for (String name : STORED.keySet()) {
            expected.append(approved(name));
        }

        ByteArrayOutputStream cli = new ByteArrayOutputStream();
        long written = new EventExporter(engine).export(EventFormat.JSONL, cli, 0, ImportProgress.NONE);
        assertThat(written).isEqualTo(STORED.size());
        assertThat(cli.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString());

        Path saved = dir.resolve("saved-events.jsonl");
        try (LiveStore live = LiveStore.connect(connectionString(), database.getName())) {
            assertThat(live.exportEvents(saved, position -> {})).isEqualTo(STORED.size());
        }
        assertThat(Files.readString(saved, StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    }

    @Test
    void everyEventTypeHasAnApprovedLine() throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(APPROVED)) {
            list.map(path -> path.getFileName().toString())
                    .filter(file -> file.endsWith(".jsonl") && !file.contains("-revision-"))
                    .map(file -> file.substring(0, file.length() - ".jsonl".length()))
                    .sorted()
                    .forEach(files::add);
        }
        assertThat(files)
                .as("approved export lines")
                .containsExactlyElementsOf(EventJsonApprovalTest.eventClasses().stream()
                        .map(Class::getSimpleName)
                        .sorted()
                        .toList());
    }

    private static String approved(String name) throws IOException {
        return Files.readString(APPROVED.resolve(name + ".jsonl"), StandardCharsets.UTF_8);
    }

    private static String connectionString() {
        return server != null ? server.connectionString() : System.getenv("MONGODB_URI");
    }

    /** The aggregate an event belongs to, as Axon names it: its feature's aggregate class. */
    private static String aggregateType(Object event) {
        String pkg = event.getClass().getPackageName();
        if (pkg.startsWith("org.missionledger.mission.")) {
            return "MissionAggregate";
        }
        if (pkg.startsWith("org.missionledger.indicator.")) {
            return "IndicatorAggregate";
        }
        return "SourceAggregate";
    }

    /** The event's first component (missionId, indicatorId or sourceId) is its aggregate's identifier. */
    private static String aggregateId(Object event) {
        try {
            return String.valueOf(
                    event.getClass().getRecordComponents()[0].getAccessor().invoke(event));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
