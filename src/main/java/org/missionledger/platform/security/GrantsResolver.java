package org.missionledger.platform.security;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Reads roles ({@code ROLE_…}) and body grants ({@code BODY_…}) from an authentication, however it was made. */
public final class GrantsResolver {

    public static final String BODY_PREFIX = "BODY_";

    private GrantsResolver() {}

    public static boolean isSignedIn(Authentication authentication) {
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    public static Grants of(Authentication authentication) {
        if (!isSignedIn(authentication)) {
            return Grants.NONE;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<String> bodies = new HashSet<>();
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name.startsWith("ROLE_")) {
                try {
                    roles.add(Role.valueOf(name.substring(5)));
                } catch (IllegalArgumentException ignored) {
                    // a role this product does not know grants nothing
                }
            } else if (name.startsWith(BODY_PREFIX)) {
                bodies.add(name.substring(BODY_PREFIX.length()));
            }
        }
        return new Grants(roles, bodies);
    }
}
