package org.missionledger.mission.api;

/** The life of a target: a dropped target may be reinstated; a superseded one is final. */
public enum TargetStatus {
    ACTIVE,
    DROPPED,
    SUPERSEDED
}
