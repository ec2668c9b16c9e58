package org.missionledger.exchange.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.missionledger.common.api.Source;
import org.missionledger.exchange.EventStreams;
import org.missionledger.exchange.api.ImportProgress;
import org.missionledger.exchange.api.ImportReport;
import org.missionledger.exchange.command.Importer;
import org.missionledger.exchange.format.ImportInput;
import org.missionledger.exchange.format.InputFormat;
import org.missionledger.indicator.api.ChangeIndicatorMethodology;
import org.missionledger.indicator.api.CorrectIndicatorRecord;
import org.missionledger.indicator.api.DefineIndicator;
import org.missionledger.indicator.api.Frequency;
import org.missionledger.indicator.api.RecordReading;
import org.missionledger.indicator.api.ReviseReading;
import org.missionledger.indicator.api.WithdrawReading;
import org.missionledger.mission.api.AccountableRole;
import org.missionledger.mission.api.AssignAccountability;
import org.missionledger.mission.api.Body;
import org.missionledger.mission.api.BodyKind;
import org.missionledger.mission.api.Comparator;
import org.missionledger.mission.api.CorrectMissionRecord;
import org.missionledger.mission.api.DeclareMission;
import org.missionledger.mission.api.DropMission;
import org.missionledger.mission.api.DropTarget;
import org.missionledger.mission.api.EndAccountability;
import org.missionledger.mission.api.Holder;
import org.missionledger.mission.api.MarkMissionAchieved;
import org.missionledger.mission.api.ReassignAccountability;
import org.missionledger.mission.api.ReinstateTarget;
import org.missionledger.mission.api.ReviseTarget;
import org.missionledger.mission.api.RewordMission;
import org.missionledger.mission.api.RoleKind;
import org.missionledger.mission.api.SetTarget;
import org.missionledger.mission.api.SupersedeMission;
import org.missionledger.mission.api.SupersedeTarget;
import org.missionledger.mission.api.TargetTerms;
import org.missionledger.platform.eventstore.GlobalIndexEventStorageEngine;
import org.missionledger.platform.eventstore.StoredEvent;
import org.missionledger.support.LedgerIntegrationTest;
import org.missionledger.support.TestContexts;
import org.missionledger.support.TestStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

/** A ledger recorded by hand, exported, and imported into an empty ledger, has the same history. */
@LedgerIntegrationTest
class RoundTripIT {

    static final Source S1 =
            new Source("Annual report", "Example Office", "https://example.org/a", LocalDate.of(2024, 1, 31), null);
    static final Source S2 = new Source(
            "Statement",
            "Example Office",
            "https://example.org/b",
            null,
            "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    static final Body BODY = new Body("example-government", "Example Government", BodyKind.NATIONAL_GOVERNMENT);

    @Autowired
    CommandGateway commands;

    @Autowired
    EventStorageEngine storageEngine;

    @Autowired
    MissionExporter missions;

    @Autowired
    EventExporter events;

    GlobalIndexEventStorageEngine engine() {
        return (GlobalIndexEventStorageEngine) storageEngine;
    }

    String firstEventOf(String aggregateId) {
        return engine().readEvents(aggregateId).next().getIdentifier();
    }

    void recordARichHistoryByHand() {
        send(new DefineIndicator(
                "rt-share",
                "Share of low-carbon generation",
                "%",
                "Example Stats",
                "Annual survey",
                "generation basis",
                Frequency.QUARTERLY,
                "EX_001",
                S1));
        send(new ChangeIndicatorMethodology(
                "rt-share", null, "consumption basis", "rebased", S2, LocalDate.of(2024, 6, 1)));
        send(new RecordReading("rt-share", "2024-Q1", new BigDecimal("41.50"), LocalDate.of(2024, 5, 1), "v1", S1));
        send(new RecordReading("rt-share", "2024-Q2", new BigDecimal("43"), LocalDate.of(2024, 8, 1), null, S1));
        send(new ReviseReading(
                "rt-share", "2024-Q1", new BigDecimal("41.7"), LocalDate.of(2024, 8, 1), "v2", "revised survey", S2));
        send(new WithdrawReading("rt-share", "2024-Q2", "error found", S2));
        String q1 = engine().readEvents("rt-share", 2).next().getIdentifier();
        send(new CorrectIndicatorRecord("rt-share", q1, Map.of("source.publishedOn", "2024-05-02"), "mistyped date"));

        send(new DeclareMission(
                "rt-plan-a",
                BODY,
                "Plan A",
                "We will do A by 2030.",
                null,
                LocalDate.of(2023, 2, 23),
                LocalDate.of(2030, 12, 31),
                S1));
        send(new SetTarget(
                "rt-plan-a",
                "t1",
                new TargetTerms(
                        "At least 50% by 2030",
                        "rt-share",
                        new BigDecimal("40"),
                        LocalDate.of(2023, 1, 1),
                        Comparator.AT_LEAST,
                        new BigDecimal("50"),
                        "%",
                        LocalDate.of(2030, 12, 31),
                        "England",
                        "generation basis"),
                S1,
                LocalDate.of(2023, 2, 23)));
        send(new ReviseTarget(
                "rt-plan-a",
                "t1",
                new TargetTerms(
                        "At least 45% by 2032",
                        "rt-share",
                        new BigDecimal("40"),
                        LocalDate.of(2023, 1, 1),
                        Comparator.AT_LEAST,
                        new BigDecimal("45.0"),
                        "%",
                        LocalDate.of(2032, 12, 31),
                        "England",
                        "generation basis"),
                "slipped",
                S2,
                null));
        send(new AssignAccountability(
                "rt-plan-a",
                "tenure-1",
                "t1",
                new AccountableRole(RoleKind.LEAD_MINISTER, null),
                new Holder("A. Minister", "Secretary of State"),
                LocalDate.of(2023, 3, 1),
                S1));
        send(new ReassignAccountability(
                "rt-plan-a",
                "tenure-1",
                "tenure-2",
                new Holder("B. Minister", "Secretary of State"),
                LocalDate.of(2024, 7, 8),
                "reshuffle",
                S2));
        send(new EndAccountability("rt-plan-a", "tenure-2", LocalDate.of(2025, 1, 1), "post abolished", S2));
        send(new SetTarget(
                "rt-plan-a",
                "t2",
                new TargetTerms(
                        "Net zero grid", null, null, null, null, null, null, LocalDate.of(2035, 12, 31), null, null),
                S2,
                null));
        send(new DropTarget("rt-plan-a", "t2", "deprioritised", S2, LocalDate.of(2024, 9, 1)));
        send(new ReinstateTarget("rt-plan-a", "t2", "back on", S2, LocalDate.of(2024, 10, 1)));
        send(new SupersedeTarget("rt-plan-a", "t1", "t2", "merged", S2, null));
        send(new RewordMission("rt-plan-a", null, "We will do A, properly, by 2030.", "clarified", S2, null));
        send(new CorrectMissionRecord(
                "rt-plan-a",
                firstEventOf("rt-plan-a"),
                Map.of("policyArea", "energy", "source.title", "Annual report 2024"),
                "recording mistakes"));
        send(new DeclareMission("rt-plan-b", BODY, "Plan B", "We will do B.", "energy", null, null, S2));
        send(new SupersedeMission("rt-plan-a", "rt-plan-b", "replaced", S2, null));
        send(new DeclareMission("rt-plan-c", BODY, "Plan C", "C.", null, null, null, S1));
        send(new DropMission("rt-plan-c", "abandoned", S2, null));
        send(new DeclareMission("rt-plan-d", BODY, "Plan D", "D.", null, null, null, S1));
        send(new MarkMissionAchieved("rt-plan-d", "done", S2, LocalDate.of(2025, 5, 5)));
    }

    @Test
    void exportThenImportIntoAnEmptyLedgerGivesTheSameHistory() throws Exception {
        recordARichHistoryByHand();
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        ByteArrayOutputStream yaml = new ByteArrayOutputStream();
        missions.export(MissionFormat.JSON, json, ImportProgress.NONE);
        missions.export(MissionFormat.YAML, yaml, ImportProgress.NONE);

        ImportReport fromJson;
        ImportReport fromYamlAgain;
        Map<String, List<String>> imported;
        try (ConfigurableApplicationContext empty = TestContexts.start(TestStore.properties())) {
            Importer importer = empty.getBean(Importer.class);
            fromJson = importer.importFile(
                    input("export.json", InputFormat.JSON, json), "importer:zed", false, ImportProgress.NONE);
            fromYamlAgain = importer.importFile(
                    input("export.yaml", InputFormat.YAML, yaml), "importer:zed", false, ImportProgress.NONE);
            imported = EventStreams.of((GlobalIndexEventStorageEngine) empty.getBean(EventStorageEngine.class));
        }

        assertThat(fromJson.problems()).isEmpty();
        assertThat(fromJson.recorded()).isEqualTo(EventStreams.all(engine()).size());
        assertThat(fromYamlAgain.outcome()).isEqualTo(ImportReport.Outcome.NOTHING_NEW);
        Map<String, List<String>> original = EventStreams.of(engine());
        assertThat(imported.keySet()).containsExactlyInAnyOrderElementsOf(original.keySet());
        original.forEach((aggregate, stream) ->
                assertThat(imported.get(aggregate)).as(aggregate).containsExactlyElementsOf(stream));
    }

    @Test
    void exportsEventsExactlyAsStored() throws Exception {
        send(new DeclareMission("rt-exact", BODY, "Exact", "Exactly so.", null, null, null, S1));
        List<StoredEvent> stored = EventStreams.all(engine());
        ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
        ByteArrayOutputStream array = new ByteArrayOutputStream();
        ByteArrayOutputStream csv = new ByteArrayOutputStream();

        long count = events.export(EventFormat.JSONL, jsonl, 0, ImportProgress.NONE);
        events.export(EventFormat.JSON, array, 0, ImportProgress.NONE);
        events.export(EventFormat.CSV, csv, 0, ImportProgress.NONE);

        ObjectMapper mapper = new ObjectMapper();
        List<StoredEvent> lines = jsonl.toString(StandardCharsets.UTF_8)
                .lines()
                .map(line -> read(mapper, line))
                .toList();
        assertThat(count).isEqualTo(stored.size());
        assertThat(lines).containsExactlyElementsOf(stored);
        assertThat(mapper.readValue(array.toByteArray(), StoredEvent[].class)).containsExactlyElementsOf(stored);
        List<Map<String, String>> rows = new CsvMapper()
                .readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader())
                .<Map<String, String>>readValues(csv.toByteArray())
                .readAll();
        assertThat(rows).hasSize(stored.size());
        assertThat(rows.get(rows.size() - 1))
                .containsEntry("payload", stored.get(stored.size() - 1).payload())
                .containsEntry("metadata", stored.get(stored.size() - 1).metadata());
        JsonNode first = mapper.readTree(
                jsonl.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow());
        assertThat(first.fieldNames())
                .toIterable()
                .containsExactly(
                        "globalIndex",
                        "eventId",
                        "aggregateType",
                        "aggregateId",
                        "sequence",
                        "timestamp",
                        "payloadType",
                        "payloadRevision",
                        "payload",
                        "metadata");
    }

    private static StoredEvent read(ObjectMapper mapper, String line) {
        try {
            return mapper.readValue(line, StoredEvent.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ImportInput input(String name, InputFormat format, ByteArrayOutputStream bytes) {
        byte[] content = bytes.toByteArray();
        return new ImportInput(name, format, content.length, () -> new ByteArrayInputStream(content));
    }

    /** Records a command by hand, as trusted test set-up (a recorder with every grant). */
    private Object send(Object command) {
        return org.missionledger.platform.axon.CurrentActor.runAs("test:recorder", () -> commands.sendAndWait(command));
    }
}
