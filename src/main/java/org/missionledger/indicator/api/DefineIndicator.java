package org.missionledger.indicator.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.missionledger.common.api.Source;
import org.missionledger.common.api.Text;

/**
 * Defines a statistical series that measures targets.
 *
 * @param indicatorId a stable identifier (e.g. "sdg-1-1-1")
 * @param name the series' name
 * @param unit unit of every reading
 * @param publisher who publishes it
 * @param methodology how it is compiled
 * @param measurementBasis what exactly is measured (e.g. poverty line, price base)
 * @param frequency how often it is published
 * @param seriesCode the publisher's code for the series, if any
 * @param source where it is defined
 */
public record DefineIndicator(
        @TargetAggregateIdentifier @NotNull @Pattern(regexp = Text.ID, message = Text.ID_MESSAGE) String indicatorId,
        @NotBlank @Size(max = 300) @Pattern(regexp = Text.NO_CONTROL_CHARACTERS, message = Text.NO_CONTROL_MESSAGE)
                String name,
        @NotBlank @Size(max = 50) @Pattern(regexp = Text.NO_CONTROL_CHARACTERS, message = Text.NO_CONTROL_MESSAGE)
                String unit,
        @NotBlank @Size(max = 200) @Pattern(regexp = Text.NO_CONTROL_CHARACTERS, message = Text.NO_CONTROL_MESSAGE)
                String publisher,
        @Size(max = 5000) @Pattern(regexp = Text.MULTI_LINE, message = Text.NO_CONTROL_MESSAGE) String methodology,
        @Size(max = 5000) @Pattern(regexp = Text.MULTI_LINE, message = Text.NO_CONTROL_MESSAGE) String measurementBasis,
        @NotNull Frequency frequency,
        @Size(max = 200) @Pattern(regexp = Text.NO_CONTROL_CHARACTERS, message = Text.NO_CONTROL_MESSAGE)
                String seriesCode,
        @NotNull @Valid Source source) {}
