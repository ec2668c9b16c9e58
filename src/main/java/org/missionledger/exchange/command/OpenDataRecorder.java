package org.missionledger.exchange.command;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.missionledger.common.command.CommandRefused;
import org.missionledger.exchange.api.ImportProblem;
import org.missionledger.exchange.api.ImportReport;
import org.missionledger.exchange.api.ImportReport.Outcome;
import org.missionledger.exchange.format.EntryKind;
import org.missionledger.exchange.format.ImportInput;
import org.missionledger.exchange.format.PlannedEntry;
import org.missionledger.platform.axon.CurrentActor;
import org.missionledger.platform.eventstore.EventLog;
import org.missionledger.platform.feature.FeatureRegistry;
import org.springframework.stereotype.Service;

/**
 * Checks and records the commands an open-data import planned (Popolo, Open SDG) the way every import is checked: each
 * command with the commands' validation, then all of them by a dry run against the real aggregates on a scratch store;
 * only a plan without a single problem is recorded, as the importing actor. The dry run runs on the event store, not on
 * the views the plan was made from, so a plan made from a view that lagged is refused, never recorded twice.
 */
@Service
public class OpenDataRecorder {

    private final CommandGateway gateway;
    private final EventLog eventLog;
    private final Validator validator;
    private final CurrentActor currentActor;
    private final FeatureRegistry features;

    public OpenDataRecorder(
            CommandGateway gateway,
            EventLog eventLog,
            Validator validator,
            CurrentActor currentActor,
            FeatureRegistry features) {
        this.gateway = gateway;
        this.eventLog = eventLog;
        this.validator = validator;
        this.currentActor = currentActor;
        this.features = features;
    }

    /** One command to send, and where it comes from in the file. */
    public record Step(EntryKind kind, String aggregateId, String path, Integer line, Record command) {}

    /** What reading a file gave: the commands, the problems, and how much of it the ledger holds already. */
    public static final class Plan {
        public final List<Step> steps = new ArrayList<>();
        public final List<ImportProblem> problems = new ArrayList<>();
        public int records;
        public int entries;
        public int alreadyRecorded;
    }

    // ------------------------------------------------------------------------------------------ check, record

    /** Checks the plan completely; records it only if it has no problem and {@code checkOnly} is false. */
    public ImportReport checkAndRecord(ImportInput input, String actor, boolean checkOnly, Plan plan) {
        for (Step step : plan.steps) {
            for (ConstraintViolation<Record> violation : validator.validate(step.command())) {
                plan.problems.add(new ImportProblem(
                        step.line(),
                        step.path() + " (" + violation.getPropertyPath() + ")",
                        "invalid",
                        violation.getMessage()));
            }
        }
        if (plan.problems.isEmpty()) {
            dryRun(plan);
        }
        if (!plan.problems.isEmpty()) {
            return report(input, actor, Outcome.REFUSED, plan, 0);
        }
        if (checkOnly) {
            return report(input, actor, Outcome.VALID, plan, 0);
        }
        if (plan.steps.isEmpty()) {
            return report(input, actor, Outcome.NOTHING_NEW, plan, 0);
        }
        int recorded = 0;
        for (Step step : plan.steps) {
            try {
                if (actor != null) {
                    CurrentActor.runAs(actor, () -> gateway.sendAndWait(step.command()));
                } else {
                    gateway.sendAndWait(step.command());
                }
                recorded++;
            } catch (RuntimeException e) {
                ImportProblem refusal = refusal(step, e);
                plan.problems.add(new ImportProblem(
                        refusal.line(),
                        refusal.path(),
                        refusal.code(),
                        "recording stopped here (" + recorded + " entries were recorded before; import the file "
                                + "again to continue): " + refusal.message()));
                return report(input, actor, Outcome.INTERRUPTED, plan, recorded);
            }
        }
        return report(input, actor, Outcome.RECORDED, plan, recorded);
    }

    /** Every command against the real aggregates on a scratch store; a record stops at its first refusal. */
    private void dryRun(Plan plan) {
        Set<String> refused = new LinkedHashSet<>();
        try (DryRun dryRun = new DryRun(features, this::storedEvents, this::storedType, Map.of())) {
            for (Step step : plan.steps) {
                if (refused.contains(step.aggregateId())) {
                    continue;
                }
                dryRun.load(step.aggregateId());
                PlannedEntry entry = new PlannedEntry(
                        0,
                        step.kind(),
                        step.path(),
                        step.line(),
                        step.command(),
                        null,
                        step.aggregateId() + "#open-data",
                        "");
                try {
                    dryRun.run(entry, step.command());
                } catch (RuntimeException e) {
                    plan.problems.add(refusal(step, e));
                    refused.add(step.aggregateId());
                }
            }
        }
    }

    private List<? extends DomainEventMessage<?>> storedEvents(String aggregateId) {
        return eventLog.readEvents(aggregateId).asStream().toList();
    }

    private String storedType(String aggregateId) {
        return eventLog.aggregateTypeOf(aggregateId).orElse(null);
    }

    private static ImportProblem refusal(Step step, RuntimeException failure) {
        Throwable cause = failure instanceof CommandExecutionException && failure.getCause() != null
                ? failure.getCause()
                : failure;
        if (cause instanceof CommandRefused refused) {
            return new ImportProblem(
                    step.line(), step.path(), "refused:" + refused.code().slug(), refused.detail());
        }
        if (cause instanceof AggregateNotFoundException) {
            return new ImportProblem(
                    step.line(), step.path(), "reference", "nothing is recorded under '" + step.aggregateId() + "'");
        }
        return new ImportProblem(step.line(), step.path(), "refused", String.valueOf(cause.getMessage()));
    }

    /** The report of a plan that is refused (or otherwise settled) before any check. */
    public ImportReport report(ImportInput input, String actor, Outcome outcome, Plan plan, int recorded) {
        String recorder = actor != null ? actor : currentActor.name();
        return new ImportReport(
                input.name(),
                outcome,
                recorder,
                plan.records,
                plan.entries,
                recorded,
                plan.alreadyRecorded,
                plan.problems);
    }
}
