package org.missionledger.platform.pages;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Duration;
import java.util.Set;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.missionledger.common.command.CommandRefused;
import org.missionledger.platform.projection.ProjectionMonitor;
import org.missionledger.platform.security.RecordingNotPermitted;
import org.springframework.stereotype.Component;

/**
 * Records a command from a page form the way the API does: the same Bean Validation constraints on the command record
 * (violations go to the fields they name), then the command gateway (the signed-in user is the actor; the recording
 * policy checks their grants), and a refusal becomes the form's error with the ledger's own explanation.
 */
@Component
public class CommandForms {

    /** How long a recording waits for the views to show it before redirecting to a page that reads them. */
    static final Duration READ_YOUR_WRITES = Duration.ofSeconds(3);

    private final CommandGateway gateway;
    private final Validator validator;
    private final ProjectionMonitor monitor;

    public CommandForms(CommandGateway gateway, Validator validator, ProjectionMonitor monitor) {
        this.gateway = gateway;
        this.validator = validator;
        this.monitor = monitor;
    }

    /**
     * Validates and records {@code command} unless {@code form} already has errors (from parsing its fields).
     *
     * @return whether it was recorded; if not, the form says why
     */
    public boolean record(Object command, Form form) {
        Set<ConstraintViolation<Object>> violations = validator.validate(command);
        violations.stream()
                .sorted(java.util.Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> reject(form, v));
        if (form.hasErrors()) {
            return false;
        }
        try {
            gateway.sendAndWait(command);
        } catch (RuntimeException e) {
            explain(e, form);
            return false;
        }
        awaitViews(monitor.head());
        return true;
    }

    /**
     * Waits (briefly, bounded) until every view has applied the event just recorded, so the page the recorder is sent
     * to next shows it. The views are eventually consistent; if one lags longer, the page's "data as of" note says so.
     */
    private void awaitViews(long position) {
        long deadline = System.nanoTime() + READ_YOUR_WRITES.toNanos();
        while (System.nanoTime() < deadline) {
            if (monitor.names().stream().allMatch(name -> monitor.position(name) >= position)) {
                return;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void reject(Form form, ConstraintViolation<?> violation) {
        String field = violation.getPropertyPath().toString();
        if (form.knows(field)) {
            form.reject(field, violation.getMessage());
        } else {
            form.refuse(Format.field(field) + " " + violation.getMessage() + ".");
        }
    }

    private static void explain(RuntimeException failure, Form form) {
        Throwable cause = failure instanceof CommandExecutionException && failure.getCause() != null
                ? failure.getCause()
                : failure;
        if (cause instanceof CommandRefused refused) {
            form.refuse(refused.code().title() + ": " + refused.detail());
        } else if (cause instanceof RecordingNotPermitted denied) {
            form.refuse("Not permitted: " + denied.getMessage());
        } else if (cause instanceof JSR303ViolationException invalid) {
            invalid.getViolations().forEach(v -> reject(form, v));
        } else if (cause instanceof AggregateNotFoundException missing) {
            form.refuse("Nothing is recorded under '" + missing.getAggregateIdentifier() + "'.");
        } else if (cause instanceof AggregateStreamCreationException) {
            form.refuse("Something is already recorded under this identifier; choose another one.");
        } else if (cause instanceof ConcurrencyException) {
            form.refuse("Another change to the same record was recorded at the same moment; nothing was recorded. "
                    + "Check the record and submit again.");
        } else {
            throw failure;
        }
    }
}
