package org.missionledger.mission.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.missionledger.common.api.Text;

/**
 * Who sets a mission.
 *
 * @param id a stable slug, e.g. {@code uk-government}; recorders are granted rights per body id
 * @param name the display name
 * @param kind what sort of body it is
 */
public record Body(
        @NotNull @Pattern(regexp = Text.ID, message = Text.ID_MESSAGE) String id,
        @NotBlank @Size(max = 200) @Pattern(regexp = Text.NO_CONTROL_CHARACTERS, message = Text.NO_CONTROL_MESSAGE)
                String name,
        @NotNull BodyKind kind) {}
