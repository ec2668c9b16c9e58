package org.missionledger.mission.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Who was accountable for a mission and its targets on a date, as the record stood at a moment.
 *
 * @param missionId the mission
 * @param at the date asked about (valid time)
 * @param asKnownAt the moment of the record asked about (transaction time; absent = now)
 * @param holders every role held on {@code at}
 * @param gaps every role (or scope) nobody held on {@code at}
 */
public record AccountabilityView(
        String missionId,
        LocalDate at,
        Instant asKnownAt,
        List<AccountableView> holders,
        List<AccountabilityGapView> gaps) {}
