package org.missionledger.mission.api;

/** The usual accountable roles; {@link #OTHER} takes a free-text title. */
public enum RoleKind {
    LEAD_MINISTER,
    SENIOR_RESPONSIBLE_OWNER,
    PERMANENT_SECRETARY,
    TASK_FORCE_LEAD,
    OTHER
}
