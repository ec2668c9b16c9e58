package org.missionledger.exchange.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionledger.common.api.AlterationKind;
import org.missionledger.common.api.Source;
import org.missionledger.exchange.EventStreams;
import org.missionledger.mission.api.MissionReworded;
import org.missionledger.mission.api.TargetRevised;
import org.missionledger.mission.api.TargetSuperseded;
import org.missionledger.platform.axon.EventJson;
import org.missionledger.platform.eventstore.GlobalIndexEventStorageEngine;
import org.missionledger.platform.eventstore.StoredEvent;
import org.missionledger.support.TestContexts;
import org.missionledger.support.TestStore;
import org.springframework.context.ConfigurableApplicationContext;

/** The server loads the demo ledger on its first start with an empty store, and never again. */
class DemoLedgerIT {

    static final ObjectMapper EVENTS = EventJson.eventMapper();

    @TempDir
    Path dataDir;

    @Test
    void loadsOnTheFirstStartOnlyWithEverySourceAndTheNotedAlterations() throws Exception {
        Map<String, Object> store = TestStore.sharedStore(dataDir);
        store.put("missionledger.demo.enabled", "true");

        List<StoredEvent> loaded;
        try (ConfigurableApplicationContext first = TestContexts.start(store)) {
            loaded = EventStreams.all(engine(first));
        }
        List<StoredEvent> afterRestart;
        try (ConfigurableApplicationContext second = TestContexts.start(store)) {
            second.getBean(DemoLoader.class).load();
            afterRestart = EventStreams.all(engine(second));
        }

        assertThat(afterRestart).hasSameSizeAs(loaded);
        assertThat(loaded.stream()
                        .filter(e -> e.sequence() == 0)
                        .collect(Collectors.groupingBy(
                                StoredEvent::aggregateType,
                                Collectors.mapping(StoredEvent::aggregateId, Collectors.toList()))))
                .containsEntry(
                        "IndicatorAggregate",
                        List.of(
                                "sdg-1-1-1",
                                "world-extreme-poverty-headcount",
                                "nhs-rtt-within-18-weeks",
                                "england-net-additional-dwellings",
                                "england-new-build-homes",
                                "clean-power-low-carbon-share",
                                "england-eyfs-good-level-of-development"))
                .containsEntry(
                        "MissionAggregate",
                        List.of(
                                "uk-labour-growth",
                                "uk-labour-clean-energy",
                                "uk-labour-nhs",
                                "uk-labour-safer-streets",
                                "uk-labour-opportunity",
                                "uk-plan-for-change-homes",
                                "camden-diverse-leadership",
                                "camden-young-people",
                                "camden-eat-well",
                                "camden-estates",
                                "sdg-1-1",
                                "uk-levelling-up-1"));
        for (StoredEvent event : loaded) {
            assertThat(EVENTS.readTree(event.metadata()).get("actor").asText()).isEqualTo(DemoLedger.ACTOR);
            Source source = EVENTS.treeToValue(EVENTS.readTree(event.payload()).get("source"), Source.class);
            assertThat(source).as("source of %s", event.eventType()).isNotNull();
            assertThat(source.title()).isNotBlank();
            assertThat(source.publisher()).isNotBlank();
            assertThat(source.url()).matches("https?://.+");
        }

        TargetRevised cleanPower = only(loaded, "uk-labour-clean-energy", TargetRevised.class);
        assertThat(cleanPower.before().wording()).isEqualTo("zero-carbon electricity generation by 2030");
        assertThat(cleanPower.after().wording()).isEqualTo("at least 95% clean power by 2030");
        assertThat(cleanPower.kinds()).contains(AlterationKind.REWORDED, AlterationKind.WEAKENED);

        TargetSuperseded police = only(loaded, "uk-labour-safer-streets", TargetSuperseded.class);
        assertThat(police.targetId()).isEqualTo("neighbourhood-police-2023");
        assertThat(police.successorTargetId()).isEqualTo("neighbourhood-policing-milestone");

        List<TargetRevised> sdg = all(loaded, "sdg-1-1", TargetRevised.class);
        assertThat(sdg)
                .extracting(r -> r.after().measurementBasis())
                .containsExactly(
                        "international poverty line of $1.90 a day",
                        "international poverty line of $2.15 a day",
                        "international poverty line of $3.00 a day");
        assertThat(sdg).allSatisfy(revision -> {
            assertThat(revision.kinds())
                    .contains(AlterationKind.METRIC_CHANGED)
                    .doesNotContain(AlterationKind.REWORDED);
            assertThat(revision.after().wording()).isEqualTo(revision.before().wording());
        });

        assertThat(all(loaded, "camden-estates", MissionReworded.class))
                .singleElement()
                .satisfies(change -> assertThat(change.statement())
                        .isEqualTo(
                                "By 2030, Camden's estates and their neighbourhoods are healthy, sustainable and unlock "
                                        + "creativity."));
        assertThat(loaded).filteredOn(e -> e.eventType().startsWith("Reading")).hasSize(18);
        assertThat(loaded)
                .filteredOn(e -> e.eventType().endsWith("AccountabilityAssigned"))
                .hasSize(12);
    }

    private static GlobalIndexEventStorageEngine engine(ConfigurableApplicationContext context) {
        return (GlobalIndexEventStorageEngine) context.getBean(EventStorageEngine.class);
    }

    private static <T> List<T> all(List<StoredEvent> events, String aggregateId, Class<T> type) {
        return events.stream()
                .filter(e ->
                        e.aggregateId().equals(aggregateId) && e.payloadType().equals(type.getName()))
                .map(e -> {
                    try {
                        return EVENTS.readValue(e.payload(), type);
                    } catch (Exception x) {
                        throw new IllegalStateException(x);
                    }
                })
                .toList();
    }

    private static <T> T only(List<StoredEvent> events, String aggregateId, Class<T> type) {
        List<T> found = all(events, aggregateId, type);
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
