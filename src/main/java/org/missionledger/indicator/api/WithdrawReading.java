package org.missionledger.indicator.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.missionledger.common.api.Source;
import org.missionledger.common.api.Text;

/**
 * Records that the publisher withdrew the value for a period.
 *
 * @param indicatorId the indicator
 * @param period the period
 * @param reason why
 * @param source evidence
 */
public record WithdrawReading(
        @TargetAggregateIdentifier @NotNull @Pattern(regexp = Text.ID, message = Text.ID_MESSAGE) String indicatorId,
        @NotBlank
                @Size(max = 20)
                @Pattern(
                        regexp = "[0-9A-Za-z/-]+",
                        message = "must be a period such as 2024, 2024/25, 2024-Q1, 2024-03, 2024-W05 or 2024-03-31")
                String period,
        @NotBlank @Size(max = 2000) @Pattern(regexp = Text.MULTI_LINE, message = Text.NO_CONTROL_MESSAGE) String reason,
        @NotNull @Valid Source source) {}
