package org.missionledger.ledger.log;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import org.missionledger.platform.eventstore.StoredEvent;

/**
 * The events export format, JSON Lines: one {@link StoredEvent} per line as a JSON object with the fields
 * {@code globalIndex, eventId, aggregateType, aggregateId, sequence, timestamp, payloadType, payloadRevision, payload,
 * metadata}; {@code payload} and {@code metadata} are JSON strings holding the exact stored JSON text.
 *
 * <p>For a future redacted export, a line may carry {@code payloadSha256} (and/or {@code metadataSha256}, lowercase
 * hex) instead of {@code payload} (or {@code metadata}): the leaf only needs the digest. Unknown fields are ignored.
 */
public final class EventLines {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EventLines() {}

    /** Returns the export line of an event (without the newline). */
    public static String format(StoredEvent event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses an export line into the leaf it commits to.
     *
     * @param line one line of the export
     * @return the leaf content
     * @throws IllegalArgumentException if the line is not a well-formed export line (the message says why)
     */
    public static EventLeaf parseLeaf(String line) {
        Long globalIndex = null;
        Long sequence = null;
        String eventId = null;
        String aggregateType = null;
        String aggregateId = null;
        String timestamp = null;
        String payloadType = null;
        String payloadRevision = null;
        byte[] payloadSha256 = null;
        byte[] metadataSha256 = null;
        boolean hasPayload = false;
        boolean hasMetadata = false;
        try (JsonParser parser = FACTORY.createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("not a JSON object");
            }
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "globalIndex" -> globalIndex = number(parser, value, field);
                    case "sequence" -> sequence = number(parser, value, field);
                    case "eventId" -> eventId = text(parser, value, field);
                    case "aggregateType" -> aggregateType = text(parser, value, field);
                    case "aggregateId" -> aggregateId = text(parser, value, field);
                    case "timestamp" -> timestamp = text(parser, value, field);
                    case "payloadType" -> payloadType = text(parser, value, field);
                    case "payloadRevision" -> payloadRevision = text(parser, value, field);
                    case "payload" -> {
                        String payload = text(parser, value, field);
                        if (payload != null) {
                            hasPayload = true;
                            payloadSha256 = EventLeaf.sha256(payload);
                        }
                    }
                    case "metadata" -> {
                        String metadata = text(parser, value, field);
                        if (metadata != null) {
                            hasMetadata = true;
                            metadataSha256 = EventLeaf.sha256(metadata);
                        }
                    }
                    case "payloadSha256" -> {
                        if (!hasPayload) {
                            payloadSha256 = digest(text(parser, value, field), field);
                        }
                    }
                    case "metadataSha256" -> {
                        if (!hasMetadata) {
                            metadataSha256 = digest(text(parser, value, field), field);
                        }
                    }
                    default -> parser.skipChildren();
                }
            }
            if (token != JsonToken.END_OBJECT || parser.nextToken() != null) {
                throw new IllegalArgumentException("not a single JSON object");
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (globalIndex == null || sequence == null) {
            throw new IllegalArgumentException(globalIndex == null ? "globalIndex is missing" : "sequence is missing");
        }
        if (payloadSha256 == null) {
            throw new IllegalArgumentException("payload is missing (and no payloadSha256 is given)");
        }
        if (metadataSha256 == null) {
            throw new IllegalArgumentException("metadata is missing (and no metadataSha256 is given)");
        }
        return new EventLeaf(
                globalIndex,
                eventId,
                aggregateType,
                aggregateId,
                sequence,
                timestamp,
                payloadType,
                payloadRevision,
                payloadSha256,
                metadataSha256);
    }

    private static Long number(JsonParser parser, JsonToken value, String field) throws IOException {
        if (value != JsonToken.VALUE_NUMBER_INT) {
            throw new IllegalArgumentException(field + " must be an integer");
        }
        if (parser.getNumberType() != JsonParser.NumberType.INT
                && parser.getNumberType() != JsonParser.NumberType.LONG) {
            throw new IllegalArgumentException(field + " is out of range");
        }
        return parser.getLongValue();
    }

    private static String text(JsonParser parser, JsonToken value, String field) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value != JsonToken.VALUE_STRING) {
            throw new IllegalArgumentException(field + " must be a string");
        }
        return parser.getText();
    }

    private static byte[] digest(String hex, String field) {
        if (hex == null) {
            return null;
        }
        try {
            byte[] digest = HexFormat.of().parseHex(hex);
            if (digest.length != EventLeaf.DIGEST_LENGTH) {
                throw new IllegalArgumentException(field + " must be 64 hex digits");
            }
            return digest;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " must be 64 hex digits", e);
        }
    }
}
