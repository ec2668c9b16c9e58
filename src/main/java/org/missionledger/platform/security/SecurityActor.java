package org.missionledger.platform.security;

import org.missionledger.platform.axon.CurrentActor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The actor is the authenticated principal (or trusted system work declared with {@link CurrentActor#runAs}). */
final class SecurityActor implements CurrentActor {

    static final String ANONYMOUS = "anonymous";

    @Override
    public String name() {
        String overridden = CurrentActor.overridden();
        if (overridden != null) {
            return overridden;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return GrantsResolver.isSignedIn(authentication) ? authentication.getName() : ANONYMOUS;
    }

    @Override
    public Grants grants() {
        if (CurrentActor.overridden() != null) {
            return Grants.SYSTEM;
        }
        return GrantsResolver.of(SecurityContextHolder.getContext().getAuthentication());
    }
}
