package org.missionledger.exchange.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Validator;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.missionledger.common.api.FeatureApi;
import org.missionledger.common.api.RefusalCode;
import org.missionledger.common.command.CommandRefused;
import org.missionledger.exchange.api.ImportProblem;
import org.missionledger.exchange.api.ImportProgress;
import org.missionledger.exchange.api.ImportReport;
import org.missionledger.exchange.api.ImportReport.Outcome;
import org.missionledger.exchange.format.AggregateKind;
import org.missionledger.exchange.format.ImportDocumentReader;
import org.missionledger.exchange.format.ImportInput;
import org.missionledger.exchange.format.ImportSchema;
import org.missionledger.exchange.format.InputFormat;
import org.missionledger.exchange.format.Locations;
import org.missionledger.exchange.format.PlannedEntry;
import org.missionledger.exchange.format.PlannedRecord;
import org.missionledger.exchange.format.ReadingsCsvReader;
import org.missionledger.exchange.format.RecordMapper;
import org.missionledger.indicator.api.IndicatorRefusal;
import org.missionledger.mission.api.MissionRefusal;
import org.missionledger.platform.axon.CurrentActor;
import org.missionledger.platform.eventstore.EventLog;
import org.missionledger.platform.feature.FeatureRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Imports a file of missions, indicators and readings by sending, for each entry, the very command a recorder would
 * send by hand, as the importing actor. All or nothing against bad input: the whole file is first read and checked —
 * JSON Schema, Bean Validation, and a dry run of every command against the real aggregates on a scratch store — and
 * only a file without a single problem is recorded. Entries an earlier import recorded are recognised by the import
 * log and skipped, so importing a file again records nothing, and importing a longer version records only what is
 * new. The file is streamed in every pass; memory holds one record (or one batch of CSV rows) at a time.
 */
@Service
@FeatureApi("importing a ledger file, for the command line")
public class Importer {

    private static final Logger log = LoggerFactory.getLogger(Importer.class);
    private static final int MAX_PROBLEMS = 1000;
    private static final int CSV_BATCH = 500;

    private final CommandGateway gateway;
    private final EventLog eventLog;
    private final ImportLog importLog;
    private final Validator validator;
    private final CurrentActor currentActor;
    private final FeatureRegistry features;
    private final ImportSchema schema = new ImportSchema();

    public Importer(
            CommandGateway gateway,
            EventLog eventLog,
            ImportLog importLog,
            Validator validator,
            CurrentActor currentActor,
            FeatureRegistry features) {
        this.gateway = gateway;
        this.eventLog = eventLog;
        this.importLog = importLog;
        this.validator = validator;
        this.currentActor = currentActor;
        this.features = features;
    }

    /**
     * Imports {@code input}.
     *
     * @param actor who records, for trusted work outside a request (the command line, the demo loader): the commands
     *     run as this actor via {@link CurrentActor#runAs}; null to record as the current actor (a signed-in user, with
     *     their own rights)
     * @param checkOnly only check the file (dry run); record nothing
     */
    public ImportReport importFile(ImportInput input, String actor, boolean checkOnly, ImportProgress progress) {
        if (input.format() == InputFormat.POPOLO || input.format() == InputFormat.SDG) {
            throw new IllegalArgumentException(input.format() + " files are imported by the OpenDataImporter");
        }
        String recorder = actor != null ? actor : currentActor.name();
        return importFile(input, actor, recorder, checkOnly, progress);
    }

    private ImportReport importFile(
            ImportInput input, String actor, String recorder, boolean checkOnly, ImportProgress progress) {
        RecordMapper mapper = new RecordMapper(schema, validator);
        Check check = new Check(mapper);
        try (DryRun dryRun = new DryRun(features, this::storedEvents, this::storedType, check.declared)) {
            check.dryRun = dryRun;
            progress.begin("Checking " + input.name(), input.size());
            try (InputStream in = counting(input.open(), progress)) {
                if (input.format() == InputFormat.CSV) {
                    ReadingsCsvReader.read(in, mapper, check::csvRow, check::problem);
                    check.flushCsv();
                } else {
                    ImportDocumentReader.read(in, input.format(), check);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + input.name(), e);
            } finally {
                progress.end();
            }
            check.resolveReferences();
        }
        if (!check.problems.isEmpty()) {
            return check.report(input, recorder, Outcome.REFUSED, 0);
        }
        if (checkOnly) {
            return check.report(input, recorder, Outcome.VALID, 0);
        }
        if (check.newEntries == 0) {
            return check.report(input, recorder, Outcome.NOTHING_NEW, 0);
        }
        Recording recording = new Recording(mapper, input.name(), actor, recorder);
        try {
            if (input.format() == InputFormat.CSV) {
                recording.pass(input, Phase.ALL, progress);
            } else if (check.forwardReferences) {
                recording.pass(input, Phase.CREATIONS, progress);
                recording.pass(input, Phase.HISTORY, progress);
            } else {
                recording.pass(input, Phase.ALL, progress);
            }
        } catch (Interrupted e) {
            log.warn("Import of {} stopped after {} recorded entries: {}", input.name(), recording.recorded, e.problem);
            return new ImportReport(
                    input.name(),
                    Outcome.INTERRUPTED,
                    recorder,
                    check.records,
                    check.entries,
                    recording.recorded,
                    check.alreadyImported,
                    List.of(e.problem));
        }
        log.info(
                "Imported {} as {}: {} entries recorded, {} already imported",
                input.name(),
                recorder,
                recording.recorded,
                check.alreadyImported);
        return check.report(input, recorder, Outcome.RECORDED, recording.recorded);
    }

    private List<? extends DomainEventMessage<?>> storedEvents(String aggregateId) {
        return eventLog.readEvents(aggregateId).asStream().toList();
    }

    private String storedType(String aggregateId) {
        return eventLog.aggregateTypeOf(aggregateId).orElse(null);
    }

    private static InputStream counting(InputStream in, ImportProgress progress) {
        return new FilterInputStream(in) {
            private long count;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    progress.advance(++count);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    count += n;
                    progress.advance(count);
                }
                return n;
            }
        };
    }

    // ----------------------------------------------------------------------------------------------- checking

    /** The first pass: everything is checked, nothing is recorded. */
    private final class Check implements ImportDocumentReader.Visitor {

        final RecordMapper mapper;
        final Map<String, AggregateKind> declared = new HashMap<>();
        final Map<String, String> declaredAt = new HashMap<>();
        final List<ImportProblem> problems = new ArrayList<>();
        final List<PlannedEntry> csvBatch = new ArrayList<>();
        DryRun dryRun;
        int suppressed;
        int records;
        int entries;
        int alreadyImported;
        int newEntries;
        boolean forwardReferences;

        Check(RecordMapper mapper) {
            this.mapper = mapper;
        }

        @Override
        public void problem(ImportProblem problem) {
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(problem);
            } else {
                suppressed++;
            }
        }

        @Override
        public boolean header(ObjectNode header, Locations locations) {
            RecordMapper.HeaderCheck result = mapper.header(header, locations);
            result.problems().forEach(this::problem);
            return result.recognised();
        }

        @Override
        public void record(AggregateKind kind, int index, String path, JsonNode node, Locations locations) {
            records++;
            JsonNode history = node.path("history");
            entries += 1 + (history.isArray() ? history.size() : 0);
            boolean duplicate = false;
            JsonNode id = node.path("id");
            if (id.isTextual()) {
                String previous = declaredAt.putIfAbsent(id.asText(), path);
                if (previous != null) {
                    duplicate = true;
                    String idPath = path + ".id";
                    problem(new ImportProblem(
                            locations.lineOf(idPath),
                            idPath,
                            "duplicate",
                            "'" + id.asText() + "' is already used by " + previous
                                    + "; every mission and indicator needs its own id"));
                } else {
                    declared.put(id.asText(), kind);
                }
            }
            RecordMapper.Mapped mapped = mapper.map(kind, path, node, locations);
            mapped.problems().forEach(this::problem);
            if (!duplicate
                    && mapped.checkablePrefix() != null
                    && !mapped.checkablePrefix().entries().isEmpty()) {
                dryRun(mapped.checkablePrefix()); // a broken record is still checked up to its first broken entry
            }
        }

        private void dryRun(PlannedRecord record) {
            Map<String, ImportLog.Logged> logged = importLog.find(
                    record.entries().stream().map(PlannedEntry::logKey).toList());
            dryRun.load(record.id());
            Map<Integer, String> eventIds = new HashMap<>();
            try {
                for (PlannedEntry entry : record.entries()) {
                    ImportLog.Logged earlier = logged.get(entry.logKey());
                    if (earlier != null) {
                        if (!earlier.fingerprint().equals(entry.fingerprint())) {
                            problem(conflict(entry, record));
                            return;
                        }
                        alreadyImported++;
                        eventIds.put(entry.position(), earlier.eventId());
                        continue;
                    }
                    if (entry.kind().creates() && dryRun.typeOf(record.id()) != null) {
                        problem(alreadyRecorded(entry, record));
                        return;
                    }
                    Object command = entry.correctsEntry() == null
                            ? entry.command()
                            : entry.commandCorrecting(eventIds.get(entry.correctsEntry()));
                    try {
                        eventIds.put(entry.position(), dryRun.run(entry, command));
                        newEntries++;
                    } catch (RuntimeException e) {
                        problem(refusal(entry, e, entry.path()));
                        return;
                    }
                }
            } finally {
                dryRun.forget(record.id());
            }
        }

        void csvRow(PlannedEntry entry) {
            csvBatch.add(entry);
            if (csvBatch.size() == CSV_BATCH) {
                flushCsv();
            }
        }

        void flushCsv() {
            Map<String, ImportLog.Logged> logged =
                    importLog.find(csvBatch.stream().map(PlannedEntry::logKey).toList());
            for (PlannedEntry entry : csvBatch) {
                records++;
                entries++;
                ImportLog.Logged earlier = logged.get(entry.logKey());
                if (earlier != null) {
                    if (earlier.fingerprint().equals(entry.fingerprint())) {
                        alreadyImported++;
                    } else {
                        problem(new ImportProblem(
                                entry.line(),
                                "period",
                                "conflict",
                                "the reading of '" + entry.aggregateId() + "' for this period was imported before "
                                        + "with different content; the ledger never rewrites what it recorded — "
                                        + "record a revision (readingRevision) instead"));
                    }
                    continue;
                }
                dryRun.load(entry.aggregateId());
                if (!AggregateKind.INDICATOR.aggregateType().equals(dryRun.typeOf(entry.aggregateId()))) {
                    problem(new ImportProblem(
                            entry.line(),
                            "indicatorId",
                            "refused:unknown-indicator",
                            "no indicator '" + entry.aggregateId() + "' is defined; define it first"));
                    continue;
                }
                try {
                    dryRun.run(entry, entry.command());
                    newEntries++;
                } catch (RuntimeException e) {
                    problem(refusal(entry, e, "period"));
                }
            }
            csvBatch.clear();
        }

        /** Settles references to identifiers that were unknown when met: declared later in the file, or a problem. */
        void resolveReferences() {
            for (DryRun.Reference reference : dryRun.unresolved()) {
                if (declared.get(reference.id()) == reference.kind()) {
                    forwardReferences = true;
                    continue;
                }
                PlannedEntry entry = reference.entry();
                RefusalCode code = reference.kind() == AggregateKind.INDICATOR
                        ? MissionRefusal.UNKNOWN_INDICATOR
                        : MissionRefusal.UNKNOWN_SUCCESSOR;
                String what = reference.kind() == AggregateKind.INDICATOR ? "indicator" : "mission";
                problem(new ImportProblem(
                        entry.line(),
                        entry.path(),
                        "refused:" + code.slug(),
                        "no " + what + " '" + reference.id() + "' is recorded or declared in this file"));
            }
        }

        ImportReport report(ImportInput input, String actor, Outcome outcome, int recorded) {
            List<ImportProblem> all = new ArrayList<>(problems);
            all.sort(Comparator.comparing((ImportProblem p) -> p.line() == null ? Integer.MAX_VALUE : p.line()));
            if (suppressed > 0) {
                all.add(new ImportProblem(null, "$", "truncated", "… and " + suppressed + " more problems"));
            }
            return new ImportReport(input.name(), outcome, actor, records, entries, recorded, alreadyImported, all);
        }
    }

    private static ImportProblem conflict(PlannedEntry entry, PlannedRecord record) {
        return new ImportProblem(
                entry.line(),
                entry.path(),
                "conflict",
                "entry " + entry.position() + " of '" + record.id() + "' was imported before with different "
                        + "content; the ledger never rewrites what it recorded — keep imported entries as they were "
                        + "and append new ones (a revision, or a 'correct' entry for a recording mistake)");
    }

    private static ImportProblem alreadyRecorded(PlannedEntry entry, PlannedRecord record) {
        RefusalCode code = record.kind() == AggregateKind.MISSION
                ? MissionRefusal.MISSION_ALREADY_DECLARED
                : IndicatorRefusal.INDICATOR_ALREADY_DEFINED;
        return new ImportProblem(
                entry.line(),
                entry.path(),
                "refused:" + code.slug(),
                "'" + record.id() + "' is already recorded (not by an import of this file); choose another id");
    }

    private static ImportProblem refusal(PlannedEntry entry, RuntimeException failure, String path) {
        Throwable cause = failure instanceof CommandExecutionException && failure.getCause() != null
                ? failure.getCause()
                : failure;
        if (cause instanceof CommandRefused refused) {
            return new ImportProblem(
                    entry.line(), path, "refused:" + refused.code().slug(), refused.detail());
        }
        if (cause instanceof AggregateNotFoundException) {
            return new ImportProblem(
                    entry.line(), path, "reference", "nothing is recorded under '" + entry.aggregateId() + "'");
        }
        return new ImportProblem(entry.line(), path, "refused", String.valueOf(cause.getMessage()));
    }

    // ---------------------------------------------------------------------------------------------- recording

    private enum Phase {
        ALL,
        CREATIONS,
        HISTORY
    }

    /** Recording stopped: the store failed or a command was refused after the check passed. */
    private static final class Interrupted extends RuntimeException {
        final ImportProblem problem;

        Interrupted(ImportProblem problem, Throwable cause) {
            super(problem.message(), cause, false, false);
            this.problem = problem;
        }
    }

    /** The second pass (or passes): records what the check found new. */
    private final class Recording implements ImportDocumentReader.Visitor {

        final RecordMapper mapper;
        final String file;
        final String actor;
        final String recorder;
        final List<PlannedEntry> csvBatch = new ArrayList<>();
        Phase phase;
        int recorded;

        Recording(RecordMapper mapper, String file, String actor, String recorder) {
            this.mapper = mapper;
            this.file = file;
            this.actor = actor;
            this.recorder = recorder;
        }

        void pass(ImportInput input, Phase phase, ImportProgress progress) {
            this.phase = phase;
            progress.begin("Recording " + input.name(), input.size());
            try (InputStream in = counting(input.open(), progress)) {
                if (input.format() == InputFormat.CSV) {
                    ReadingsCsvReader.read(in, mapper, this::csvRow, this::problem);
                    flushCsv();
                } else {
                    ImportDocumentReader.read(in, input.format(), this);
                }
            } catch (IOException e) {
                throw new Interrupted(new ImportProblem(null, "$", "io", "cannot read the file again: " + e), e);
            } finally {
                progress.end();
            }
        }

        @Override
        public boolean header(ObjectNode header, Locations locations) {
            mapper.header(header, locations);
            return true;
        }

        @Override
        public void problem(ImportProblem problem) {
            throw new Interrupted(
                    new ImportProblem(
                            problem.line(),
                            problem.path(),
                            "changed",
                            "the file changed while it was being imported: " + problem.message()),
                    null);
        }

        @Override
        public void record(AggregateKind kind, int index, String path, JsonNode node, Locations locations) {
            RecordMapper.Mapped mapped = mapper.map(kind, path, node, locations);
            if (!mapped.ok()) {
                problem(mapped.problems().get(0));
            }
            PlannedRecord record = mapped.record();
            Map<String, ImportLog.Logged> logged = importLog.find(
                    record.entries().stream().map(PlannedEntry::logKey).toList());
            Map<Integer, String> eventIds = new HashMap<>();
            logged.values().forEach(l -> eventIds.put(position(l.key()), l.eventId()));
            for (PlannedEntry entry : record.entries()) {
                boolean creation = entry.position() == 0;
                if ((phase == Phase.CREATIONS && !creation) || (phase == Phase.HISTORY && creation)) {
                    continue;
                }
                if (logged.containsKey(entry.logKey())) {
                    continue;
                }
                Object command = entry.correctsEntry() == null
                        ? entry.command()
                        : entry.commandCorrecting(eventIds.get(entry.correctsEntry()));
                eventIds.put(entry.position(), send(entry, command));
            }
        }

        void csvRow(PlannedEntry entry) {
            csvBatch.add(entry);
            if (csvBatch.size() == CSV_BATCH) {
                flushCsv();
            }
        }

        void flushCsv() {
            Map<String, ImportLog.Logged> logged =
                    importLog.find(csvBatch.stream().map(PlannedEntry::logKey).toList());
            for (PlannedEntry entry : csvBatch) {
                if (!logged.containsKey(entry.logKey())) {
                    send(entry, entry.command());
                }
            }
            csvBatch.clear();
        }

        private String send(PlannedEntry entry, Object command) {
            try {
                Object message = entry.message(command);
                Object result = actor != null
                        ? CurrentActor.runAs(actor, () -> gateway.sendAndWait(message))
                        : gateway.sendAndWait(message);
                long sequence = result instanceof Number number ? number.longValue() : 0L;
                String eventId = eventIdAt(entry.aggregateId(), sequence);
                importLog.record(entry, eventId, sequence, recorder, file);
                recorded++;
                return eventId;
            } catch (Interrupted e) {
                throw e;
            } catch (RuntimeException e) {
                ImportProblem problem = refusal(entry, e, entry.path());
                throw new Interrupted(
                        new ImportProblem(
                                problem.line(),
                                problem.path(),
                                problem.code(),
                                "recording stopped here (" + recorded + " entries were recorded before; import the "
                                        + "file again to continue): " + problem.message()),
                        e);
            }
        }
    }

    private String eventIdAt(String aggregateId, long sequence) {
        DomainEventStream stream = eventLog.readEvents(aggregateId, sequence);
        if (!stream.hasNext()) {
            throw new IllegalStateException("No event " + sequence + " of '" + aggregateId + "' after recording it");
        }
        return stream.next().getIdentifier();
    }

    private static int position(String logKey) {
        return Integer.parseInt(logKey.substring(logKey.lastIndexOf('#') + 1));
    }
}
