package org.missionledger.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the current actor may record: roles and the bodies they may record for ({@code *} = every body). Travels with a
 * command as metadata (never copied into events) so the command handlers' entry point can enforce it.
 *
 * @param roles the actor's roles
 * @param bodies body ids the actor may record for; {@code *} for all
 */
public record Grants(Set<Role> roles, Set<String> bodies) {

    public static final String ALL_BODIES = "*";

    /** Nothing at all: an anonymous caller. */
    public static final Grants NONE = new Grants(Set.of(), Set.of());

    /** Trusted work run by the system itself (the demo loader, the command line on the store). */
    public static final Grants SYSTEM = new Grants(EnumSet.allOf(Role.class), Set.of(ALL_BODIES));

    public Grants {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        bodies = Set.copyOf(bodies);
    }

    public boolean has(Role role) {
        return roles.stream().anyMatch(r -> r.includes(role));
    }

    /** Whether the actor may record for this body: an editor or admin for any body, a recorder for granted ones. */
    public boolean mayRecordFor(String bodyId) {
        return has(Role.EDITOR) || (has(Role.RECORDER) && (bodies.contains(ALL_BODIES) || bodies.contains(bodyId)));
    }

    /** The compact metadata form, e.g. {@code RECORDER|camden,islington}. */
    public String encode() {
        return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(",")) + "|"
                + bodies.stream().sorted().collect(Collectors.joining(","));
    }

    public static Grants decode(String encoded) {
        if (encoded == null || !encoded.contains("|")) {
            return NONE;
        }
        String[] parts = encoded.split("\\|", -1);
        Set<Role> roles = parts[0].isEmpty()
                ? Set.of()
                : List.of(parts[0].split(",")).stream().map(Role::valueOf).collect(Collectors.toSet());
        Set<String> bodies = parts[1].isEmpty() ? Set.of() : Set.of(parts[1].split(","));
        return new Grants(roles, bodies);
    }

    public static Grants of(Collection<Role> roles, Collection<String> bodies) {
        return new Grants(Set.copyOf(roles), Set.copyOf(bodies));
    }
}
