package org.missionledger.mission.api;

import org.missionledger.common.api.RefusalCode;

/** Why the ledger refuses a mission, target or accountability command (codes stable: see {@link RefusalCode}). */
public enum MissionRefusal implements RefusalCode {
    MISSION_ALREADY_DECLARED(Kind.CONFLICT, "Mission already declared"),
    MISSION_CLOSED(Kind.CONFLICT, "Mission is no longer active"),
    SUCCESSOR_IS_SELF(Kind.INVALID, "A mission or target cannot succeed itself"),
    UNKNOWN_SUCCESSOR(Kind.INVALID, "Unknown successor"),
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
    ROLE_TITLE_REQUIRED(Kind.INVALID, "Role title required");

    private final Kind kind;
    private final String title;

    MissionRefusal(Kind kind, String title) {
        this.kind = kind;
        this.title = title;
    }

    @Override
    public Kind kind() {
        return kind;
    }

    @Override
    public String title() {
        return title;
    }
}
