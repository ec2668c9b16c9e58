package org.missionledger.platform.security;

/**
 * What a signed-in user may do. Roles are ordered: an ADMIN is also an EDITOR, an EDITOR also a RECORDER.
 *
 * <ul>
 *   <li>{@code RECORDER}: records missions, targets and accountability for the bodies they are granted, and indicators;
 *   <li>{@code EDITOR}: also records corrections of recording mistakes, for any body;
 *   <li>{@code ADMIN}: also runs replays, consistency checks and key operations.
 * </ul>
 */
public enum Role {
    RECORDER,
    EDITOR,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Whether holding this role includes {@code other}. */
    public boolean includes(Role other) {
        return ordinal() >= other.ordinal();
    }
}
