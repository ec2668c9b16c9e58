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
 * @param fictional an illustrative, made-up body (e.g. the illustrative ledger's Exampleshire): every page, API item,
 *     CSV row and feed entry of its missions says "fictional example"
 */
public record Body(
        @NotNull @Pattern(regexp = Text.ID, message = Text.ID_MESSAGE) String id,
        @NotBlank @Size(max = 200) @Pattern(regexp = Text.NO_CONTROL_CHARACTERS, message = Text.NO_CONTROL_MESSAGE)
                String name,
        @NotNull BodyKind kind,
        Boolean fictional) {

    /** Absent (as in a request or a revision-1 event) means a real body. */
    public Body {
        fictional = Boolean.TRUE.equals(fictional);
    }

    /** A real body. */
    public Body(String id, String name, BodyKind kind) {
        this(id, name, kind, false);
    }
}
