package org.missionledger.mission.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.missionledger.common.api.AlterationKind;
import org.missionledger.common.api.FieldChange;
import org.missionledger.common.api.Source;
import org.missionledger.common.api.UnknownDate;

/**
 * One event in a mission's history.
 *
 * @param position global position
 * @param sequence position in the mission's stream
 * @param eventId the event
 * @param type e.g. {@code TargetRevised}
 * @param subject {@code mission}, {@code target:ID} or {@code tenure:ID}
 * @param effectiveDate when it took effect; "date unknown" in JSON (null here) when the sources do not say
 * @param recordedAt when it was recorded
 * @param actor who recorded it
 * @param summary one line of plain English
 * @param kinds for alterations, how the commitment changed
 * @param changes field by field, before and after (alterations and corrections)
 * @param reason the stated reason
 * @param source evidence (with corrections applied)
 * @param correctedEventId for a correction, the event whose record it fixed
 * @param correctedBy the corrections of this event's record
 */
public record TimelineEntryView(
        long position,
        long sequence,
        String eventId,
        String type,
        String subject,
        @JsonInclude(JsonInclude.Include.ALWAYS) @JsonSerialize(nullsUsing = UnknownDate.class) LocalDate effectiveDate,
        Instant recordedAt,
        String actor,
        String summary,
        List<AlterationKind> kinds,
        List<FieldChange> changes,
        String reason,
        Source source,
        String correctedEventId,
        List<String> correctedBy) {}
