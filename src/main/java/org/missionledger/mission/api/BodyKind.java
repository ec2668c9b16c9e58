package org.missionledger.mission.api;

/** The sorts of body that set missions. */
public enum BodyKind {
    NATIONAL_GOVERNMENT,
    DEVOLVED_GOVERNMENT,
    LOCAL_AUTHORITY,
    POLITICAL_PARTY,
    INTERNATIONAL_ORGANISATION,
    OTHER
}
