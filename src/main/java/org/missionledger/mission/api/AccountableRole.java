package org.missionledger.mission.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.missionledger.common.api.Text;

/**
 * A role that makes someone accountable.
 *
 * @param kind the kind of role
 * @param title the role's own title; required for {@link RoleKind#OTHER}, optional refinement otherwise
 */
public record AccountableRole(
        @NotNull RoleKind kind,
        @Size(max = 200) @Pattern(regexp = Text.NO_CONTROL_CHARACTERS, message = Text.NO_CONTROL_MESSAGE)
                String title) {}
