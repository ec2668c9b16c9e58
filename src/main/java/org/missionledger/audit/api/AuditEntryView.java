package org.missionledger.audit.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.missionledger.common.api.Source;
import org.missionledger.common.api.UnknownDate;

/**
 * One event in the audit trail.
 *
 * @param position its global position (the order of the ledger)
 * @param eventId its identifier
 * @param type its type, e.g. {@code TargetRevised}
 * @param aggregateType the kind of record it belongs to ({@code MissionAggregate}, {@code IndicatorAggregate})
 * @param aggregateId the mission or indicator
 * @param sequence its position in that record's stream
 * @param actor who recorded it
 * @param recordedAt when
 * @param effectiveDate when it took effect; "date unknown" in JSON (null here) when the sources do not say in the world
 * @param source the evidence it cites, if any (as recorded; corrections are linked, not merged)
 * @param summary one line of plain English
 * @param correctedEventId for a correction: the event whose record it fixes
 * @param correctedPosition for a correction: that event's global position
 * @param correctedBy the corrections of this event's record
 */
public record AuditEntryView(
        long position,
        String eventId,
        String type,
        String aggregateType,
        String aggregateId,
        long sequence,
        String actor,
        Instant recordedAt,
        @JsonInclude(JsonInclude.Include.ALWAYS) @JsonSerialize(nullsUsing = UnknownDate.class) LocalDate effectiveDate,
        Source source,
        String summary,
        String correctedEventId,
        Long correctedPosition,
        List<EventReference> correctedBy) {

    /**
     * A link to another event.
     *
     * @param eventId its identifier
     * @param position its global position
     */
    public record EventReference(String eventId, long position) {}
}
