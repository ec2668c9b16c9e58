package org.missionledger.indicator.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.missionledger.common.api.Text;

/**
 * Fixes a recording mistake in an earlier event of this indicator (never a revision by the publisher).
 *
 * @param indicatorId the indicator
 * @param correctedEventId the event whose record was wrong
 * @param corrections field name to corrected value ("" clears an optional field)
 * @param reason what was wrong
 */
public record CorrectIndicatorRecord(
        @TargetAggregateIdentifier @NotNull @Pattern(regexp = Text.ID, message = Text.ID_MESSAGE) String indicatorId,
        @NotNull @Size(max = 100) String correctedEventId,
        @NotNull @Size(min = 1, max = 20) Map<String, String> corrections,
        @NotBlank @Size(max = 2000) @Pattern(regexp = Text.MULTI_LINE, message = Text.NO_CONTROL_MESSAGE)
                String reason) {}
