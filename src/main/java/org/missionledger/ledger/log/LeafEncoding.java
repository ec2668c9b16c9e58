package org.missionledger.ledger.log;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.missionledger.ledger.merkle.MerkleHashes;
import org.missionledger.platform.eventstore.StoredEvent;

/**
 * The canonical leaf bytes of a stored event, version 1. Specified byte by byte in {@code docs/transparency-log.md};
 * any change is a new version.
 *
 * <pre>
 * u8     version          0x01
 * str    eventId
 * str?   aggregateType
 * str    aggregateId
 * u64    sequence
 * u64    globalIndex
 * str    payloadType
 * str?   payloadRevision
 * str    timestamp        as stored (ISO-8601 text)
 * u8[32] SHA-256(UTF-8 bytes of the payload JSON text)
 * u8[32] SHA-256(UTF-8 bytes of the metadata JSON text)
 * </pre>
 *
 * <p>All integers are unsigned big-endian. {@code str} is a u32 byte length followed by that many UTF-8 bytes;
 * {@code str?} is the same, or the length {@code 0xFFFFFFFF} with no bytes for an absent value. The leaf hash is the
 * RFC 9162 {@code SHA-256(0x00 || leaf bytes)}.
 *
 * <p>Thread-safe.
 */
public final class LeafEncoding {

    /** The format version byte that starts every version-1 leaf. */
    public static final byte VERSION = 0x01;

    /** The length prefix of an absent optional string. */
    static final int ABSENT = 0xFFFFFFFF;

    private LeafEncoding() {}

    /**
     * Returns the leaf bytes of a stored event.
     *
     * @param event the event exactly as stored
     * @return the leaf bytes
     * @throws IllegalArgumentException if the event lacks a required field, its payload or its metadata
     */
    public static byte[] encode(StoredEvent event) {
        return encode(EventLeaf.of(event));
    }

    /**
     * Returns the leaf bytes of a leaf content.
     *
     * @param leaf the leaf content
     * @return the leaf bytes
     */
    public static byte[] encode(EventLeaf leaf) {
        Objects.requireNonNull(leaf, "leaf");
        byte[] eventId = utf8(leaf.eventId());
        byte[] aggregateType = utf8(leaf.aggregateType());
        byte[] aggregateId = utf8(leaf.aggregateId());
        byte[] payloadType = utf8(leaf.payloadType());
        byte[] payloadRevision = utf8(leaf.payloadRevision());
        byte[] timestamp = utf8(leaf.timestamp());
        int length = 1
                + str(eventId)
                + str(aggregateType)
                + str(aggregateId)
                + 8
                + 8
                + str(payloadType)
                + str(payloadRevision)
                + str(timestamp)
                + 2 * EventLeaf.DIGEST_LENGTH;
        ByteBuffer out = ByteBuffer.allocate(length);
        out.put(VERSION);
        put(out, eventId);
        put(out, aggregateType);
        put(out, aggregateId);
        out.putLong(leaf.sequence());
        out.putLong(leaf.globalIndex());
        put(out, payloadType);
        put(out, payloadRevision);
        put(out, timestamp);
        out.put(leaf.payloadSha256());
        out.put(leaf.metadataSha256());
        return out.array();
    }

    /**
     * Returns the RFC 9162 leaf hash of a stored event.
     *
     * @param event the event exactly as stored
     * @return {@code SHA-256(0x00 || encode(event))}
     */
    public static byte[] leafHash(StoredEvent event) {
        return MerkleHashes.leafHash(encode(event));
    }

    /**
     * Returns the RFC 9162 leaf hash of leaf bytes.
     *
     * @param leaf the leaf bytes
     * @return {@code SHA-256(0x00 || leaf)}
     */
    public static byte[] leafHash(byte[] leaf) {
        return MerkleHashes.leafHash(leaf);
    }

    /**
     * Decodes version-1 leaf bytes strictly: the version byte, every length, valid UTF-8, no trailing bytes.
     *
     * @param leaf the leaf bytes
     * @return the leaf content
     * @throws IllegalArgumentException if the bytes are not a well-formed version-1 leaf
     */
    public static EventLeaf decode(byte[] leaf) {
        Objects.requireNonNull(leaf, "leaf");
        ByteBuffer in = ByteBuffer.wrap(leaf);
        try {
            byte version = in.get();
            if (version != VERSION) {
                throw new IllegalArgumentException("unknown leaf format version " + (version & 0xFF));
            }
            String eventId = required(in, "eventId");
            String aggregateType = optional(in, "aggregateType");
            String aggregateId = required(in, "aggregateId");
            long sequence = in.getLong();
            long globalIndex = in.getLong();
            String payloadType = required(in, "payloadType");
            String payloadRevision = optional(in, "payloadRevision");
            String timestamp = required(in, "timestamp");
            byte[] payloadSha256 = new byte[EventLeaf.DIGEST_LENGTH];
            in.get(payloadSha256);
            byte[] metadataSha256 = new byte[EventLeaf.DIGEST_LENGTH];
            in.get(metadataSha256);
            if (in.hasRemaining()) {
                throw new IllegalArgumentException("leaf has " + in.remaining() + " trailing bytes");
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
        } catch (BufferUnderflowException e) {
            throw new IllegalArgumentException("leaf is truncated (" + leaf.length + " bytes)", e);
        }
    }

    private static byte[] utf8(String value) {
        return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }

    private static int str(byte[] value) {
        return 4 + (value == null ? 0 : value.length);
    }

    private static void put(ByteBuffer out, byte[] value) {
        if (value == null) {
            out.putInt(ABSENT);
        } else {
            out.putInt(value.length);
            out.put(value);
        }
    }

    private static String required(ByteBuffer in, String field) {
        String value = optional(in, field);
        if (value == null) {
            throw new IllegalArgumentException("leaf field " + field + " is absent but required");
        }
        return value;
    }

    private static String optional(ByteBuffer in, String field) {
        int length = in.getInt();
        if (length == ABSENT) {
            return null;
        }
        if (length < 0 || length > in.remaining()) {
            throw new IllegalArgumentException(
                    "leaf field " + field + " has an impossible length " + Integer.toUnsignedString(length));
        }
        ByteBuffer slice = in.slice(in.position(), length);
        in.position(in.position() + length);
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(slice)
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("leaf field " + field + " is not valid UTF-8", e);
        }
    }
}
