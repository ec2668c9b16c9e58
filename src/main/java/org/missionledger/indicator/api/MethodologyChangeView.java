package org.missionledger.indicator.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.missionledger.common.api.FieldChange;
import org.missionledger.common.api.Source;
import org.missionledger.common.api.UnknownDate;

/**
 * A change of an indicator's methodology or measurement basis by its publisher.
 *
 * @param eventId the event
 * @param position its global position
 * @param recordedAt when it was recorded
 * @param effectiveDate when it took effect; "date unknown" in JSON (null here) when the sources do not say
 * @param changes field by field
 * @param reason why
 * @param source evidence
 */
public record MethodologyChangeView(
        String eventId,
        long position,
        Instant recordedAt,
        @JsonInclude(JsonInclude.Include.ALWAYS) @JsonSerialize(nullsUsing = UnknownDate.class) LocalDate effectiveDate,
        List<FieldChange> changes,
        String reason,
        Source source) {}
