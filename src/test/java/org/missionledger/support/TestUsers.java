package org.missionledger.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The users every test application has, configured as an operator would ({@code {bcrypt}} hashes). {@link Http}
 * signs in as {@link #ADMIN} unless told otherwise.
 */
public final class TestUsers {

    /** A user name with its password and what it is granted. */
    public record User(String name, String password, List<String> roles, List<String> bodies) {}

    public static final User ADMIN = new User("tester", "tester-password", List.of("ADMIN"), List.of("*"));
    public static final User EDITOR = new User("editor", "editor-password", List.of("EDITOR"), List.of());
    public static final User UK_RECORDER =
            new User("uk-recorder", "uk-recorder-password", List.of("RECORDER"), List.of("uk-government"));
    public static final User CAMDEN_RECORDER =
            new User("camden-recorder", "camden-recorder-password", List.of("RECORDER"), List.of("camden"));
    public static final User READER = new User("reader", "reader-password", List.of(), List.of());

    public static final List<User> ALL = List.of(ADMIN, EDITOR, UK_RECORDER, CAMDEN_RECORDER, READER);

    private static final Map<String, Object> PROPERTIES = build();

    private TestUsers() {}

    public static Map<String, Object> properties() {
        return PROPERTIES;
    }

    /** The same users as command-line arguments ({@code --missionledger.security.users[0].name=…}). */
    public static String[] arguments() {
        return PROPERTIES.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
    }

    private static Map<String, Object> build() {
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        Map<String, Object> properties = new HashMap<>();
        for (int i = 0; i < ALL.size(); i++) {
            User user = ALL.get(i);
            String prefix = "missionledger.security.users[" + i + "].";
            properties.put(prefix + "name", user.name());
            properties.put(prefix + "password", "{bcrypt}" + bcrypt.encode(user.password()));
            for (int r = 0; r < user.roles().size(); r++) {
                properties.put(prefix + "roles[" + r + "]", user.roles().get(r));
            }
            for (int b = 0; b < user.bodies().size(); b++) {
                properties.put(prefix + "bodies[" + b + "]", user.bodies().get(b));
            }
        }
        return Map.copyOf(new HashMap<>(properties));
    }
}
