package org.missionledger.platform.web;

import java.util.List;

/** A request that failed validation at the edge; answered with 400 and every field error. Nothing was recorded. */
public class InvalidRequestException extends RuntimeException {

    private final List<Problems.FieldError> errors;

    public InvalidRequestException(String detail, List<Problems.FieldError> errors) {
        super(detail, null, false, false);
        this.errors = List.copyOf(errors);
    }

    public static InvalidRequestException of(String field, String message) {
        return new InvalidRequestException(
                "The field '" + field + "' is invalid.", List.of(new Problems.FieldError(field, message)));
    }

    public List<Problems.FieldError> errors() {
        return errors;
    }
}
