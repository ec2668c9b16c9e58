package org.missionledger.source.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.missionledger.common.api.Text;

/**
 * A recorder links an observed change of a cited page to the alteration that records it.
 *
 * @param sourceId the source
 * @param observation the observation that saw the change
 * @param changeNumber the alteration's number (as on {@code /changes/{number}})
 * @param alterationEventId the event that recorded the alteration (filled in from the number)
 * @param missionId the alteration's mission, if any (filled in from the number)
 * @param note optional words on the link
 */
public record LinkSourceChange(
        @TargetAggregateIdentifier @NotNull @Pattern(regexp = SourceIds.PATTERN, message = "must be a source id")
                String sourceId,
        @Min(1) int observation,
        @Min(value = 1, message = "must be the number of a recorded change") long changeNumber,
        @NotBlank @Size(max = 100) String alterationEventId,
        @Size(max = 80) String missionId,
        @Size(max = 2000) @Pattern(regexp = Text.MULTI_LINE, message = Text.NO_CONTROL_MESSAGE) String note) {}
