package org.missionledger.mission.api;

/**
 * The level of government a body works at, for filtering: what a journalist means by "national", "local" or
 * "international" missions. Derived from the {@link BodyKind} unless recorded (see {@link #of(BodyKind)}).
 */
public enum GovernmentLevel {
    INTERNATIONAL,
    NATIONAL,
    REGIONAL,
    LOCAL;

    /**
     * The level a kind of body works at when none is recorded: national governments and political parties (which set
     * missions for a national government) national, devolved governments regional, local authorities local,
     * international organisations international; {@code OTHER} has none.
     */
    public static GovernmentLevel of(BodyKind kind) {
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case NATIONAL_GOVERNMENT, POLITICAL_PARTY -> NATIONAL;
            case DEVOLVED_GOVERNMENT -> REGIONAL;
            case LOCAL_AUTHORITY -> LOCAL;
            case INTERNATIONAL_ORGANISATION -> INTERNATIONAL;
            case OTHER -> null;
        };
    }
}
