package org.missionledger.platform.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionledger.platform.axon.EventJson;
import org.missionledger.platform.eventstore.GlobalIndexEventStorageEngine;
import org.missionledger.platform.eventstore.StoredEvent;

/**
 * Durable before acknowledged: a store process killed with SIGKILL right after acknowledging writes still has every
 * acknowledged event when it starts again. (mongo-java-server's H2 backend as it comes lost about half of them.)
 */
class DurableEmbeddedStoreIT {

    @TempDir
    Path dataDir;

    @Test
    void everyAcknowledgedEventSurvivesAKillRightAfterTheLastAcknowledgement() throws Exception {
        int acknowledged = 0;
        for (int round = 0; round < 3; round++) {
            Process store = start();
            try (MongoClient client = MongoClients.create(uri(store))) {
                GlobalIndexEventStorageEngine engine = engine(client);
                assertThat(storedEvents(engine)).hasSize(acknowledged);
                for (int i = 0; i < 700; i++) {
                    engine.appendEvents(event("round-" + round, i));
                    acknowledged++;
                }
                store.destroyForcibly(); // SIGKILL, no shutdown hook runs
                assertThat(store.waitFor(10, TimeUnit.SECONDS)).isTrue();
            }
        }
        Process store = start();
        try (MongoClient client = MongoClients.create(uri(store))) {
            List<StoredEvent> events = storedEvents(engine(client));
            assertThat(events).hasSize(acknowledged);
            assertThat(events)
                    .extracting(StoredEvent::globalIndex)
                    .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, acknowledged)
                            .boxed()
                            .toList());
        } finally {
            store.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void concurrentWritersKilledMidStreamLoseNothingTheyWereToldWasStored() throws Exception {
        Process store = start();
        List<Long> acknowledgedSequences = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        try (MongoClient client = MongoClients.create(uri(store) + "/?serverSelectionTimeoutMS=2000")) {
            GlobalIndexEventStorageEngine engine = engine(client);
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                String aggregate = "writer-" + w;
                Thread writer = new Thread(() -> {
                    for (long i = 0; i < 100_000; i++) {
                        try {
                            engine.appendEvents(event(aggregate, i));
                            acknowledgedSequences.add(i * 10 + Long.parseLong(aggregate.substring(7)));
                        } catch (RuntimeException e) {
                            failures.incrementAndGet();
                            return; // the store is gone
                        }
                    }
                });
                writer.start();
                writers.add(writer);
            }
            while (acknowledgedSequences.size() < 400) {
                Thread.sleep(5);
            }
            store.destroyForcibly();
            store.waitFor(10, TimeUnit.SECONDS);
            for (Thread writer : writers) {
                writer.join(20_000);
            }
        }
        Process restarted = start();
        try (MongoClient client = MongoClients.create(uri(restarted))) {
            GlobalIndexEventStorageEngine engine = engine(client);
            List<Long> stored = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                engine.readEvents("writer-" + w)
                        .asStream()
                        .forEach(e -> stored.add(e.getSequenceNumber() * 10 + writer));
            }
            assertThat(stored).containsAll(new ArrayList<>(acknowledgedSequences));
            assertThat(failures.get()).isEqualTo(4);
        } finally {
            restarted.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private Process start() throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(
                        java, "-cp", classpath, EmbeddedStoreProcess.class.getName(), dataDir.toString())
                .redirectError(new File(dataDir.toFile().getParentFile(), "store-process.log"))
                .start();
        return process;
    }

    private static String uri(Process process) throws IOException {
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("URI ")) {
                return line.substring(4);
            }
        }
        throw new IllegalStateException("The store process ended without printing its URI");
    }

    private static GlobalIndexEventStorageEngine engine(MongoClient client) {
        JacksonSerializer serializer = JacksonSerializer.builder()
                .objectMapper(EventJson.eventMapper())
                .build();
        return GlobalIndexEventStorageEngine.builder()
                .database(client.getDatabase("durability"))
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .gapTimeout(Duration.ofSeconds(5))
                .build();
    }

    private static List<StoredEvent> storedEvents(GlobalIndexEventStorageEngine engine) {
        return engine.readStoredEvents(0, Integer.MAX_VALUE);
    }

    private static GenericDomainEventMessage<String> event(String aggregate, long sequence) {
        return new GenericDomainEventMessage<>("TestAggregate", aggregate, sequence, "x".repeat(200));
    }
}
