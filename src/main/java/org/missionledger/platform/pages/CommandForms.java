package org.missionledger.platform.pages;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.missionledger.common.command.CommandRefused;
import org.missionledger.platform.security.RecordingNotPermitted;
import org.springframework.stereotype.Component;

/**
 * Records a command from a page form the way the API does: the same Bean Validation constraints on the command record
 * (violations go to the fields they name), then the command gateway (the signed-in user is the actor; the recording
 * policy checks their grants), and a refusal becomes the form's error with the ledger's own explanation.
 */
@Component
public class CommandForms {

    private final CommandGateway gateway;
    private final Validator validator;

    public CommandForms(CommandGateway gateway, Validator validator) {
        this.gateway = gateway;
        this.validator = validator;
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
            return true;
        } catch (RuntimeException e) {
            explain(e, form);
            return false;
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
