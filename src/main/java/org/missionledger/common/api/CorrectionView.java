package org.missionledger.common.api;

import java.time.Instant;
import java.util.List;

/**
 * A correction of the record by the ledger's editors, as shown next to what it corrected.
 *
 * @param eventId the correction event
 * @param position its global position
 * @param recordedAt when it was recorded
 * @param actor who recorded it
 * @param reason what was wrong
 * @param changes field by field, before and after
 */
public record CorrectionView(
        String eventId, long position, Instant recordedAt, String actor, String reason, List<FieldChange> changes) {}
