package org.missionledger.ledger.log;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.missionledger.platform.eventstore.StoredEvent;

/**
 * The one reader of the event-export line ({@link EventLineWriter} writes it): into the {@link EventLeaf} it commits
 * to (the verifier's hot path), or into the whole {@link StoredEvent} (payload and metadata texts included). Strict:
 * a line that is not one JSON object, a wrong type, an integer out of range, a missing {@code globalIndex},
 * {@code sequence}, payload or metadata, or invalid UTF-8 is refused with the reason. Unknown fields are ignored.
 *
 * <p>For a future redacted export, a line may carry {@code payloadSha256} (and/or {@code metadataSha256}, lowercase
 * hex) instead of {@code payload} (or {@code metadata}): the leaf only needs the digest.
 *
 * <p>The leaf is read from the line's bytes with Jackson's streaming parser, without a tree or a string per payload:
 * the payload's and metadata's characters are encoded back to UTF-8 into a reused buffer and hashed there, which
 * gives the same digest as {@code SHA-256(text.getBytes(UTF_8))} over the stored text. An instance reuses its buffers
 * and is therefore not thread-safe: use one per thread.
 */
public final class EventLineReader {

    private static final JsonFactory FACTORY = new JsonFactory();

    private final MessageDigest sha256 = newSha256();
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] encoded = new byte[4096];

    /**
     * Parses an export line into the leaf it commits to.
     *
     * @param line one line of the export, without its newline
     * @return the leaf content
     * @throws IllegalArgumentException if the line is not a well-formed export line (the message says why)
     */
    public static EventLeaf parseLeaf(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        return new EventLineReader().leaf(bytes, 0, bytes.length);
    }

    /**
     * Parses an export line into the event as stored (payload and metadata texts included; {@code null} where the
     * line carries only a digest).
     *
     * @throws IllegalArgumentException if the line is not a well-formed export line (the message says why)
     */
    public static StoredEvent parseEvent(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        Fields fields = new EventLineReader().read(bytes, 0, bytes.length, true);
        return new StoredEvent(
                fields.globalIndex,
                fields.eventId,
                fields.aggregateType,
                fields.aggregateId,
                fields.sequence,
                fields.timestamp,
                fields.payloadType,
                fields.payloadRevision,
                fields.payload,
                fields.metadata);
    }

    /**
     * Parses the export line in {@code bytes[offset, offset + length)} (UTF-8, without its newline) into its leaf.
     *
     * @throws IllegalArgumentException if it is not a well-formed export line (the message says why)
     */
    public EventLeaf leaf(byte[] bytes, int offset, int length) {
        Fields fields = read(bytes, offset, length, false);
        return new EventLeaf(
                fields.globalIndex,
                fields.eventId,
                fields.aggregateType,
                fields.aggregateId,
                fields.sequence,
                fields.timestamp,
                fields.payloadType,
                fields.payloadRevision,
                fields.payloadSha256,
                fields.metadataSha256);
    }

    /** The fields of one line, as read. */
    private static final class Fields {
        long globalIndex;
        long sequence;
        boolean hasGlobalIndex;
        boolean hasSequence;
        String eventId;
        String aggregateType;
        String aggregateId;
        String timestamp;
        String payloadType;
        String payloadRevision;
        String payload;
        String metadata;
        byte[] payloadSha256;
        byte[] metadataSha256;
        boolean hasPayload;
        boolean hasMetadata;
    }

    private Fields read(byte[] bytes, int offset, int length, boolean keepTexts) {
        requireUtf8(bytes, offset, length);
        Fields f = new Fields();
        try (JsonParser parser = FACTORY.createParser(bytes, offset, length)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("not a JSON object");
            }
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "globalIndex" -> {
                        f.globalIndex = number(parser, value, field);
                        f.hasGlobalIndex = true;
                    }
                    case "sequence" -> {
                        f.sequence = number(parser, value, field);
                        f.hasSequence = true;
                    }
                    case "eventId" -> f.eventId = text(parser, value, field);
                    case "aggregateType" -> f.aggregateType = text(parser, value, field);
                    case "aggregateId" -> f.aggregateId = text(parser, value, field);
                    case "timestamp" -> f.timestamp = text(parser, value, field);
                    case "payloadType" -> f.payloadType = text(parser, value, field);
                    case "payloadRevision" -> f.payloadRevision = text(parser, value, field);
                    case "payload" -> {
                        if (isText(value, field)) {
                            f.hasPayload = true;
                            f.payloadSha256 = digestOfText(parser);
                            f.payload = keepTexts ? parser.getText() : null;
                        } else {
                            f.payload = null;
                        }
                    }
                    case "metadata" -> {
                        if (isText(value, field)) {
                            f.hasMetadata = true;
                            f.metadataSha256 = digestOfText(parser);
                            f.metadata = keepTexts ? parser.getText() : null;
                        } else {
                            f.metadata = null;
                        }
                    }
                    case "payloadSha256" -> {
                        if (!f.hasPayload) { // the text, when present, decides
                            f.payloadSha256 = digest(text(parser, value, field), field);
                        }
                    }
                    case "metadataSha256" -> {
                        if (!f.hasMetadata) { // the text, when present, decides
                            f.metadataSha256 = digest(text(parser, value, field), field);
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
        if (!f.hasGlobalIndex || !f.hasSequence) {
            throw new IllegalArgumentException(f.hasGlobalIndex ? "sequence is missing" : "globalIndex is missing");
        }
        if (f.payloadSha256 == null) {
            throw new IllegalArgumentException("payload is missing (and no payloadSha256 is given)");
        }
        if (f.metadataSha256 == null) {
            throw new IllegalArgumentException("metadata is missing (and no metadataSha256 is given)");
        }
        return f;
    }

    /**
     * Refuses bytes that are not UTF-8 (Jackson alone would let some through in skipped values). ASCII, the common
     * case, is checked by a scan without decoding.
     */
    private void requireUtf8(byte[] bytes, int offset, int length) {
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            if (bytes[i] < 0) {
                try {
                    utf8.reset().decode(ByteBuffer.wrap(bytes, i, end - i));
                } catch (CharacterCodingException e) {
                    throw new IllegalArgumentException("not valid UTF-8", e);
                }
                return;
            }
        }
    }

    /**
     * SHA-256 of the UTF-8 bytes of the current string value, from the parser's character buffer. Encodes exactly as
     * {@link String#getBytes(java.nio.charset.Charset)} does, so a lone surrogate (only an escape can make one) becomes
     * {@code ?}.
     */
    private byte[] digestOfText(JsonParser parser) throws IOException {
        char[] chars = parser.getTextCharacters();
        int from = parser.getTextOffset();
        int end = from + parser.getTextLength();
        if (encoded.length < 3 * (end - from)) {
            encoded = new byte[Math.max(2 * encoded.length, 3 * (end - from))];
        }
        byte[] out = encoded;
        int n = 0;
        for (int i = from; i < end; i++) {
            char c = chars[i];
            if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (c < 0x800) {
                out[n++] = (byte) (0xC0 | (c >> 6));
                out[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
                    int cp = Character.toCodePoint(c, chars[++i]);
                    out[n++] = (byte) (0xF0 | (cp >> 18));
                    out[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                    out[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                    out[n++] = (byte) (0x80 | (cp & 0x3F));
                } else {
                    out[n++] = '?';
                }
            } else {
                out[n++] = (byte) (0xE0 | (c >> 12));
                out[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[n++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        sha256.reset();
        sha256.update(out, 0, n);
        return sha256.digest();
    }

    private static long number(JsonParser parser, JsonToken value, String field) throws IOException {
        if (value != JsonToken.VALUE_NUMBER_INT) {
            throw new IllegalArgumentException(field + " must be an integer");
        }
        if (parser.getNumberType() != JsonParser.NumberType.INT
                && parser.getNumberType() != JsonParser.NumberType.LONG) {
            throw new IllegalArgumentException(field + " is out of range");
        }
        return parser.getLongValue();
    }

    private static boolean isText(JsonToken value, String field) {
        if (value == JsonToken.VALUE_NULL) {
            return false;
        }
        if (value != JsonToken.VALUE_STRING) {
            throw new IllegalArgumentException(field + " must be a string");
        }
        return true;
    }

    private static String text(JsonParser parser, JsonToken value, String field) throws IOException {
        return isText(value, field) ? parser.getText() : null;
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

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java SE implementation", e);
        }
    }
}
