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
 * Sets a new target under a mission.
 *
 * @param missionId the mission
 * @param targetId a stable identifier for the target
 * @param terms what it commits to
 * @param source the document that set it
 * @param effectiveOn when it was set (null = when recorded)
 */
public record SetTarget(
        @TargetAggregateIdentifier @NotNull @Pattern(regexp = Text.ID, message = Text.ID_MESSAGE) String missionId,
        @NotNull @Pattern(regexp = Text.ID, message = Text.ID_MESSAGE) String targetId,
        @NotNull @Valid TargetTerms terms,
        @NotNull @Valid Source source,
        @Dates.Sane LocalDate effectiveOn) {}
