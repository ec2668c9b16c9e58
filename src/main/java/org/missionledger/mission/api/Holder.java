package org.missionledger.mission.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.missionledger.common.api.Text;

/**
 * A named person in a post.
 *
 * @param name the person's name as published
 * @param post the post they held (e.g. "Secretary of State for Energy Security and Net Zero")
 */
public record Holder(
        @NotBlank @Size(max = 200) @Pattern(regexp = Text.NO_CONTROL_CHARACTERS, message = Text.NO_CONTROL_MESSAGE)
                String name,
        @Size(max = 300) @Pattern(regexp = Text.NO_CONTROL_CHARACTERS, message = Text.NO_CONTROL_MESSAGE)
                String post) {}
