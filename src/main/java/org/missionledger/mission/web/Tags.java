package org.missionledger.mission.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;
import org.missionledger.common.api.AlterationKind;
import org.missionledger.mission.api.AccountableRole;
import org.missionledger.mission.api.AlterationView;
import org.missionledger.mission.api.ProgressStatus;
import org.missionledger.mission.api.RoleKind;
import org.missionledger.platform.pages.Format;

/** How pages show statuses and changed values: GOV.UK tag colours, and which fields are diffed word by word. */
public final class Tags {

    private static final Set<String> TEXT_FIELDS =
            Set.of("wording", "statement", "title", "measurementBasis", "geography", "methodology", "name");
    private static final Set<String> ENUM_FIELDS = Set.of("comparator", "status", "kind", "frequency");

    private Tags() {}

    /** The tag class of a progress status: green when met or on track, through yellow and orange, to red. */
    public static String progress(ProgressStatus status) {
        if (status == null) {
            return "govuk-tag--grey";
        }
        return switch (status) {
            case ACHIEVED, ON_TRACK -> "govuk-tag--green";
            case ACCELERATION_NEEDED -> "govuk-tag--yellow";
            case LIMITED_PROGRESS -> "govuk-tag--orange";
            case DETERIORATION, DEADLINE_PASSED -> "govuk-tag--red";
            case DATA_OVERDUE, OUTCOME_NOT_REPORTED -> "govuk-tag--purple";
            case NO_DATA_YET, UNABLE_TO_ASSESS -> "govuk-tag--grey";
        };
    }

    /** The tag class of an alteration kind: red for drops, orange for weakening, yellow for postponement, … */
    public static String kind(AlterationKind kind) {
        return switch (kind) {
            case DROPPED -> "govuk-tag--red";
            case WEAKENED -> "govuk-tag--orange";
            case POSTPONED -> "govuk-tag--yellow";
            case METRIC_CHANGED -> "govuk-tag--purple";
            case STRENGTHENED, BROUGHT_FORWARD, ACHIEVED -> "govuk-tag--green";
            case REWORDED -> "govuk-tag--blue";
            case RESCOPED, REBASED -> "govuk-tag--pink";
            case REINSTATED -> "govuk-tag--turquoise";
            case SUPERSEDED -> "govuk-tag--grey";
        };
    }

    /** The tag class of a mission's or target's life: active, achieved, dropped, superseded. */
    public static String lifecycle(Object status) {
        return switch (String.valueOf(status)) {
            case "ACTIVE" -> "govuk-tag--blue";
            case "ACHIEVED" -> "govuk-tag--green";
            case "DROPPED" -> "govuk-tag--red";
            default -> "govuk-tag--grey";
        };
    }

    /** A one-line title of an alteration, as in the Atom feed ("UK Government: target x of 'Mission' weakened"). */
    public static String changeTitle(AlterationView alteration) {
        return ChangesFeed.title(alteration);
    }

    /** A role in words: its own title for "other" roles, else its kind (with its refinement, if any). */
    public static String role(AccountableRole role) {
        if (role == null) {
            return "";
        }
        if (role.kind() == RoleKind.OTHER && role.title() != null) {
            return role.title();
        }
        return Format.words(role.kind()) + (role.title() == null ? "" : " (" + role.title() + ")");
    }

    /** Whether a changed field is prose, shown as a word-level diff. */
    public static boolean isText(String field) {
        return TEXT_FIELDS.contains(field);
    }

    /** A changed value for display: enum codes in words, ISO dates as dates, anything else as recorded. */
    public static String value(String field, String value) {
        if (value == null) {
            return "";
        }
        if (ENUM_FIELDS.contains(field)) {
            return Format.words(value);
        }
        if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
            try {
                return Format.date(LocalDate.parse(value));
            } catch (DateTimeException e) {
                return value;
            }
        }
        return value;
    }
}
