package org.missionledger.mission.api;

import java.time.Instant;
import java.time.LocalDate;
import org.missionledger.common.api.Source;

/**
 * One recorded state of a tenure: what the record said about it from {@code recordedAt} on.
 *
 * @param change what the event did: {@code ASSIGNED}, {@code ENDED}, {@code HANDED_OVER} (ended by a reassignment),
 *     {@code TAKEN_OVER} (begun by a reassignment) or {@code CORRECTED}
 * @param role the role
 * @param holder who, in which post
 * @param effectiveFrom first day (valid time)
 * @param effectiveTo end, exclusive (valid time; absent while open)
 * @param recordedAt when the ledger recorded this state (transaction time)
 * @param actor who recorded it
 * @param eventId the event
 * @param position its global position
 * @param reason the stated reason (ends, reassignments, corrections)
 * @param source evidence
 */
public record TenureVersionView(
        String change,
        AccountableRole role,
        Holder holder,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        Instant recordedAt,
        String actor,
        String eventId,
        long position,
        String reason,
        Source source) {}
