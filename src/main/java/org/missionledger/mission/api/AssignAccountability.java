package org.missionledger.mission.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.missionledger.common.api.Dates;
import org.missionledger.common.api.Source;
import org.missionledger.common.api.Text;

/**
 * Makes a named person in a post accountable for the mission or one of its targets.
 *
 * @param missionId the mission
 * @param tenureId a stable identifier for this tenure
 * @param targetId the target, or null for the mission itself
 * @param role the role
 * @param holder who holds it, in which post
 * @param effectiveFrom first day of the tenure
 * @param source evidence
 */
public record AssignAccountability(
        @TargetAggregateIdentifier @NotNull @Pattern(regexp = Text.ID, message = Text.ID_MESSAGE) String missionId,
        @NotNull @Pattern(regexp = Text.ID, message = Text.ID_MESSAGE) String tenureId,
        @Pattern(regexp = Text.ID, message = Text.ID_MESSAGE) String targetId,
        @NotNull @Valid AccountableRole role,
        @NotNull @Valid Holder holder,
        @NotNull @Dates.Sane LocalDate effectiveFrom,
        @NotNull @Valid Source source) {}
