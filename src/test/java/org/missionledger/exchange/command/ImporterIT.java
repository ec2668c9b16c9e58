package org.missionledger.exchange.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionledger.common.api.Source;
import org.missionledger.exchange.EventStreams;
import org.missionledger.exchange.api.ImportProblem;
import org.missionledger.exchange.api.ImportProgress;
import org.missionledger.exchange.api.ImportReport;
import org.missionledger.exchange.api.ImportReport.Outcome;
import org.missionledger.exchange.format.ImportInput;
import org.missionledger.mission.api.Body;
import org.missionledger.mission.api.BodyKind;
import org.missionledger.mission.api.Comparator;
import org.missionledger.mission.api.CorrectMissionRecord;
import org.missionledger.mission.api.DeclareMission;
import org.missionledger.mission.api.ReviseTarget;
import org.missionledger.mission.api.SetTarget;
import org.missionledger.mission.api.TargetTerms;
import org.missionledger.platform.axon.CurrentActor;
import org.missionledger.platform.eventstore.GlobalIndexEventStorageEngine;
import org.missionledger.platform.eventstore.StoredEvent;
import org.missionledger.support.LedgerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@LedgerIntegrationTest
class ImporterIT {

    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    Importer importer;

    @Autowired
    CommandGateway commands;

    @Autowired
    EventStorageEngine storageEngine;

    @Autowired
    ImportLog importLog;

    @TempDir
    Path dir;

    GlobalIndexEventStorageEngine engine() {
        return (GlobalIndexEventStorageEngine) storageEngine;
    }

    ImportReport importText(String name, String content, String actor) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return importer.importFile(ImportInput.of(file, null), actor, false, ImportProgress.NONE);
    }

    static String mission(String id, String history) {
        return """
                format: mission-ledger/import
                version: 1
                sources:
                  gov: {title: Plan for Change, publisher: GOV.UK, url: "https://www.gov.uk/government/missions"}
                missions:
                  - id: %s
                    declare:
                      body: {id: uk, name: UK Government, kind: NATIONAL_GOVERNMENT}
                      title: Clean power
                      statement: Zero-carbon electricity by 2030
                      declaredOn: 2023-02-23
                      source: gov
                    history:
                %s"""
                .formatted(id, history.indent(6));
    }

    static final String TARGET_HISTORY =
            """
            - setTarget:
                targetId: clean-power
                terms: {wording: zero-carbon electricity generation by 2030, deadline: 2030-12-31}
                source: gov
            - reviseTarget:
                targetId: clean-power
                terms: {wording: at least 95% clean power by 2030, comparator: AT_LEAST, goalValue: 95, unit: "%", deadline: 2030-12-31}
                reason: Plan for Change milestone
                source: gov
                effectiveOn: 2024-12-05
            - correct:
                entry: 0
                corrections: {policyArea: energy}
                reason: the policy area was left out
            """;

    List<StoredEvent> streamOf(String aggregateId) {
        return EventStreams.all(engine()).stream()
                .filter(e -> e.aggregateId().equals(aggregateId))
                .toList();
    }

    @Test
    void recordsEachEntryExactlyAsIfRecordedByHandAsTheImporter() throws Exception {
        ImportReport report = importText("a.yaml", mission("imported-mission", TARGET_HISTORY), "importer:alice");

        Source gov = new Source("Plan for Change", "GOV.UK", "https://www.gov.uk/government/missions", null, null);
        CurrentActor.runAs("importer:alice", () -> {
            commands.sendAndWait(new DeclareMission(
                    "by-hand-mission",
                    new Body("uk", "UK Government", BodyKind.NATIONAL_GOVERNMENT),
                    "Clean power",
                    "Zero-carbon electricity by 2030",
                    null,
                    LocalDate.of(2023, 2, 23),
                    null,
                    gov));
            commands.sendAndWait(new SetTarget(
                    "by-hand-mission",
                    "clean-power",
                    new TargetTerms(
                            "zero-carbon electricity generation by 2030",
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            LocalDate.of(2030, 12, 31),
                            null,
                            null),
                    gov,
                    null));
            commands.sendAndWait(new ReviseTarget(
                    "by-hand-mission",
                    "clean-power",
                    new TargetTerms(
                            "at least 95% clean power by 2030",
                            null,
                            null,
                            null,
                            Comparator.AT_LEAST,
                            new BigDecimal("95"),
                            "%",
                            LocalDate.of(2030, 12, 31),
                            null,
                            null),
                    "Plan for Change milestone",
                    gov,
                    LocalDate.of(2024, 12, 5)));
            return commands.sendAndWait(new CorrectMissionRecord(
                    "by-hand-mission",
                    streamOf("by-hand-mission").get(0).eventId(),
                    Map.of("policyArea", "energy"),
                    "the policy area was left out"));
        });

        assertThat(report.outcome()).isEqualTo(Outcome.RECORDED);
        assertThat(report.recorded()).isEqualTo(4);
        assertThat(report.actor()).isEqualTo("importer:alice");
        List<String> imported = EventStreams.of(streamOf("imported-mission"))
                .values()
                .iterator()
                .next();
        List<String> byHand =
                EventStreams.of(streamOf("by-hand-mission")).values().iterator().next();
        assertThat(imported)
                .containsExactlyElementsOf(byHand.stream()
                        .map(e -> e.replace("by-hand-mission", "imported-mission"))
                        .toList());
        List<StoredEvent> events = streamOf("imported-mission");
        assertThat(events).allSatisfy(e -> assertThat(
                        JSON.readTree(e.metadata()).get("actor").asText())
                .isEqualTo("importer:alice"));
        assertThat(JSON.readTree(events.get(2).metadata()).get("effectiveDate").asText())
                .isEqualTo("2024-12-05");
        assertThat(JSON.readTree(events.get(3).payload())
                        .get("correctedEventId")
                        .asText())
                .isEqualTo(events.get(0).eventId());
    }

    @Test
    void importingTheSameFileAgainRecordsNothing() throws Exception {
        String file = mission("again-mission", TARGET_HISTORY);
        importText("b.yaml", file, "importer:bob");
        long head = engine().headIndex();

        ImportReport again = importText("b.yaml", file, "importer:bob");
        ImportReport asJson = importText(
                "b.json",
                JSON.writeValueAsString(new com.fasterxml.jackson.databind.ObjectMapper(
                                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                        .readTree(file)),
                "importer:carol");

        assertThat(again.outcome()).isEqualTo(Outcome.NOTHING_NEW);
        assertThat(again.alreadyImported()).isEqualTo(4);
        assertThat(asJson.outcome()).isEqualTo(Outcome.NOTHING_NEW);
        assertThat(engine().headIndex()).isEqualTo(head);
    }

    @Test
    void aLongerVersionOfAFileRecordsOnlyTheNewEntries() throws Exception {
        String first = mission(
                "growing-mission",
                """
                - setTarget:
                    targetId: clean-power
                    terms: {wording: zero-carbon electricity generation by 2030, deadline: 2030-12-31}
                    source: gov
                """);
        importText("c.yaml", first, "importer:dan");
        String longer = first
                + """
                      - dropTarget: {targetId: clean-power, reason: replaced, source: gov}
                      - reinstateTarget: {targetId: clean-power, reason: restored, source: gov}
                """;

        ImportReport report = importText("c.yaml", longer, "importer:dan");

        assertThat(report.outcome()).isEqualTo(Outcome.RECORDED);
        assertThat(report.recorded()).isEqualTo(2);
        assertThat(report.alreadyImported()).isEqualTo(2);
        assertThat(streamOf("growing-mission"))
                .extracting(StoredEvent::eventType)
                .containsExactly("MissionDeclared", "TargetSet", "TargetDropped", "TargetReinstated");
    }

    @Test
    void anEntryChangedAfterItsImportIsRefusedNotRewritten() throws Exception {
        importText("d.yaml", mission("changed-mission", "- drop: {reason: gone, source: gov}\n"), "importer:eve");
        long head = engine().headIndex();

        ImportReport report =
                importText("d.yaml", mission("changed-mission", "- drop: {reason: went away, source: gov}\n"), "x");

        assertThat(report.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("conflict");
            assertThat(p.path()).isEqualTo("$.missions[0].history[0].drop");
        });
        assertThat(engine().headIndex()).isEqualTo(head);
    }

    @Test
    void anInvalidFileIsRefusedWithEveryProblemAndRecordsNothing() throws Exception {
        String file =
                """
                format: mission-ledger/import
                version: 1
                sources:
                  gov: {title: Plan for Change, publisher: GOV.UK, url: "https://www.gov.uk/government/missions"}
                missions:
                  - id: valid-but-in-a-bad-file
                    declare: {body: {id: uk, name: UK, kind: OTHER}, title: T, statement: S, source: gov}
                  - id: bad-schema
                    declare: {body: {id: uk, name: UK, kind: OTHER}, title: T, statement: S, source: gov, mood: sunny}
                  - id: bad-value
                    declare: {body: {id: uk, name: UK, kind: OTHER}, title: T, statement: S, source: gov, horizon: 1066-10-14}
                  - id: refused-by-the-domain
                    declare: {body: {id: uk, name: UK, kind: OTHER}, title: T, statement: S, source: gov}
                    history:
                      - setTarget:
                          targetId: t1
                          terms: {wording: W, baselineDate: 2030-01-01, deadline: 2025-12-31}
                          source: gov
                  - id: unknown-references
                    declare: {body: {id: uk, name: UK, kind: OTHER}, title: T, statement: S, source: gov}
                    history:
                      - setTarget:
                          targetId: t1
                          terms: {wording: W, indicatorId: no-such-indicator, deadline: 2030-12-31}
                          source: gov
                      - drop: {reason: gone, source: no-such-source}
                """;
        long head = engine().headIndex();
        long logged = importLog.size();

        ImportReport report = importText("bad.yaml", file, "importer:frank");

        assertThat(report.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(report.recorded()).isZero();
        assertThat(report.problems())
                .extracting(ImportProblem::line, ImportProblem::path, ImportProblem::code)
                .containsExactly(
                        tuple(9, "$.missions[1].declare.mood", "schema"),
                        tuple(11, "$.missions[2].declare.horizon", "invalid"),
                        tuple(15, "$.missions[3].history[0].setTarget", "refused:deadline-before-baseline"),
                        tuple(22, "$.missions[4].history[0].setTarget", "refused:unknown-indicator"),
                        tuple(26, "$.missions[4].history[1].drop.source", "reference"));
        assertThat(report.problems().get(2).message())
                .isEqualTo("The deadline 2025-12-31 is not after the baseline date 2030-01-01.");
        assertThat(engine().headIndex()).isEqualTo(head);
        assertThat(importLog.size()).isEqualTo(logged);
        assertThat(engine().aggregateTypeOf("valid-but-in-a-bad-file")).isEmpty();
    }

    @Test
    void importsReadingsFromCsvOnceOnly() throws Exception {
        importText(
                "indicator.yaml",
                """
                format: mission-ledger/import
                version: 1
                indicators:
                  - id: csv-indicator
                    define:
                      name: Share of electricity from low-carbon sources
                      unit: "%"
                      publisher: Example Statistics
                      frequency: ANNUAL
                      source: {title: Series page, publisher: Example Statistics, url: "https://example.org/series"}
                """,
                "importer:gina");
        String csv =
                """
                indicatorId,period,value,publishedOn,vintage,sourceTitle,sourcePublisher,sourceUrl,sourcePublishedOn
                csv-indicator,2022,41.5,2023-03-30,first,Annual release,Example Statistics,https://example.org/r,2023-03-30
                csv-indicator,2023,47.25,2024-03-28,first,Annual release,Example Statistics,https://example.org/r,
                csv-indicator,2023/24,48,2024-06-27,,Annual release,Example Statistics,https://example.org/r,
                """;

        ImportReport first = importText("readings.csv", csv, "importer:gina");
        ImportReport again = importText("readings.csv", csv, "importer:gina");
        ImportReport bad = importText(
                "bad.csv",
                """
                indicatorId,period,value,publishedOn,sourceTitle,sourcePublisher,sourceUrl
                csv-indicator,2024-Q1,1,2024-06-27,T,P,https://example.org/r
                nobody,2024,1,2024-06-27,T,P,https://example.org/r
                """,
                "importer:gina");

        assertThat(first.outcome()).isEqualTo(Outcome.RECORDED);
        assertThat(first.recorded()).isEqualTo(3);
        assertThat(streamOf("csv-indicator"))
                .extracting(StoredEvent::eventType)
                .containsExactly("IndicatorDefined", "ReadingRecorded", "ReadingRecorded", "ReadingRecorded");
        JsonNode reading = JSON.readTree(streamOf("csv-indicator").get(2).payload());
        assertThat(reading.get("value").decimalValue()).isEqualByComparingTo("47.25");
        assertThat(reading.get("source").get("publishedOn").isNull()).isTrue();
        assertThat(again.outcome()).isEqualTo(Outcome.NOTHING_NEW);
        assertThat(bad.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(bad.problems())
                .extracting(ImportProblem::line, ImportProblem::code)
                .containsExactly(
                        tuple(2, "refused:period-does-not-match-frequency"), tuple(3, "refused:unknown-indicator"));
    }

    @Test
    void recordsReferencesToRecordsFurtherDownTheFile() throws Exception {
        ImportReport report = importText(
                "forward.yaml",
                """
                format: mission-ledger/import
                version: 1
                sources:
                  s: {title: T, publisher: P, url: "https://example.org/s"}
                missions:
                  - id: first-plan
                    declare: {body: {id: b, name: B, kind: OTHER}, title: First, statement: First plan, source: s}
                    history:
                      - supersede: {successorMissionId: second-plan, reason: replaced, source: s}
                  - id: second-plan
                    declare: {body: {id: b, name: B, kind: OTHER}, title: Second, statement: Second plan, source: s}
                """,
                "importer:hal");

        assertThat(report.outcome()).isEqualTo(Outcome.RECORDED);
        assertThat(streamOf("first-plan"))
                .extracting(StoredEvent::eventType)
                .containsExactly("MissionDeclared", "MissionSuperseded");
    }

    @Test
    void aDryRunChecksEverythingAndRecordsNothing() throws Exception {
        Path file = dir.resolve("dry.yaml");
        Files.writeString(file, mission("dry-mission", TARGET_HISTORY));
        long head = engine().headIndex();

        ImportReport report = importer.importFile(ImportInput.of(file, null), "x", true, ImportProgress.NONE);

        assertThat(report.outcome()).isEqualTo(Outcome.VALID);
        assertThat(engine().headIndex()).isEqualTo(head);
    }

    @Test
    void refusesToDeclareWhatWasRecordedByOtherMeans() throws Exception {
        Source s = new Source("T", "P", "https://example.org/s", null, null);
        send(new DeclareMission("hand-made", new Body("b", "B", BodyKind.OTHER), "T", "S", null, null, null, s));

        ImportReport report = importText("clash.yaml", mission("hand-made", "[]\n"), "x");

        assertThat(report.problems()).singleElement().satisfies(p -> assertThat(p.code())
                .isEqualTo("refused:mission-already-declared"));
    }

    /** Records a command by hand, as trusted test set-up (a recorder with every grant). */
    private Object send(Object command) {
        return org.missionledger.platform.axon.CurrentActor.runAs("test:recorder", () -> commands.sendAndWait(command));
    }
}
