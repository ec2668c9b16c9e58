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
 * Hands a role to a new holder: the current tenure ends the day the new one starts.
 *
 * @param missionId the mission
 * @param tenureId the current tenure
 * @param newTenureId the identifier of the new tenure
 * @param holder the new holder
 * @param effectiveFrom the first day of the new tenure (and the end of the current one)
 * @param reason why
 * @param source evidence
 */
public record ReassignAccountability(
        @TargetAggregateIdentifier @NotNull @Pattern(regexp = Text.ID, message = Text.ID_MESSAGE) String missionId,
        @NotNull @Pattern(regexp = Text.ID, message = Text.ID_MESSAGE) String tenureId,
        @NotNull @Pattern(regexp = Text.ID, message = Text.ID_MESSAGE) String newTenureId,
        @NotNull @Valid Holder holder,
        @NotNull @Dates.Sane LocalDate effectiveFrom,
        @NotBlank @Size(max = 2000) @Pattern(regexp = Text.MULTI_LINE, message = Text.NO_CONTROL_MESSAGE) String reason,
        @NotNull @Valid Source source) {}
