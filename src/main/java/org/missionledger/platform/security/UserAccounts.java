package org.missionledger.platform.security;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.missionledger.platform.store.LedgerStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The users of the embedded default: those configured under {@code missionledger.security.users} (with {@code
 * {bcrypt}} hashes) and, when none are configured, an {@code admin} created on first start whose random password is
 * printed once to the console and whose hash alone is kept (in the {@code users} collection).
 */
public class UserAccounts implements UserDetailsService {

    private static final Logger log = LoggerFactory.getLogger(UserAccounts.class);
    static final String BOOTSTRAP_ADMIN = "admin";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final Map<String, SecurityProperties.User> configured = new HashMap<>();
    private final MongoCollection<Document> stored;
    private final PasswordEncoder encoder;
    private volatile LocalOperator localOperator;

    public UserAccounts(SecurityProperties properties, LedgerStore store, PasswordEncoder encoder) {
        this.stored = store.database().getCollection("users");
        this.encoder = encoder;
        for (SecurityProperties.User user : properties.users()) {
            if (user.name() == null || user.name().isBlank()) {
                throw new IllegalStateException("A configured user has no name");
            }
            if (user.password() == null || !user.password().matches("\\{(bcrypt|argon2|pbkdf2|scrypt)[^}]*}.+")) {
                throw new IllegalStateException("The password of user '" + user.name()
                        + "' must be a hash with its encoder id, e.g. {bcrypt}$2a$10$...; plain text is refused");
            }
            configured.put(user.name(), user);
        }
    }

    /** Creates the bootstrap admin if no user exists anywhere; returns its password (shown once), or null. */
    public String bootstrapIfEmpty() {
        if (!configured.isEmpty() || stored.countDocuments() > 0) {
            return null;
        }
        String password = randomPassword();
        stored.insertOne(new Document("_id", BOOTSTRAP_ADMIN)
                .append("password", encoder.encode(password))
                .append("roles", List.of(Role.ADMIN.name()))
                .append("bodies", List.of(Grants.ALL_BODIES)));
        log.warn(
                "No users were configured: created user '{}' with a random password (printed once on the console; "
                        + "only its hash is stored). Configure missionledger.security.users for real deployments.",
                BOOTSTRAP_ADMIN);
        return password;
    }

    /** Lets the local operator (the command line on this machine, see {@link LocalOperator}) sign in. */
    public void allow(LocalOperator operator) {
        this.localOperator = operator;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        LocalOperator operator = localOperator;
        if (operator != null && LocalOperator.NAME.equals(username)) {
            return details(LocalOperator.NAME, operator.hash(), List.of(Role.ADMIN), List.of(Grants.ALL_BODIES));
        }
        SecurityProperties.User user = configured.get(username);
        if (user != null) {
            return details(user.name(), user.password(), user.roles(), user.bodies());
        }
        Document document = stored.find(eq("_id", username)).first();
        if (document == null) {
            throw new UsernameNotFoundException("No such user");
        }
        List<Role> roles = document.getList("roles", String.class).stream()
                .map(Role::valueOf)
                .toList();
        return details(username, document.getString("password"), roles, document.getList("bodies", String.class));
    }

    private static UserDetails details(String name, String password, List<Role> roles, List<String> bodies) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        bodies.forEach(body -> authorities.add(new SimpleGrantedAuthority(GrantsResolver.BODY_PREFIX + body)));
        return User.withUsername(name)
                .password(password)
                .authorities(authorities)
                .build();
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
