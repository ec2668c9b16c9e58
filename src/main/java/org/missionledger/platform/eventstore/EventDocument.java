package org.missionledger.platform.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.WriteError;
import java.time.Instant;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

/**
 * The stored form of an event, a tombstone or a snapshot.
 *
 * <p>Payload and metadata are kept as the exact JSON strings the serializer produced, so that their bytes (and thus the
 * transparency-log leaf hashes computed from them) never change when a document is read back. Timestamps are ISO-8601
 * strings for the same reason: a BSON date would drop the sub-millisecond part.
 */
public final class EventDocument {

    public static final String EVENT_ID = "eventId";
    public static final String AGGREGATE_KEY = "aggregateKey";
    public static final String AGGREGATE_ID = "aggregateId";
    public static final String AGGREGATE_TYPE = "aggregateType";
    public static final String SEQUENCE = "seq";
    public static final String TIMESTAMP = "timestamp";
    public static final String PAYLOAD_TYPE = "payloadType";
    public static final String PAYLOAD_REVISION = "payloadRevision";
    public static final String PAYLOAD = "payload";
    public static final String METADATA = "metadata";
    public static final String TOMBSTONE = "tombstone";

    private EventDocument() {}

    /** The single-field unique key that addresses one event of one aggregate. */
    public static String aggregateKey(String aggregateId, long sequence) {
        return aggregateId + ":" + sequence;
    }

    /**
     * The stored form of {@code event} under {@code globalIndex}. Used by the engine, and by the benchmark's bulk
     * pre-fill so that pre-filled documents are exactly what the engine writes.
     */
    public static Document of(long globalIndex, EventMessage<?> event, Serializer serializer) {
        SerializedObject<String> payload = event.serializePayload(serializer, String.class);
        SerializedObject<String> metadata = event.serializeMetaData(serializer, String.class);
        String aggregateId;
        String aggregateType;
        long sequence;
        if (event instanceof DomainEventMessage<?> domainEvent && domainEvent.getAggregateIdentifier() != null) {
            aggregateId = domainEvent.getAggregateIdentifier();
            aggregateType = domainEvent.getType();
            sequence = domainEvent.getSequenceNumber();
        } else {
            // Events outside any aggregate form their own one-event stream, keyed by event id.
            aggregateId = event.getIdentifier();
            aggregateType = null;
            sequence = 0;
        }
        return new Document("_id", globalIndex)
                .append(EVENT_ID, event.getIdentifier())
                .append(AGGREGATE_KEY, aggregateKey(aggregateId, sequence))
                .append(AGGREGATE_ID, aggregateId)
                .append(AGGREGATE_TYPE, aggregateType)
                .append(SEQUENCE, sequence)
                .append(TIMESTAMP, event.getTimestamp().toString())
                .append(PAYLOAD_TYPE, payload.getType().getName())
                .append(PAYLOAD_REVISION, payload.getType().getRevision())
                .append(PAYLOAD, payload.getData())
                .append(METADATA, metadata.getData());
    }

    static Document tombstone(long globalIndex, String reason, Instant closedAt) {
        String marker = "~tombstone:" + globalIndex;
        return new Document("_id", globalIndex)
                .append(TOMBSTONE, true)
                .append(EVENT_ID, marker)
                .append(AGGREGATE_KEY, marker)
                .append("reason", reason)
                .append("closedAt", closedAt.toString());
    }

    static Document snapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        SerializedObject<String> payload = snapshot.serializePayload(serializer, String.class);
        SerializedObject<String> metadata = snapshot.serializeMetaData(serializer, String.class);
        return new Document("_id", snapshot.getAggregateIdentifier())
                .append(EVENT_ID, snapshot.getIdentifier())
                .append(AGGREGATE_TYPE, snapshot.getType())
                .append(SEQUENCE, snapshot.getSequenceNumber())
                .append(TIMESTAMP, snapshot.getTimestamp().toString())
                .append(PAYLOAD_TYPE, payload.getType().getName())
                .append(PAYLOAD_REVISION, payload.getType().getRevision())
                .append(PAYLOAD, payload.getData())
                .append(METADATA, metadata.getData());
    }

    public static boolean isTombstone(Document document) {
        return Boolean.TRUE.equals(document.getBoolean(TOMBSTONE));
    }

    public static DomainEventData<String> toDomainEventData(Document document) {
        String aggregateId = document.getString(AGGREGATE_ID);
        String eventId = document.getString(EVENT_ID);
        return new GenericDomainEventEntry<>(
                document.getString(AGGREGATE_TYPE),
                eventId.equals(aggregateId) ? null : aggregateId,
                document.getLong(SEQUENCE),
                eventId,
                document.getString(TIMESTAMP),
                document.getString(PAYLOAD_TYPE),
                document.getString(PAYLOAD_REVISION),
                document.getString(PAYLOAD),
                document.getString(METADATA));
    }

    static DomainEventData<String> toSnapshotData(Document document) {
        return new GenericDomainEventEntry<>(
                document.getString(AGGREGATE_TYPE),
                document.getString("_id"),
                document.getLong(SEQUENCE),
                document.getString(EVENT_ID),
                document.getString(TIMESTAMP),
                document.getString(PAYLOAD_TYPE),
                document.getString(PAYLOAD_REVISION),
                document.getString(PAYLOAD),
                document.getString(METADATA));
    }

    static boolean isDuplicateKey(Exception exception) {
        if (exception instanceof MongoBulkWriteException bulk) {
            return bulk.getWriteErrors().stream().anyMatch(e -> e.getCategory() == ErrorCategory.DUPLICATE_KEY);
        }
        if (exception instanceof MongoWriteException write) {
            return write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
        }
        return false;
    }

    /** True when a duplicate-key error is on {@code _id}, i.e. the global index, not on the aggregate key. */
    static boolean isGlobalIndexViolation(WriteError error) {
        String message = error.getMessage();
        return message != null && message.contains(" index: _id_ ");
    }
}
