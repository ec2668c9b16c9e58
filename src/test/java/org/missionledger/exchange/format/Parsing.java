package org.missionledger.exchange.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.missionledger.exchange.api.ImportProblem;

/** Reads an import document the way the importer's first pass does, without a store: records and problems. */
final class Parsing {

    static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    static final ImportSchema SCHEMA = new ImportSchema();

    final List<PlannedRecord> records = new ArrayList<>();
    final List<ImportProblem> problems = new ArrayList<>();
    final RecordMapper mapper = new RecordMapper(SCHEMA, VALIDATOR);

    static Parsing of(String text, InputFormat format) {
        Parsing parsing = new Parsing();
        try {
            ImportDocumentReader.read(
                    new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                    format,
                    new ImportDocumentReader.Visitor() {
                        @Override
                        public boolean header(ObjectNode header, Locations locations) {
                            RecordMapper.HeaderCheck check = parsing.mapper.header(header, locations);
                            parsing.problems.addAll(check.problems());
                            return check.recognised();
                        }

                        @Override
                        public void record(
                                AggregateKind kind, int index, String path, JsonNode record, Locations locations) {
                            RecordMapper.Mapped mapped = parsing.mapper.map(kind, path, record, locations);
                            parsing.problems.addAll(mapped.problems());
                            if (mapped.ok()) {
                                parsing.records.add(mapped.record());
                            }
                        }

                        @Override
                        public void problem(ImportProblem problem) {
                            parsing.problems.add(problem);
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parsing;
    }

    static Parsing yaml(String text) {
        return of(text, InputFormat.YAML);
    }

    static Parsing json(String text) {
        return of(text, InputFormat.JSON);
    }

    static Parsing csv(String text) {
        Parsing parsing = new Parsing();
        List<PlannedEntry> rows = new ArrayList<>();
        try {
            ReadingsCsvReader.read(
                    new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                    parsing.mapper,
                    rows::add,
                    parsing.problems::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows.forEach(row -> parsing.records.add(
                new PlannedRecord(AggregateKind.INDICATOR, row.aggregateId(), row.path(), row.line(), List.of(row))));
        return parsing;
    }
}
