package org.missionledger.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.mongodb.MongoException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.missionledger.common.api.RefusalCode;
import org.missionledger.common.command.CommandRefused;
import org.missionledger.common.query.ResourceNotFoundException;
import org.missionledger.platform.eventstore.AggregateAlreadyExistsException;
import org.missionledger.platform.feature.FeatureRegistration;
import org.missionledger.platform.feature.FeatureRegistry;
import org.missionledger.platform.projection.RebuildInProgressException;
import org.missionledger.platform.projection.UnknownProjectionException;
import org.missionledger.platform.security.RecordingNotPermitted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure into an RFC 9457 problem detail. Messages are written for the reader of the response: no stack
 * traces, no class names, no driver messages. Unexpected failures are logged with an id the response repeats.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final FeatureRegistry features;

    public ApiExceptionHandler(FeatureRegistry features) {
        this.features = features;
    }

    @ExceptionHandler(CommandRefused.class)
    ResponseEntity<ProblemDetail> refused(CommandRefused e) {
        HttpStatusCode status = HttpStatusCode.valueOf(e.code().kind().status());
        return problem(Problems.of(status, e.code().slug(), e.code().title(), e.detail()));
    }

    @ExceptionHandler(RecordingNotPermitted.class)
    ResponseEntity<ProblemDetail> notPermitted(RecordingNotPermitted e) {
        return problem(Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Not permitted", e.getMessage()));
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRequestException e) {
        return problem(Problems.invalid(e.getMessage(), e.errors()));
    }

    @ExceptionHandler(JSR303ViolationException.class)
    ResponseEntity<ProblemDetail> violations(JSR303ViolationException e) {
        return problem(fromViolations(e.getViolations()));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> violations(ConstraintViolationException e) {
        return problem(fromViolations(e.getConstraintViolations()));
    }

    static ProblemDetail fromViolations(Set<? extends ConstraintViolation<?>> violations) {
        List<Problems.FieldError> errors = violations.stream()
                .map(v -> new Problems.FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(Problems.FieldError::field))
                .toList();
        return Problems.invalid(count(errors.size()), errors);
    }

    private static String count(int n) {
        return n == 1 ? "1 field is invalid." : n + " fields are invalid.";
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(AggregateNotFoundException e) {
        return problem(Problems.of(
                HttpStatus.NOT_FOUND,
                "not-found",
                "Not found",
                "Nothing is recorded under '" + e.getAggregateIdentifier() + "'."));
    }

    @ExceptionHandler(ResourceNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(ResourceNotFoundException e) {
        return problem(Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage()));
    }

    @ExceptionHandler(UnknownProjectionException.class)
    ResponseEntity<ProblemDetail> unknownProjection(UnknownProjectionException e) {
        return problem(Problems.of(
                HttpStatus.NOT_FOUND,
                "unknown-projection",
                "Unknown projection",
                "There is no projection '" + e.name() + "'; GET /api/admin/projections lists them."));
    }

    @ExceptionHandler(RebuildInProgressException.class)
    ResponseEntity<ProblemDetail> rebuildInProgress(RebuildInProgressException e) {
        return problem(Problems.of(
                HttpStatus.CONFLICT,
                "rebuild-in-progress",
                "Rebuild in progress",
                "Projection '" + e.name() + "' is already being rebuilt; its progress is at "
                        + "/api/admin/projections/" + e.name() + "."));
    }

    @ExceptionHandler(AggregateStreamCreationException.class)
    ResponseEntity<ProblemDetail> alreadyExists(AggregateStreamCreationException e) {
        if (e instanceof AggregateAlreadyExistsException exists) {
            Optional<RefusalCode> code =
                    features.aggregate(exists.aggregateType()).flatMap(FeatureRegistration.Aggregate::alreadyRecorded);
            if (code.isPresent()) {
                return refused(new CommandRefused(
                        code.get(), "'" + exists.aggregateId() + "' is already recorded; choose another identifier."));
            }
        }
        return problem(Problems.of(
                HttpStatus.CONFLICT,
                "already-exists",
                "Already exists",
                "Something is already recorded under this identifier; choose another one."));
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ResponseEntity<ProblemDetail> staleVersion(ConflictingAggregateVersionException e) {
        return problem(Problems.of(
                HttpStatus.PRECONDITION_FAILED,
                "stale-version",
                "The record has changed",
                "The record is at version " + e.getActualVersion() + ", not " + e.getExpectedVersion()
                        + " as the If-Match header expected. Read it again and retry."));
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> concurrent(ConcurrencyException e) {
        return problem(Problems.of(
                HttpStatus.CONFLICT,
                "concurrent-modification",
                "Concurrent modification",
                "Another change to the same record was recorded at the same moment; nothing was recorded for "
                        + "this request. Read the record again and retry."));
    }

    @ExceptionHandler({EventStoreException.class, MongoException.class})
    ResponseEntity<ProblemDetail> storeUnavailable(RuntimeException e) {
        String id = UUID.randomUUID().toString();
        log.warn("Store failure {} (answered 503): {}", id, e.toString());
        ProblemDetail problem = Problems.of(
                HttpStatus.SERVICE_UNAVAILABLE,
                "store-unavailable",
                "Store unavailable",
                "The ledger could not reach its store; nothing was recorded. Retry shortly. (error id " + id + ")");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(Problems.invalid(
                "The parameter '" + e.getName() + "' is invalid.",
                List.of(new Problems.FieldError(e.getName(), "has an invalid value"))));
    }

    @ExceptionHandler(CommandEndpoint.RequestInProgressException.class)
    ResponseEntity<ProblemDetail> inProgress(CommandEndpoint.RequestInProgressException e) {
        return problem(Problems.of(
                HttpStatus.CONFLICT,
                "request-in-progress",
                "Request in progress",
                "A request with this Idempotency-Key is still being processed; retry it in a moment."));
    }

    @ExceptionHandler(CommandEndpoint.IdempotencyKeyReusedException.class)
    ResponseEntity<ProblemDetail> keyReused(CommandEndpoint.IdempotencyKeyReusedException e) {
        return problem(Problems.of(
                HttpStatus.UNPROCESSABLE_ENTITY,
                "idempotency-key-reused",
                "Idempotency-Key reused",
                "This Idempotency-Key was already used for a different request; use a new key for a new request."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        String id = UUID.randomUUID().toString();
        log.error("Unexpected failure {}", id, e);
        return problem(Problems.of(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error",
                "Internal error",
                "Something went wrong on our side; it has been logged with id " + id + "."));
    }

    // ------------------------------------------------------------- Spring MVC's own exceptions, rewritten

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getCause();
        ProblemDetail problem;
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            problem = Problems.invalid(
                    "The request has a field the API does not know.",
                    List.of(new Problems.FieldError(field, "is not a known field")));
        } else if (cause instanceof InvalidFormatException format) {
            problem = Problems.invalid(
                    "A field has a value of the wrong form.",
                    List.of(new Problems.FieldError(path(format), expected(format.getTargetType()))));
        } else if (cause instanceof MismatchedInputException mismatch
                && !mismatch.getPath().isEmpty()) {
            problem = Problems.invalid(
                    "A field has a value of the wrong type.",
                    List.of(new Problems.FieldError(path(mismatch), expected(mismatch.getTargetType()))));
        } else if (cause instanceof JsonProcessingException json && json.getLocation() != null) {
            problem = Problems.of(
                    HttpStatus.BAD_REQUEST,
                    "malformed-json",
                    "Malformed JSON",
                    "The body is not valid JSON (line " + json.getLocation().getLineNr() + ", column "
                            + json.getLocation().getColumnNr() + ").");
        } else {
            problem = Problems.of(
                    HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON", "The body is missing or unreadable.");
        }
        return new ResponseEntity<>(problem, HttpStatus.BAD_REQUEST);
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "has a value of the wrong type";
        }
        if (type.isEnum()) {
            return "must be one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (type == java.time.LocalDate.class) {
            return "must be a date like 2025-03-01";
        }
        if (type == java.time.Instant.class) {
            return "must be an instant like 2025-03-01T12:00:00Z";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "must be a number";
        }
        if (type == String.class) {
            return "must be a string";
        }
        return "must be an object of the documented shape";
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Problems.FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new Problems.FieldError(f.getField(), f.getDefaultMessage()))
                .sorted(Comparator.comparing(Problems.FieldError::field))
                .toList();
        return new ResponseEntity<>(Problems.invalid(count(errors.size()), errors), HttpStatus.BAD_REQUEST);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Problems.FieldError> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err -> new Problems.FieldError(
                                r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
                .toList();
        return new ResponseEntity<>(Problems.invalid(count(errors.size()), errors), HttpStatus.BAD_REQUEST);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status, WebRequest r) {
        return new ResponseEntity<>(
                Problems.invalid(
                        "A required parameter is missing.",
                        List.of(new Problems.FieldError(e.getParameterName(), "is required"))),
                HttpStatus.BAD_REQUEST);
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(
            org.springframework.web.bind.ServletRequestBindingException e,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        if (e instanceof MissingRequestHeaderException missing) {
            return new ResponseEntity<>(
                    Problems.invalid(
                            "A required header is missing.",
                            List.of(new Problems.FieldError(missing.getHeaderName(), "is required"))),
                    HttpStatus.BAD_REQUEST);
        }
        return super.handleServletRequestBindingException(e, headers, status, request);
    }

    /** Spring's own problem details (405, 406, 415, 413, 404 …) get our type URIs too. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null
                        || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(Problems.type(ProblemSlugs.of(status)));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
