package org.missionledger.platform.eventstore;

/**
 * An event exactly as stored: the unit of the JSON Lines export, of the transparency log's leaves and of every
 * rebuild. Payload and metadata are the serializer's exact JSON text (never re-serialised), so their hashes are stable.
 *
 * @param globalIndex the event's position in the global order (dense apart from closed gaps; starts at 1)
 * @param eventId the event's unique identifier
 * @param aggregateType the type of the aggregate whose stream it belongs to (e.g. {@code MissionAggregate})
 * @param aggregateId the aggregate's identifier
 * @param sequence the event's position in its aggregate's stream, from 0
 * @param timestamp the recorded time, ISO-8601 as stored
 * @param payloadType the payload's type name
 * @param payloadRevision the payload's schema revision
 * @param payload the payload JSON text
 * @param metadata the metadata JSON text (actor, recordedAt, correlationId, effectiveDate, …)
 */
public record StoredEvent(
        long globalIndex,
        String eventId,
        String aggregateType,
        String aggregateId,
        long sequence,
        String timestamp,
        String payloadType,
        String payloadRevision,
        String payload,
        String metadata) {

    static StoredEvent of(org.bson.Document document) {
        return new StoredEvent(
                document.getLong("_id"),
                document.getString(EventDocument.EVENT_ID),
                document.getString(EventDocument.AGGREGATE_TYPE),
                document.getString(EventDocument.AGGREGATE_ID),
                document.getLong(EventDocument.SEQUENCE),
                document.getString(EventDocument.TIMESTAMP),
                document.getString(EventDocument.PAYLOAD_TYPE),
                document.getString(EventDocument.PAYLOAD_REVISION),
                document.getString(EventDocument.PAYLOAD),
                document.getString(EventDocument.METADATA));
    }

    /** The payload type's simple name, e.g. {@code TargetRevised}. */
    public String eventType() {
        int dot = payloadType.lastIndexOf('.');
        return dot < 0 ? payloadType : payloadType.substring(dot + 1);
    }
}
