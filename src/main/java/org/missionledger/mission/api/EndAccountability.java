package org.missionledger.mission.api;

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
 * Ends a tenure.
 *
 * @param missionId the mission
 * @param tenureId the tenure
 * @param effectiveTo the day the tenure ended (the holder is no longer accountable from this day)
 * @param reason why
 * @param source evidence
 */
public record EndAccountability(
        @TargetAggregateIdentifier @NotNull @Pattern(regexp = Text.ID, message = Text.ID_MESSAGE) String missionId,
        @NotNull @Pattern(regexp = Text.ID, message = Text.ID_MESSAGE) String tenureId,
        @NotNull @Dates.Sane LocalDate effectiveTo,
        @NotBlank @Size(max = 2000) @Pattern(regexp = Text.MULTI_LINE, message = Text.NO_CONTROL_MESSAGE) String reason,
        @NotNull @Valid Source source) {}
