package org.missionledger.indicator.api;

import java.util.List;
import org.axonframework.serialization.Revision;
import org.missionledger.common.api.FieldChange;

/**
 * The ledger's editors fixed a recording mistake; not a revision by the publisher.
 *
 * @param indicatorId the indicator
 * @param correctedEventId the event whose record was wrong
 * @param subject "indicator" or "reading:PERIOD"
 * @param changes field-by-field before/after
 * @param reason what was wrong
 */
@Revision("1")
public record IndicatorRecordCorrected(
        String indicatorId,
        String correctedEventId,
        String subject,
        List<FieldChange> changes,
        String reason) {}
