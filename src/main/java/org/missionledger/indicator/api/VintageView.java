package org.missionledger.indicator.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.missionledger.common.api.CorrectionView;
import org.missionledger.common.api.Source;

/**
 * One entry in the history of a reading: a published value (first or revised) or a withdrawal, with any corrections of
 * its record known at the time asked about already applied.
 *
 * @param kind first published, revised or withdrawn
 * @param value the value (absent for a withdrawal)
 * @param vintage the publisher's vintage code
 * @param publishedOn the publication date (absent for a withdrawal)
 * @param recordedAt when the ledger recorded it
 * @param actor who recorded it
 * @param reason the publisher's reason (revisions and withdrawals)
 * @param source the publication
 * @param eventId the event that recorded it
 * @param position its global position
 * @param corrections corrections of this entry's record, oldest first
 */
public record VintageView(
        VintageKind kind,
        BigDecimal value,
        String vintage,
        LocalDate publishedOn,
        Instant recordedAt,
        String actor,
        String reason,
        Source source,
        String eventId,
        long position,
        List<CorrectionView> corrections) {}
