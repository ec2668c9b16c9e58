package org.missionledger.mission.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.missionledger.common.api.AlterationKind;
import org.missionledger.common.api.FieldChange;
import org.missionledger.common.api.Source;

/**
 * The body revised a target.
 *
 * @param missionId the mission
 * @param targetId the target
 * @param before the terms before
 * @param after the terms after
 * @param changes field-by-field before/after
 * @param kinds the classification, in declaration order (several may apply)
 * @param reason why
 * @param source evidence
 * @param effectiveOn when (null = when recorded)
 */
@Revision("1")
public record TargetRevised(
        String missionId,
        String targetId,
        TargetTerms before,
        TargetTerms after,
        List<FieldChange> changes,
        List<AlterationKind> kinds,
        String reason,
        Source source,
        LocalDate effectiveOn) {}
