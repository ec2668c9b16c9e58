package org.missionledger.platform.deadletter;

import java.time.Instant;

/**
 * One parked event.
 *
 * @param processingGroup the projection that could not handle it
 * @param sequence the sequence it blocks (the aggregate identifier)
 * @param eventId the event's identifier
 * @param eventType the event's type
 * @param cause why the handler failed (type and message of the failure)
 * @param enqueuedAt when it was parked
 * @param lastTouched when it was last retried
 */
public record DeadLetterView(
        String processingGroup,
        String sequence,
        String eventId,
        String eventType,
        String cause,
        Instant enqueuedAt,
        Instant lastTouched) {}
