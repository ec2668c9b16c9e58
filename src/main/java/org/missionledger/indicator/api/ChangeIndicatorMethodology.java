package org.missionledger.indicator.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.missionledger.common.api.Dates;
import org.missionledger.common.api.Source;
import org.missionledger.common.api.Text;

/**
 * Records that the publisher changed how a series is compiled or what it measures.
 *
 * @param indicatorId the indicator
 * @param methodology the methodology after the change (null keeps it)
 * @param measurementBasis the measurement basis after the change (null keeps it)
 * @param reason why
 * @param source evidence
 * @param effectiveOn when (null = when recorded)
 */
public record ChangeIndicatorMethodology(
        @TargetAggregateIdentifier @NotNull @Pattern(regexp = Text.ID, message = Text.ID_MESSAGE) String indicatorId,
        @Size(max = 5000) @Pattern(regexp = Text.MULTI_LINE, message = Text.NO_CONTROL_MESSAGE) String methodology,
        @Size(max = 5000) @Pattern(regexp = Text.MULTI_LINE, message = Text.NO_CONTROL_MESSAGE) String measurementBasis,
        @NotBlank @Size(max = 2000) @Pattern(regexp = Text.MULTI_LINE, message = Text.NO_CONTROL_MESSAGE) String reason,
        @NotNull @Valid Source source,
        @Dates.Sane LocalDate effectiveOn) {}
