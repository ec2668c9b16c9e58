package org.missionledger.exchange.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionledger.common.api.Source;
import org.missionledger.exchange.api.ImportProblem;
import org.missionledger.exchange.format.AggregateKind;
import org.missionledger.exchange.format.EntryKind;
import org.missionledger.exchange.format.ImportDocumentReader;
import org.missionledger.exchange.format.ImportSchema;
import org.missionledger.exchange.format.Locations;
import org.missionledger.exchange.format.PlannedEntry;
import org.missionledger.exchange.format.PlannedRecord;
import org.missionledger.exchange.format.RecordMapper;
import org.missionledger.mission.api.ReviseTarget;
import org.missionledger.mission.api.SetTarget;

/** The shipped demo ledger: valid, sourced throughout, and free of invented figures. */
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
                        "uk-labour-growth",
                        "uk-labour-clean-energy",
                        "uk-labour-nhs",
                        "uk-labour-safer-streets",
                        "uk-labour-opportunity",
                        "camden-diverse-leadership",
                        "camden-young-people",
                        "camden-eat-well",
                        "camden-estates",
                        "sdg-1-1",
                        "uk-levelling-up-1");
    }

    @Test
    void everyEntryCitesASourceWithATitlePublisherAndUrl() {
        List<PlannedEntry> entries =
                records.stream().flatMap(r -> r.entries().stream()).toList();

        assertThat(entries).allSatisfy(entry -> {
            Source source =
                    (Source) entry.command().getClass().getMethod("source").invoke(entry.command());
            assertThat(source.title()).isNotBlank();
            assertThat(source.publisher()).isNotBlank();
            assertThat(source.url()).startsWith("https://");
        });
    }

    @Test
    void hasNoReadingsAndNoFiguresBeyondThoseTheSourcesState() {
        List<PlannedEntry> entries =
                records.stream().flatMap(r -> r.entries().stream()).toList();

        assertThat(entries)
                .extracting(PlannedEntry::kind)
                .doesNotContain(EntryKind.READING, EntryKind.READING_REVISION);
        assertThat(entries)
                .filteredOn(e -> e.command() instanceof SetTarget || e.command() instanceof ReviseTarget)
                .allSatisfy(e -> {
                    var terms =
                            e.command() instanceof SetTarget set ? set.terms() : ((ReviseTarget) e.command()).terms();
                    assertThat(terms.baselineValue()).isNull();
                    if (terms.goalValue() != null) {
                        assertThat(terms.wording()).contains(terms.goalValue().toPlainString() + "%");
                    }
                });
    }
}
