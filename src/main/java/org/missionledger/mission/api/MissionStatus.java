package org.missionledger.mission.api;

/** The life of a mission: active until achieved, dropped or superseded; those three are final. */
public enum MissionStatus {
    ACTIVE,
    ACHIEVED,
    DROPPED,
    SUPERSEDED
}
