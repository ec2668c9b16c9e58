package org.missionledger.mission.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.missionledger.common.api.Source;
import org.missionledger.common.api.UnknownDate;

/**
 * A note on a mission.
 *
 * @param eventId the event that recorded it
 * @param kind what it records
 * @param note the note
 * @param effectiveDate when it became true; "date unknown" in JSON (null here) when the sources do not say
 * @param source evidence
 */
public record NoteView(
        String eventId,
        NoteKind kind,
        String note,
        @JsonInclude(JsonInclude.Include.ALWAYS) @JsonSerialize(nullsUsing = UnknownDate.class) LocalDate effectiveDate,
        Source source) {}
