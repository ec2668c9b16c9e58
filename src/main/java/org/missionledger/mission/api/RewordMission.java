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
 * Records that the body reworded a mission (title and/or statement).
 *
 * @param missionId the mission
 * @param title the new title, or null to keep it
 * @param statement the new statement, or null to keep it
 * @param reason why it changed, as stated by the body or observed
 * @param source the document that evidences the new wording
 * @param effectiveOn when the change took effect (null = when recorded)
 */
public record RewordMission(
        @TargetAggregateIdentifier @NotNull @Pattern(regexp = Text.ID, message = Text.ID_MESSAGE) String missionId,
        @Size(min = 1, max = 300) @Pattern(regexp = Text.NO_CONTROL_CHARACTERS, message = Text.NO_CONTROL_MESSAGE)
                String title,
        @Size(min = 1, max = 5000) @Pattern(regexp = Text.MULTI_LINE, message = Text.NO_CONTROL_MESSAGE)
                String statement,
        @NotBlank @Size(max = 2000) @Pattern(regexp = Text.MULTI_LINE, message = Text.NO_CONTROL_MESSAGE) String reason,
        @NotNull @Valid Source source,
        @Dates.Sane LocalDate effectiveOn) {}
