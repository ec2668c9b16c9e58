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
 * @param jurisdiction the country or territory whose public the body answers to, as an ISO 3166-1 alpha-2 code
 *     ({@code GB}) or an ISO 3166-2 subdivision code ({@code GB-CMD} for Camden); absent for international bodies and
 *     when not recorded (events recorded before this field existed have none)
 * @param level the level of government it works at; when absent, derived from {@code kind} ({@link
 *     GovernmentLevel#of(BodyKind)})
 * @param fictional an illustrative, made-up body (e.g. the illustrative ledger's Exampleshire): every page, API item,
 *     CSV row and feed entry of its missions says "fictional example"; absent (as in a request or a revision-1 event)
 *     means a real body
 */
public record Body(
        @NotNull @Pattern(regexp = Text.ID, message = Text.ID_MESSAGE) String id,
        @NotBlank @Size(max = 200) @Pattern(regexp = Text.NO_CONTROL_CHARACTERS, message = Text.NO_CONTROL_MESSAGE)
                String name,
        @NotNull BodyKind kind,
        @Pattern(regexp = JURISDICTION, message = JURISDICTION_MESSAGE) String jurisdiction,
        GovernmentLevel level,
        Boolean fictional) {

    /** ISO 3166-1 alpha-2, optionally with an ISO 3166-2 subdivision: {@code GB}, {@code GB-CMD}, {@code US-CA}. */
    public static final String JURISDICTION = "[A-Z]{2}(-[A-Z0-9]{1,3})?";

    public static final String JURISDICTION_MESSAGE =
            "must be an ISO 3166 code: a country (GB) or a subdivision (GB-CMD)";

    public Body {
        if (level == null) {
            level = GovernmentLevel.of(kind);
        }
        fictional = Boolean.TRUE.equals(fictional);
    }

    /** A real body with no recorded jurisdiction, at the level its kind implies. */
    public Body(String id, String name, BodyKind kind) {
        this(id, name, kind, null, null, false);
    }

    /** A real body. */
    public Body(String id, String name, BodyKind kind, String jurisdiction, GovernmentLevel level) {
        this(id, name, kind, jurisdiction, level, false);
    }

    /** A body with no recorded jurisdiction, real or fictional. */
    public Body(String id, String name, BodyKind kind, Boolean fictional) {
        this(id, name, kind, null, null, fictional);
    }

    /** The same body under another name (a correction of the record). */
    public Body withName(String otherName) {
        return new Body(id, otherName, kind, jurisdiction, level, fictional);
    }

    /** The same body in another jurisdiction (a correction of the record). */
    public Body withJurisdiction(String otherJurisdiction) {
        return new Body(id, name, kind, otherJurisdiction, level, fictional);
    }

    /** The same body at another level (a correction of the record). */
    public Body withLevel(GovernmentLevel otherLevel) {
        return new Body(id, name, kind, jurisdiction, otherLevel, fictional);
    }

    /** The country part of the jurisdiction ({@code GB} of {@code GB-CMD}), or null. */
    public String country() {
        return jurisdiction == null ? null : jurisdiction.substring(0, 2);
    }
}
