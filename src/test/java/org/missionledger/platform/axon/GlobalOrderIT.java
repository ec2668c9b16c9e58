package org.missionledger.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.missionledger.common.api.Source;
import org.missionledger.mission.api.Body;
import org.missionledger.mission.api.BodyKind;
import org.missionledger.mission.api.Comparator;
import org.missionledger.mission.api.DeclareMission;
import org.missionledger.mission.api.SetTarget;
import org.missionledger.mission.api.TargetTerms;
import org.missionledger.platform.eventstore.GlobalIndexEventStorageEngine;
import org.missionledger.support.LedgerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Eight threads recording concurrently, to their own missions and to one shared mission, through the real command
 * gateway and event store: the global order is dense and duplicate-free, and a tracking processor sees every event
 * exactly once, in global order.
 */
@LedgerIntegrationTest
@Import(GlobalOrderIT.Probe.class)
class GlobalOrderIT {

    @Autowired
    CommandGateway commands;

    @Autowired
    GlobalIndexEventStorageEngine engine;

    @Autowired
    Probe probe;

    @Test
    void concurrentWritersProduceOneOrderThatAProcessorSeesExactlyOnce() throws Exception {
        send(declare("shared"));
        int threads = 8;
        int perThread = 25;
        AtomicInteger retries = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                send(declare("own-" + thread));
                for (int i = 0; i < perThread; i++) {
                    String mission = i % 2 == 0 ? "own-" + thread : "shared";
                    while (true) {
                        try {
                            send(target(mission, "t-" + thread + "-" + i));
                            break;
                        } catch (ConcurrencyException | AggregateStreamCreationException e) {
                            retries.incrementAndGet();
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        int expected = 1 + threads * (1 + perThread);

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (probe.seen.size() < expected && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(probe.seen).hasSize(expected);
        assertThat(probe.timesSeen.values()).allMatch(n -> n.get() == 1);
        List<Long> positions = probe.seen.stream().map(Seen::globalIndex).toList();
        assertThat(positions).isSorted().doesNotHaveDuplicates();
        assertThat(engine.readStoredEvents(0, Integer.MAX_VALUE))
                .extracting(e -> e.globalIndex())
                .containsExactlyElementsOf(positions);
        // every index up to the head is accounted for: an event, or the tombstone of a refused append
        long tombstones = java.util.stream.LongStream.rangeClosed(1, engine.headIndex())
                .filter(i -> engine.rawEvent(i).orElseThrow().getBoolean("tombstone", false))
                .count();
        assertThat(engine.headIndex()).isEqualTo(expected + tombstones);
    }

    private void send(Object command) {
        CurrentActor.runAs("test:writer", () -> commands.sendAndWait(command));
    }

    private static final Source SOURCE = new Source("A source", "Publisher", "https://example.org/a", null, null);

    private static DeclareMission declare(String id) {
        return new DeclareMission(
                id,
                new Body("uk", "UK Government", BodyKind.NATIONAL_GOVERNMENT),
                "Mission " + id,
                "Statement",
                "area",
                LocalDate.of(2023, 2, 23),
                null,
                SOURCE);
    }

    private static SetTarget target(String mission, String target) {
        return new SetTarget(
                mission,
                target,
                new TargetTerms(
                        "Target " + target,
                        null,
                        null,
                        null,
                        Comparator.AT_LEAST,
                        java.math.BigDecimal.TEN,
                        "%",
                        LocalDate.of(2030, 12, 31),
                        null,
                        null),
                SOURCE,
                null);
    }

    record Seen(long globalIndex, String eventId) {}

    /** A one-segment processor that writes down every event it handles. */
    @TestConfiguration
    @ProcessingGroup("order-probe")
    static class Probe {
        final List<Seen> seen = new CopyOnWriteArrayList<>();
        final Map<String, AtomicInteger> timesSeen = new ConcurrentHashMap<>();

        @EventHandler
        void on(Object event, EventMessage<?> message, TrackingToken token) {
            seen.add(new Seen(token.position().orElseThrow(), message.getIdentifier()));
            timesSeen
                    .computeIfAbsent(message.getIdentifier(), k -> new AtomicInteger())
                    .incrementAndGet();
        }

        @Bean
        ConfigurerModule oneSegmentProbe() {
            return configurer -> configurer
                    .eventProcessing()
                    .registerPooledStreamingEventProcessorConfiguration(
                            "order-probe", (config, builder) -> builder.initialSegmentCount(1));
        }
    }
}
