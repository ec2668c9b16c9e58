package org.missionledger.exchange.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.missionledger.common.api.Source;
import org.missionledger.exchange.api.ImportProblem;
import org.missionledger.mission.api.BodyKind;
import org.missionledger.mission.api.Comparator;
import org.missionledger.mission.api.CorrectMissionRecord;
import org.missionledger.mission.api.DeclareMission;
import org.missionledger.mission.api.ReviseTarget;
import org.missionledger.mission.api.SetTarget;

class RecordMapperTest {

    static final String VALID =
            """
            format: mission-ledger/import
            version: 1
            sources:
              itv:
                title: Keir Starmer to launch Labour's five national missions
                publisher: ITV News
                url: https://www.itv.com/news/2023-02-23/keir-starmer-to-launch-labours-five-national-missions
                publishedOn: "2023-02-23"
            missions:
              - id: clean-power
                declare:
                  body: {id: labour-party, name: Labour Party, kind: POLITICAL_PARTY}
                  title: Clean energy superpower
                  statement: Making Britain a 'clean energy superpower'
                  declaredOn: 2023-02-23
                  source: itv
                history:
                  - setTarget:
                      targetId: t1
                      terms: {wording: zero-carbon electricity by 2030, deadline: 2030-12-31}
                      source: itv
                  - reviseTarget:
                      targetId: t1
                      terms: {wording: at least 95% clean power, comparator: AT_LEAST, goalValue: 95.0, unit: "%", deadline: 2030-12-31}
                      reason: Plan for Change
                      source: {title: Plan for Change, publisher: GOV.UK, url: "https://www.gov.uk/government/missions"}
                      effectiveOn: 2024-12-05
                  - correct:
                      entry: 0
                      corrections: {policyArea: energy}
                      reason: left out by mistake
            """;

    @Test
    void turnsEachEntryIntoItsCommandWithSourcesResolved() {
        Parsing parsing = Parsing.yaml(VALID);

        assertThat(parsing.problems).isEmpty();
        PlannedRecord record = parsing.records.get(0);
        assertThat(record.id()).isEqualTo("clean-power");
        assertThat(record.entries())
                .extracting(PlannedEntry::position, PlannedEntry::kind, PlannedEntry::logKey)
                .containsExactly(
                        tuple(0, EntryKind.DECLARE, "clean-power#0"),
                        tuple(1, EntryKind.SET_TARGET, "clean-power#1"),
                        tuple(2, EntryKind.REVISE_TARGET, "clean-power#2"),
                        tuple(3, EntryKind.CORRECT_MISSION, "clean-power#3"));
        Source itv = new Source(
                "Keir Starmer to launch Labour's five national missions",
                "ITV News",
                "https://www.itv.com/news/2023-02-23/keir-starmer-to-launch-labours-five-national-missions",
                LocalDate.of(2023, 2, 23),
                null);
        DeclareMission declare = (DeclareMission) record.entries().get(0).command();
        assertThat(declare.missionId()).isEqualTo("clean-power");
        assertThat(declare.body().kind()).isEqualTo(BodyKind.POLITICAL_PARTY);
        assertThat(declare.declaredOn()).isEqualTo(LocalDate.of(2023, 2, 23));
        assertThat(declare.source()).isEqualTo(itv);
        assertThat(((SetTarget) record.entries().get(1).command()).source()).isEqualTo(itv);
        ReviseTarget revise = (ReviseTarget) record.entries().get(2).command();
        assertThat(revise.terms().comparator()).isEqualTo(Comparator.AT_LEAST);
        assertThat(revise.terms().goalValue()).isEqualTo(new BigDecimal("95.0")); // exactly as written
        assertThat(revise.effectiveOn()).isEqualTo(LocalDate.of(2024, 12, 5));
        PlannedEntry correct = record.entries().get(3);
        assertThat(correct.correctsEntry()).isZero();
        assertThat(((CorrectMissionRecord) correct.commandCorrecting("event-0")).correctedEventId())
                .isEqualTo("event-0");
    }

    @Test
    void yamlAndJsonOfTheSameContentAreTheSameEntries() {
        String json =
                """
                {"format": "mission-ledger/import", "version": 1,
                 "missions": [{"id": "m1",
                   "declare": {"body": {"id": "b", "name": "B", "kind": "OTHER"}, "title": "T", "statement": "S",
                               "source": {"title": "X", "publisher": "P", "url": "https://example.org/x"}},
                   "history": [{"drop": {"reason": "gone", "effectiveOn": "2024-01-31",
                               "source": {"title": "X", "publisher": "P", "url": "https://example.org/x"}}}]}]}
                """;
        String yaml =
                """
                format: mission-ledger/import
                version: 1
                sources:
                  x: {title: X, publisher: P, url: "https://example.org/x"}
                missions:
                  - id: m1
                    declare: {body: {id: b, name: B, kind: OTHER}, title: T, statement: S, source: x}
                    history:
                      - drop: {reason: gone, source: x, effectiveOn: 2024-01-31}
                """;

        Parsing fromJson = Parsing.json(json);
        Parsing fromYaml = Parsing.yaml(yaml);

        assertThat(fromJson.problems).isEmpty();
        assertThat(fromYaml.problems).isEmpty();
        assertThat(fromYaml.records.get(0).entries())
                .extracting(PlannedEntry::fingerprint)
                .containsExactlyElementsOf(fromJson.records.get(0).entries().stream()
                        .map(PlannedEntry::fingerprint)
                        .toList());
    }

    @Test
    void reportsEveryProblemWithItsPathAndLine() {
        String yaml =
                """
                format: mission-ledger/import
                version: 1
                sources:
                  itv: {title: ITV, publisher: ITV News, url: "ftp://itv.example/x"}
                missions:
                  - id: m1
                    declare:
                      body: {id: b, name: B, kind: OTHER}
                      title: T
                      statement: S
                      colour: blue
                      source: itv
                  - id: m2
                    declare:
                      body: {id: b, name: B, kind: OTHER}
                      title: T
                      statement: S
                      declaredOn: 1850-01-01
                      source: nowhere
                  - id: m3
                    declare:
                      body: {id: b, name: B, kind: OTHER}
                      title: T
                      statement: S
                      declaredOn: 2023-02-30
                      source: itv
                    history:
                      - correct: {entry: 5, corrections: {title: U}, reason: typo}
                """;

        Parsing parsing = Parsing.yaml(yaml);

        assertThat(parsing.records).isEmpty();
        assertThat(parsing.problems)
                .extracting(ImportProblem::line, ImportProblem::path, ImportProblem::code)
                .containsExactlyInAnyOrder(
                        tuple(4, "$.sources.itv.url", "schema"),
                        tuple(11, "$.missions[0].declare.colour", "schema"),
                        tuple(19, "$.missions[1].declare.source", "reference"),
                        tuple(25, "$.missions[2].declare.declaredOn", "invalid"),
                        tuple(28, "$.missions[2].history[0].correct.entry", "reference"));
        assertThat(parsing.problems)
                .filteredOn(p -> p.path().endsWith("url"))
                .extracting(ImportProblem::message)
                .containsExactly("must be an http or https URL");
    }

    @Test
    void entriesWithoutSchemaProblemsAreStillValidatedAsCommands() {
        String yaml =
                """
                format: mission-ledger/import
                version: 1
                missions:
                  - id: m1
                    declare:
                      body: {id: b, name: B, kind: OTHER}
                      title: T
                      statement: S
                      declaredOn: 1850-01-01
                      source: {title: X, publisher: P, url: "https://example.org/x"}
                    history:
                      - drop:
                          reason: gone
                          source: {title: X, publisher: P, url: "https://example.org/x", contentSha256: ABC}
                """;

        Parsing parsing = Parsing.yaml(yaml);

        assertThat(parsing.records).isEmpty();
        assertThat(parsing.problems)
                .extracting(ImportProblem::line, ImportProblem::path, ImportProblem::code, ImportProblem::message)
                .containsExactly(
                        tuple(
                                9,
                                "$.missions[0].declare.declaredOn",
                                "invalid",
                                "must be between 1900-01-01 and 2200-12-31"),
                        tuple(
                                14,
                                "$.missions[0].history[0].drop.source.contentSha256",
                                "schema",
                                "must be 64 hex characters (SHA-256)"));
    }

    @Test
    void acceptsWhatTheSourceSaidAndRefusesBadEvidenceFieldByField() {
        String yaml =
                """
                format: mission-ledger/import
                version: 1
                missions:
                  - id: m1
                    declare:
                      body: {id: b, name: B, kind: OTHER}
                      title: T
                      statement: S
                      source:
                        title: X
                        publisher: P
                        url: "https://example.org/x"
                        contentSha256: 9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08
                        retrievedAt: "2024-12-05T10:15:00Z"
                        archivedUrl: "https://web.archive.org/web/20241205101500/https://example.org/x"
                    history:
                      - drop:
                          reason: gone
                          source:
                            title: X
                            publisher: P
                            url: "https://example.org/x"
                            retrievedAt: "2999-01-01T00:00:00Z"
                      - reword:
                          title: T2
                          reason: renamed
                          source: {title: X, publisher: P, url: "https://example.org/x", archivedUrl: "file:///etc/passwd"}
                """;

        Parsing parsing = Parsing.yaml(yaml);

        assertThat(parsing.problems)
                .extracting(ImportProblem::path, ImportProblem::message)
                .containsExactlyInAnyOrder(
                        tuple("$.missions[0].history[1].reword.source.archivedUrl", "must be an http or https URL"),
                        tuple("$.missions[0].history[0].drop.source.retrievedAt", "must not be in the future"));
        Parsing valid = Parsing.yaml(yaml.substring(0, yaml.indexOf("    history:")));
        assertThat(valid.problems).isEmpty();
        Source source = ((DeclareMission) valid.records.get(0).entries().get(0).command()).source();
        assertThat(source.contentSha256())
                .isEqualTo("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        assertThat(source.retrievedAt()).isEqualTo(java.time.Instant.parse("2024-12-05T10:15:00Z"));
        assertThat(source.archivedUrl()).isEqualTo("https://web.archive.org/web/20241205101500/https://example.org/x");
    }

    @Test
    void refusesAFileOfAnotherFormatOrVersionAtOnce() {
        Parsing other = Parsing.yaml("format: something-else\nversion: 1\nmissions: [{id: x}]\n");
        Parsing later = Parsing.yaml("format: mission-ledger/import\nversion: 2\nmissions: [{id: x}]\n");

        assertThat(other.problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("format");
            assertThat(p.line()).isEqualTo(1);
        });
        assertThat(later.problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.version");
            assertThat(p.message()).contains("version 2 is not supported");
        });
    }

    @Test
    void reportsSyntaxErrorsWithTheirLine() {
        Parsing yaml = Parsing.yaml("format: mission-ledger/import\nversion: 1\nmissions:\n  - id: [oops\n");
        Parsing json = Parsing.json("{\"format\": \"mission-ledger/import\",\n \"version\": 1,\n \"missions\": [\n}");

        assertThat(yaml.problems).singleElement().satisfies(p -> assertThat(p.code())
                .isEqualTo("syntax"));
        assertThat(json.problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("syntax");
            assertThat(p.line()).isEqualTo(4);
        });
    }

    @Test
    void aKeyGivenTwiceIsAProblemNotASilentOverwrite() {
        Parsing parsing = Parsing.yaml(
                """
                format: mission-ledger/import
                version: 1
                missions:
                  - id: m1
                    id: m2
                """);

        assertThat(parsing.problems).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("$.missions[0].id");
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).contains("given twice");
        });
    }

    @Test
    void headerAndSourcesMustComeBeforeTheRecords() {
        Parsing parsing = Parsing.yaml(
                """
                format: mission-ledger/import
                missions: []
                version: 1
                """);

        assertThat(parsing.problems).extracting(ImportProblem::path).contains("$.version");
    }

    @Test
    void anUnknownEntryTypeIsNamed() {
        Parsing parsing = Parsing.yaml(
                """
                format: mission-ledger/import
                version: 1
                indicators:
                  - id: i1
                    define: {name: N, unit: "%", publisher: P, frequency: ANNUAL, source: {title: X, publisher: P, url: "https://example.org"}}
                    history:
                      - rewrod: {reason: x}
                """);

        assertThat(parsing.problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.indicators[0].history[0].rewrod");
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.message()).isEqualTo("'rewrod' is not allowed here");
        });
    }
}
