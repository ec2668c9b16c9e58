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
 * Records a sourced note on a mission that changes nothing the body committed to: e.g. that its sources publish no
 * measurable target, or that an opposition announced it would replace the mission (an intent, not a drop).
 *
 * @param missionId the mission
 * @param kind what the note records
 * @param note the note, quoting the source where it can
 * @param source evidence
 * @param effectiveOn when it became true (null = when recorded, or unknown when the command is marked so)
 */
public record NoteMission(
        @TargetAggregateIdentifier @NotNull @Pattern(regexp = Text.ID, message = Text.ID_MESSAGE) String missionId,
        @NotNull NoteKind kind,
        @NotBlank @Size(max = 2000) @Pattern(regexp = Text.MULTI_LINE, message = Text.NO_CONTROL_MESSAGE) String note,
        @NotNull @Valid Source source,
        @Dates.Sane LocalDate effectiveOn) {}
