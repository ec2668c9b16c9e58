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
 * Declares a new mission of a body.
 *
 * @param missionId a stable identifier chosen by the recorder (or generated)
 * @param body who sets the mission
 * @param title the mission's short title
 * @param statement the mission statement, worded exactly as the body worded it
 * @param policyArea e.g. "energy", "health"
 * @param declaredOn when the body declared it; null when unknown
 * @param horizon the date the mission looks to (e.g. 2030-12-31); null when none stated
 * @param source the document that declared it
 */
public record DeclareMission(
        @TargetAggregateIdentifier @NotNull @Pattern(regexp = Text.ID, message = Text.ID_MESSAGE) String missionId,
        @NotNull @Valid Body body,
        @NotBlank @Size(max = 300) @Pattern(regexp = Text.NO_CONTROL_CHARACTERS, message = Text.NO_CONTROL_MESSAGE)
                String title,
        @NotBlank @Size(max = 5000) @Pattern(regexp = Text.MULTI_LINE, message = Text.NO_CONTROL_MESSAGE)
                String statement,
        @Size(max = 200) @Pattern(regexp = Text.NO_CONTROL_CHARACTERS, message = Text.NO_CONTROL_MESSAGE)
                String policyArea,
        @Dates.Sane LocalDate declaredOn,
        @Dates.Sane LocalDate horizon,
        @NotNull @Valid Source source) {}
