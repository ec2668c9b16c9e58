package org.missionledger.indicator.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.missionledger.common.api.FieldChange;
import org.missionledger.common.api.Source;

/**
 * A change of an indicator's methodology or measurement basis by its publisher.
 *
 * @param eventId the event
 * @param position its global position
 * @param recordedAt when it was recorded
 * @param effectiveDate when it took effect
 * @param changes field by field
 * @param reason why
 * @param source evidence
 */
public record MethodologyChangeView(
        String eventId,
        long position,
        Instant recordedAt,
        LocalDate effectiveDate,
        List<FieldChange> changes,
        String reason,
        Source source) {}
