package org.missionledger.exchange.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.missionledger.common.api.Source;
import org.missionledger.exchange.api.ImportProblem;
import org.missionledger.exchange.format.AggregateKind;
import org.missionledger.exchange.format.ImportDocumentReader;
import org.missionledger.exchange.format.ImportSchema;
import org.missionledger.exchange.format.Locations;
import org.missionledger.exchange.format.PlannedEntry;
import org.missionledger.exchange.format.PlannedRecord;
import org.missionledger.exchange.format.RecordMapper;
import org.missionledger.indicator.api.RecordReading;
import org.missionledger.indicator.api.ReviseReading;
import org.missionledger.mission.api.ReviseTarget;
import org.missionledger.mission.api.SetTarget;
import org.missionledger.mission.api.TargetTerms;

/** The shipped demo ledger: valid, sourced throughout (from the facts docs/demo-ledger.md lists), free of invented figures and of guessed dates. */
class DemoLedgerTest {

    final List<PlannedRecord> records = new ArrayList<>();
    final List<ImportProblem> problems = new ArrayList<>();

    DemoLedgerTest() throws Exception {
        RecordMapper mapper = new RecordMapper(
                new ImportSchema(), Validation.buildDefaultValidatorFactory().getValidator());
        try (InputStream in = DemoLedger.input().open()) {
            ImportDocumentReader.read(in, DemoLedger.input().format(), new ImportDocumentReader.Visitor() {
                @Override
                public boolean header(com.fasterxml.jackson.databind.node.ObjectNode header, Locations locations) {
                    RecordMapper.HeaderCheck check = mapper.header(header, locations);
                    problems.addAll(check.problems());
                    return check.recognised();
                }

                @Override
                public void record(
                        AggregateKind kind,
                        int index,
                        String path,
                        com.fasterxml.jackson.databind.JsonNode record,
                        Locations locations) {
                    RecordMapper.Mapped mapped = mapper.map(kind, path, record, locations);
                    problems.addAll(mapped.problems());
                    if (mapped.ok()) {
                        records.add(mapped.record());
                    }
                }

                @Override
                public void problem(ImportProblem problem) {
                    problems.add(problem);
                }
            });
        }
    }

    @Test
    void isAValidImportFile() {
        assertThat(problems).isEmpty();
        assertThat(records)
                .extracting(PlannedRecord::id)
                .containsExactly(
                        "sdg-1-1-1",
                        "world-extreme-poverty-headcount",
                        "nhs-rtt-within-18-weeks",
                        "england-net-additional-dwellings",
                        "england-new-build-homes",
                        "clean-power-low-carbon-share",
                        "england-eyfs-good-level-of-development",
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
                        "uk-levelling-up-1");
    }

    @Test
    void everyEntryCitesASourceListedInTheDemoLedgerDocument() throws Exception {
        String listed = Files.readString(DEMO_DOC);

        assertThat(entries()).allSatisfy(entry -> {
            Source source = source(entry);
            assertThat(source.title()).isNotBlank();
            assertThat(source.publisher()).isNotBlank();
            assertThat(source.url()).matches("https?://.+");
            assertThat(listed)
                    .as("docs/demo-ledger.md lists the source of %s", entry.path())
                    .contains(source.url());
        });
    }

    /** Every figure the file records — readings, goals, baselines — is one that docs/demo-ledger.md lists. */
    @Test
    void recordsNoFigureBeyondThoseItsSourcesState() throws Exception {
        String listed = Files.readString(DEMO_DOC).replace(",", "");
        List<BigDecimal> figures = new ArrayList<>();
        for (PlannedEntry entry : entries()) {
            if (entry.command() instanceof RecordReading reading) {
                figures.add(reading.value());
            } else if (entry.command() instanceof ReviseReading revision) {
                figures.add(revision.value());
            } else if (entry.command() instanceof SetTarget set) {
                addTerms(figures, set.terms());
            } else if (entry.command() instanceof ReviseTarget revise) {
                addTerms(figures, revise.terms());
            }
        }

        assertThat(figures).isNotEmpty().allSatisfy(figure -> assertThat(listed)
                .as("docs/demo-ledger.md lists the figure %s", figure.toPlainString())
                .containsPattern("(?<![0-9.])" + Pattern.quote(figure.toPlainString()) + "(?![0-9])"));
    }

    /** An entry without a date of its own says its date is unknown: no demo event takes the load date. */
    @Test
    void everyEntryHasItsDateOrSaysItIsUnknown() {
        assertThat(entries()).allSatisfy(entry -> assertThat(entry.dateUnknown() || hasOwnDate(entry.command()))
                .as("%s has a date or dateUnknown: true", entry.path())
                .isTrue());
    }

    private List<PlannedEntry> entries() {
        return records.stream().flatMap(r -> r.entries().stream()).toList();
    }

    private static Source source(PlannedEntry entry) throws ReflectiveOperationException {
        return (Source) entry.command().getClass().getMethod("source").invoke(entry.command());
    }

    private static void addTerms(List<BigDecimal> figures, TargetTerms terms) {
        if (terms.goalValue() != null) {
            figures.add(terms.goalValue());
        }
        if (terms.baselineValue() != null) {
            figures.add(terms.baselineValue());
        }
    }

    private static boolean hasOwnDate(Record command) {
        for (RecordComponent component : command.getClass().getRecordComponents()) {
            if (component.getType() == LocalDate.class
                    && List.of("effectiveOn", "effectiveFrom", "effectiveTo", "declaredOn", "publishedOn")
                            .contains(component.getName())) {
                try {
                    if (component.getAccessor().invoke(command) != null) {
                        return true;
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return false;
    }

    private static final Path DEMO_DOC = Path.of(System.getProperty("basedir", "."), "docs", "demo-ledger.md");
}
