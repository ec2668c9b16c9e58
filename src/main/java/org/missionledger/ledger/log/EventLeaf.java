package org.missionledger.ledger.log;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.missionledger.platform.eventstore.StoredEvent;

/**
 * What the transparency log commits to for one stored event: every field of the {@link StoredEvent} except the
 * payload and metadata texts, which are replaced by their SHA-256 digests (so that a payload could one day be redacted
 * from exports without breaking any proof). {@link LeafEncoding} turns it into the leaf bytes.
 *
 * @param globalIndex the event's position in the event store's global order
 * @param eventId the event's unique identifier
 * @param aggregateType the aggregate type, or {@code null} for an event outside any aggregate
 * @param aggregateId the aggregate identifier
 * @param sequence the event's position in its aggregate's stream
 * @param timestamp the recorded time, exactly as stored (ISO-8601 text)
 * @param payloadType the payload type name
 * @param payloadRevision the payload revision, or {@code null}
 * @param payloadSha256 SHA-256 of the payload JSON text's UTF-8 bytes (32 bytes, copied in and out)
 * @param metadataSha256 SHA-256 of the metadata JSON text's UTF-8 bytes (32 bytes, copied in and out)
 */
public record EventLeaf(
        long globalIndex,
        String eventId,
        String aggregateType,
        String aggregateId,
        long sequence,
        String timestamp,
        String payloadType,
        String payloadRevision,
        byte[] payloadSha256,
        byte[] metadataSha256) {

    /** Length of the payload and metadata digests. */
    public static final int DIGEST_LENGTH = 32;

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if a required field is missing, a number is negative or a digest is not 32
     *     bytes
     */
    public EventLeaf {
        if (globalIndex < 0) {
            throw new IllegalArgumentException("globalIndex must not be negative: " + globalIndex);
        }
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative: " + sequence);
        }
        require(eventId, "eventId");
        require(aggregateId, "aggregateId");
        require(timestamp, "timestamp");
        require(payloadType, "payloadType");
        payloadSha256 = digest(payloadSha256, "payloadSha256");
        metadataSha256 = digest(metadataSha256, "metadataSha256");
    }

    /**
     * The leaf of a stored event: its fields and the digests of its payload and metadata texts.
     *
     * @param event the event exactly as stored
     * @return the leaf content
     * @throws IllegalArgumentException if the event lacks a required field, its payload or its metadata
     */
    public static EventLeaf of(StoredEvent event) {
        Objects.requireNonNull(event, "event");
        if (event.payload() == null) {
            throw new IllegalArgumentException("event " + event.eventId() + " has no payload");
        }
        if (event.metadata() == null) {
            throw new IllegalArgumentException("event " + event.eventId() + " has no metadata");
        }
        return new EventLeaf(
                event.globalIndex(),
                event.eventId(),
                event.aggregateType(),
                event.aggregateId(),
                event.sequence(),
                event.timestamp(),
                event.payloadType(),
                event.payloadRevision(),
                sha256(event.payload()),
                sha256(event.metadata()));
    }

    /** Returns the SHA-256 digest of the UTF-8 bytes of {@code text}. */
    public static byte[] sha256(String text) {
        MessageDigest digest = SHA256.get();
        digest.reset();
        return digest.digest(text.getBytes(StandardCharsets.UTF_8));
    }

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java SE implementation", e);
        }
    });

    @Override
    public byte[] payloadSha256() {
        return payloadSha256.clone();
    }

    @Override
    public byte[] metadataSha256() {
        return metadataSha256.clone();
    }

    /** Returns the leaf bytes ({@link LeafEncoding#encode(EventLeaf)}). */
    public byte[] encode() {
        return LeafEncoding.encode(this);
    }

    /** Returns the RFC 9162 leaf hash {@code SHA-256(0x00 || leaf bytes)}. */
    public byte[] leafHash() {
        return LeafEncoding.leafHash(encode());
    }

    /** Returns this leaf with another global index (to tell a renumbered event from a modified one). */
    public EventLeaf withGlobalIndex(long otherGlobalIndex) {
        return new EventLeaf(
                otherGlobalIndex,
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

    /**
     * Names the fields in which {@code other} differs from this leaf, each with both values, e.g.
     * {@code payload (sha256 3a4f… → 77c1…)}.
     *
     * @param other the leaf to compare with
     * @return one description per differing field, in encoding order; empty if equal
     */
    public List<String> differences(EventLeaf other) {
        List<String> out = new ArrayList<>();
        diff(out, "eventId", eventId, other.eventId);
        diff(out, "aggregateType", aggregateType, other.aggregateType);
        diff(out, "aggregateId", aggregateId, other.aggregateId);
        diff(out, "sequence", sequence, other.sequence);
        diff(out, "globalIndex", globalIndex, other.globalIndex);
        diff(out, "payloadType", payloadType, other.payloadType);
        diff(out, "payloadRevision", payloadRevision, other.payloadRevision);
        diff(out, "timestamp", timestamp, other.timestamp);
        if (!Arrays.equals(payloadSha256, other.payloadSha256)) {
            out.add("payload (sha256 " + shortHex(payloadSha256) + " → " + shortHex(other.payloadSha256) + ")");
        }
        if (!Arrays.equals(metadataSha256, other.metadataSha256)) {
            out.add("metadata (sha256 " + shortHex(metadataSha256) + " → " + shortHex(other.metadataSha256) + ")");
        }
        return out;
    }

    /** A short human description: {@code TargetRevised of MissionAggregate clean-power #3}. */
    public String describe() {
        int dot = payloadType.lastIndexOf('.');
        String type = dot < 0 ? payloadType : payloadType.substring(dot + 1);
        return type + " of " + (aggregateType == null ? "" : aggregateType + " ") + aggregateId + " #" + sequence;
    }

    private static void diff(List<String> out, String field, Object mine, Object theirs) {
        if (!Objects.equals(mine, theirs)) {
            out.add(field + " (" + quote(mine) + " → " + quote(theirs) + ")");
        }
    }

    private static String quote(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }

    private static String shortHex(byte[] hash) {
        return HexFormat.of().formatHex(hash, 0, 6) + "…";
    }

    private static void require(String value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
    }

    private static byte[] digest(byte[] value, String field) {
        if (value == null || value.length != DIGEST_LENGTH) {
            throw new IllegalArgumentException(field + " must be a 32-byte SHA-256 digest");
        }
        return value.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EventLeaf other
                && globalIndex == other.globalIndex
                && sequence == other.sequence
                && eventId.equals(other.eventId)
                && Objects.equals(aggregateType, other.aggregateType)
                && aggregateId.equals(other.aggregateId)
                && timestamp.equals(other.timestamp)
                && payloadType.equals(other.payloadType)
                && Objects.equals(payloadRevision, other.payloadRevision)
                && Arrays.equals(payloadSha256, other.payloadSha256)
                && Arrays.equals(metadataSha256, other.metadataSha256);
    }

    @Override
    public int hashCode() {
        return Objects.hash(globalIndex, eventId, aggregateId, sequence, Arrays.hashCode(payloadSha256));
    }

    @Override
    public String toString() {
        HexFormat hex = HexFormat.of();
        return "EventLeaf[globalIndex=" + globalIndex + ", eventId=" + eventId + ", aggregateType=" + aggregateType
                + ", aggregateId=" + aggregateId + ", sequence=" + sequence + ", timestamp=" + timestamp
                + ", payloadType=" + payloadType + ", payloadRevision=" + payloadRevision + ", payloadSha256="
                + hex.formatHex(payloadSha256) + ", metadataSha256=" + hex.formatHex(metadataSha256) + "]";
    }
}
