package org.missionledger.source.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.missionledger.common.api.Text;

/**
 * A recorder marks an observed change of a cited page as not material (a new cookie banner, a moved menu), with the
 * reason.
 *
 * @param sourceId the source
 * @param observation the observation that saw the change
 * @param reason why it does not change what the page evidences
 */
public record DismissSourceChange(
        @TargetAggregateIdentifier @NotNull @Pattern(regexp = SourceIds.PATTERN, message = "must be a source id")
                String sourceId,
        @Min(1) int observation,
        @NotBlank @Size(max = 2000) @Pattern(regexp = Text.MULTI_LINE, message = Text.NO_CONTROL_MESSAGE)
                String reason) {}
