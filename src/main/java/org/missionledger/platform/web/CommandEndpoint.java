package org.missionledger.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.missionledger.platform.axon.CurrentActor;
import org.missionledger.platform.axon.EventJson;
import org.missionledger.platform.axon.ExpectedVersionTargetResolver;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The one way a command enters the ledger over HTTP: bind the path's identifiers into the command, validate it with
 * the same constraints the importer uses, honour {@code If-Match} and {@code Idempotency-Key}, dispatch, and answer
 * with the new version as an {@code ETag}.
 */
@Component
public class CommandEndpoint {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern ETAG = Pattern.compile("(?:W/)?\"(\\d{1,18})\"");
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final CommandGateway gateway;
    private final Validator validator;
    private final IdempotencyStore idempotency;
    private final CurrentActor actor;
    private final ObjectMapper json = EventJson.eventMapper();

    public CommandEndpoint(
            CommandGateway gateway, Validator validator, IdempotencyStore idempotency, CurrentActor actor) {
        this.gateway = gateway;
        this.validator = validator;
        this.idempotency = idempotency;
        this.actor = actor;
    }

    /**
     * An identifier for a record the client did not name. With an {@code Idempotency-Key}, it is derived from the key
     * (and the user and URL), so that a retry after a crash — when the first answer may have been lost with the
     * process — names the same record and is refused as a duplicate instead of recording a second one.
     */
    public String newId(String given, HttpServletRequest request) {
        if (given != null) {
            return given;
        }
        String key = request.getHeader(IDEMPOTENCY_KEY);
        if (key == null || !KEY.matcher(key).matches()) {
            return org.missionledger.common.api.Ids.generate();
        }
        String scope = actor.name() + " " + request.getMethod() + " " + request.getRequestURI() + "\n" + key;
        return java.util
                .UUID
                .nameUUIDFromBytes(scope.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
    }

    /** What a successful command answers: the record's identifier and its version after the change. */
    public record CommandResult(String id, long version) {}

    /** Records a command that creates an aggregate; answers 201 with its location. */
    public ResponseEntity<?> create(Object command, String id, String location, HttpServletRequest request) {
        return execute(command, id, location, request);
    }

    /** Records a command on an existing aggregate; answers 200, or 201 with a location for a new sub-record. */
    public ResponseEntity<?> update(Object command, String id, String location, HttpServletRequest request) {
        return execute(command, id, location, request);
    }

    /**
     * Validates, then dispatches. {@code locationPath} (the new sub-record's path, or null) is only turned into a URI
     * once the identifiers in it are known to be valid.
     */
    private ResponseEntity<?> execute(Object command, String id, String locationPath, HttpServletRequest request) {
        validate(command);
        URI location = locationPath == null ? null : URI.create(locationPath);
        Long expectedVersion = expectedVersion(request.getHeader(HttpHeaders.IF_MATCH));
        String key = request.getHeader(IDEMPOTENCY_KEY);
        if (key == null) {
            return respond(dispatch(command, id, expectedVersion), location);
        }
        if (!KEY.matcher(key).matches()) {
            throw InvalidRequestException.of(IDEMPOTENCY_KEY, "must be 1-200 visible ASCII characters");
        }
        String scope = actor.name() + " " + request.getMethod() + " " + request.getRequestURI();
        String fingerprint = IdempotencyStore.sha256(canonical(command) + "|" + expectedVersion);
        IdempotencyStore.Claim claim = idempotency.claim(scope, key, fingerprint);
        if (claim instanceof IdempotencyStore.Completed done) {
            return replay(done, fingerprint);
        }
        if (claim instanceof IdempotencyStore.InProgress) {
            throw new RequestInProgressException();
        }
        IdempotencyStore.Claimed claimed = (IdempotencyStore.Claimed) claim;
        CommandResult result;
        try {
            result = dispatch(command, id, expectedVersion);
        } catch (RuntimeException e) {
            idempotency.release(claimed);
            throw e;
        }
        ResponseEntity<CommandResult> response = respond(result, location);
        idempotency.complete(
                claimed,
                response.getStatusCode().value(),
                canonical(result),
                response.getHeaders().getETag(),
                location == null ? null : location.toString());
        return response;
    }

    private CommandResult dispatch(Object command, String id, Long expectedVersion) {
        MetaData metaData = expectedVersion == null
                ? MetaData.emptyInstance()
                : MetaData.with(ExpectedVersionTargetResolver.EXPECTED_VERSION, expectedVersion);
        Object result = gateway.sendAndWait(
                GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
        long version = result instanceof Number number ? number.longValue() : 0L;
        return new CommandResult(id, version);
    }

    private static ResponseEntity<CommandResult> respond(CommandResult result, URI location) {
        ResponseEntity.BodyBuilder builder =
                location != null ? ResponseEntity.created(location) : ResponseEntity.status(HttpStatus.OK);
        return builder.eTag("\"" + result.version() + "\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body(result);
    }

    private ResponseEntity<?> replay(IdempotencyStore.Completed done, String fingerprint) {
        if (!done.fingerprint().equals(fingerprint)) {
            throw new IdempotencyKeyReusedException();
        }
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(done.status())
                .header("Idempotent-Replayed", "true")
                .contentType(MediaType.APPLICATION_JSON);
        if (done.etag() != null) {
            builder.eTag(done.etag());
        }
        if (done.location() != null) {
            builder.location(URI.create(done.location()));
        }
        return builder.body(done.body());
    }

    private void validate(Object command) {
        Set<ConstraintViolation<Object>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            List<Problems.FieldError> errors = violations.stream()
                    .map(v -> new Problems.FieldError(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(Problems.FieldError::field))
                    .toList();
            throw new InvalidRequestException(
                    errors.size() == 1 ? "1 field is invalid." : errors.size() + " fields are invalid.", errors);
        }
    }

    static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        Matcher matcher = ETAG.matcher(ifMatch.trim());
        if (!matcher.matches()) {
            throw InvalidRequestException.of(
                    HttpHeaders.IF_MATCH, "must be one entity tag as returned in ETag, e.g. \"3\"");
        }
        return Long.parseLong(matcher.group(1));
    }

    private String canonical(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "Cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    /**
     * A copy of a command record with identifiers from the path. An identifier in the body must match the path;
     * absent ones are filled in.
     */
    public static <T extends Record> T bind(T command, Map<String, String> pathIds) {
        RecordComponent[] components = command.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                RecordComponent component = components[i];
                types[i] = component.getType();
                Object value = component.getAccessor().invoke(command);
                String fromPath = pathIds.get(component.getName());
                if (fromPath != null) {
                    if (value != null && !Objects.equals(value, fromPath)) {
                        throw InvalidRequestException.of(
                                component.getName(), "does not match the identifier in the path ('" + fromPath + "')");
                    }
                    value = fromPath;
                }
                values[i] = value;
            }
            @SuppressWarnings("unchecked")
            Constructor<T> constructor = (Constructor<T>) command.getClass().getDeclaredConstructor(types);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot bind path identifiers into " + command.getClass(), e);
        }
    }

    /** A second request with a key whose first request is still running. */
    public static class RequestInProgressException extends RuntimeException {
        RequestInProgressException() {
            super("in progress", null, false, false);
        }
    }

    /** A key reused for a different request. */
    public static class IdempotencyKeyReusedException extends RuntimeException {
        IdempotencyKeyReusedException() {
            super("reused", null, false, false);
        }
    }
}
