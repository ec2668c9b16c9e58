package org.missionledger.common.command;

import java.util.Locale;

/**
 * Every reason the ledger refuses a well-formed command. The code is stable: clients match on it (it is the last
 * segment of the problem type URI), so never rename one; add new ones instead.
 */
public enum RefusalCode {
    MISSION_ALREADY_DECLARED(Kind.CONFLICT, "Mission already declared"),
    MISSION_CLOSED(Kind.CONFLICT, "Mission is no longer active"),
    SUCCESSOR_IS_SELF(Kind.INVALID, "A mission or target cannot succeed itself"),
    UNKNOWN_SUCCESSOR(Kind.INVALID, "Unknown successor"),
    NOTHING_CHANGED(Kind.INVALID, "Nothing changed"),
    TARGET_ALREADY_SET(Kind.CONFLICT, "Target already set"),
    MISSION_HAS_TARGETS(Kind.CONFLICT, "Mission has active targets"),
    UNKNOWN_TARGET(Kind.NOT_FOUND, "Unknown target"),
    TARGET_ALREADY_DROPPED(Kind.CONFLICT, "Target already dropped"),
    TARGET_NOT_DROPPED(Kind.CONFLICT, "Target is not dropped"),
    TARGET_SUPERSEDED(Kind.CONFLICT, "Target already superseded"),
    TARGET_DROPPED(Kind.CONFLICT, "Target is dropped"),
    DEADLINE_BEFORE_BASELINE(Kind.INVALID, "Deadline before baseline"),
    INCOMPLETE_GOAL(Kind.INVALID, "Incomplete goal"),
    UNKNOWN_INDICATOR(Kind.INVALID, "Unknown indicator"),
    TENURE_ALREADY_EXISTS(Kind.CONFLICT, "Tenure already exists"),
    UNKNOWN_TENURE(Kind.NOT_FOUND, "Unknown tenure"),
    TENURE_ALREADY_ENDED(Kind.CONFLICT, "Tenure already ended"),
    TENURE_ENDS_BEFORE_START(Kind.INVALID, "Tenure cannot end before it starts"),
    REASSIGN_TO_CURRENT_HOLDER(Kind.INVALID, "Reassigning to the current holder"),
    ROLE_TITLE_REQUIRED(Kind.INVALID, "Role title required"),
    UNKNOWN_EVENT(Kind.INVALID, "Unknown event"),
    FIELD_NOT_CORRECTABLE(Kind.INVALID, "Field cannot be corrected"),
    INVALID_CORRECTION(Kind.INVALID, "Invalid corrected value"),
    INDICATOR_ALREADY_DEFINED(Kind.CONFLICT, "Indicator already defined"),
    READING_ALREADY_RECORDED(Kind.CONFLICT, "Reading already recorded for this period"),
    NO_READING_FOR_PERIOD(Kind.INVALID, "No reading for this period"),
    READING_WITHDRAWN(Kind.CONFLICT, "Reading withdrawn"),
    PERIOD_DOES_NOT_MATCH_FREQUENCY(Kind.INVALID, "Period does not match the indicator's frequency"),
    SOURCE_UNCHANGED(Kind.CONFLICT, "The page says what it said at the last observation"),
    SOURCE_URL_MISMATCH(Kind.INVALID, "The URL does not name this source"),
    UNKNOWN_OBSERVATION(Kind.NOT_FOUND, "Unknown observation"),
    NOT_A_CHANGE(Kind.INVALID, "The observation is not a change"),
    SOURCE_CHANGE_ALREADY_RESOLVED(Kind.CONFLICT, "The change is already linked or marked not material");

    /** How a refusal maps to HTTP: conflicts with the record's state, invalid requests, or unknown sub-records. */
    public enum Kind {
        CONFLICT(409),
        INVALID(422),
        NOT_FOUND(404);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;
    private final String title;

    RefusalCode(Kind kind, String title) {
        this.kind = kind;
        this.title = title;
    }

    public Kind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    /** The code as used in problem type URIs, e.g. {@code target-already-dropped}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
