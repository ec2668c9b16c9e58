package org.missionledger.audit.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One line of the JSON Lines export: an event exactly as stored. {@code payload} and {@code metadata} are JSON
 * <em>strings</em> holding the serializer's exact text (never re-serialised), so hashes over them are stable.
 *
 * @param globalIndex position in the global order (from 1; positions closed as gaps are absent)
 * @param eventId the event's identifier
 * @param aggregateType {@code MissionAggregate} or {@code IndicatorAggregate}
 * @param aggregateId the mission or indicator
 * @param sequence position in that aggregate's stream, from 0
 * @param timestamp recorded time, ISO-8601 exactly as stored
 * @param payloadType the payload's fully qualified type name
 * @param payloadRevision the payload's schema revision
 * @param payload the payload JSON text
 * @param metadata the metadata JSON text
 */
@JsonPropertyOrder({
    "globalIndex",
    "eventId",
    "aggregateType",
    "aggregateId",
    "sequence",
    "timestamp",
    "payloadType",
    "payloadRevision",
    "payload",
    "metadata"
})
public record ExportedEvent(
        long globalIndex,
        String eventId,
        String aggregateType,
        String aggregateId,
        long sequence,
        String timestamp,
        String payloadType,
        String payloadRevision,
        String payload,
        String metadata) {}
