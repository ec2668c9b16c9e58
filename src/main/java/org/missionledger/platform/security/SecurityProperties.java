package org.missionledger.platform.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may do what.
 *
 * @param readRequiresSignIn when true, reading (pages and GET API) also needs a signed-in user
 * @param users users of the embedded default, with {@code {bcrypt}} password hashes
 * @param jwt how roles and bodies are read from an OAuth2/OIDC access token (production)
 * @param maxRequestBytes the largest request body accepted on the API (larger: 413)
 */
@ConfigurationProperties("missionledger.security")
public record SecurityProperties(Boolean readRequiresSignIn, List<User> users, Jwt jwt, Long maxRequestBytes) {

    public SecurityProperties {
        readRequiresSignIn = readRequiresSignIn != null && readRequiresSignIn;
        users = users == null ? List.of() : List.copyOf(users);
        jwt = jwt == null ? new Jwt(null, null) : jwt;
        maxRequestBytes = maxRequestBytes == null ? 1_048_576L : maxRequestBytes;
    }

    /**
     * A configured user.
     *
     * @param name the user name (recorded as the actor of their events)
     * @param password a password hash with its encoder id, e.g. {@code {bcrypt}$2a$10$…}; plain text is refused
     * @param roles RECORDER, EDITOR and/or ADMIN
     * @param bodies body ids a recorder may record for; {@code *} for all
     */
    public record User(String name, String password, List<Role> roles, List<String> bodies) {
        public User {
            roles = roles == null ? List.of() : List.copyOf(roles);
            bodies = bodies == null ? List.of() : List.copyOf(bodies);
        }

        @Override
        public String toString() {
            return "User[name=" + name + ", roles=" + roles + ", bodies=" + bodies + "]";
        }
    }

    /**
     * @param rolesClaim the claim holding role names (default {@code roles})
     * @param bodiesClaim the claim holding body ids (default {@code bodies})
     */
    public record Jwt(String rolesClaim, String bodiesClaim) {
        public Jwt {
            rolesClaim = rolesClaim == null ? "roles" : rolesClaim;
            bodiesClaim = bodiesClaim == null ? "bodies" : bodiesClaim;
        }
    }
}
