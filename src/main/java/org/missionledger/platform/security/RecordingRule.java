package org.missionledger.platform.security;

import java.util.Optional;
import java.util.function.Function;

/**
 * Who may record one type of command: a feature declares one per command it handles (its {@code FeatureRegistration});
 * the {@link RecordingPolicy} applies it where commands are handled. A rule throws {@link RecordingNotPermitted}.
 *
 * @param <C> the command type
 */
@FunctionalInterface
public interface RecordingRule<C> {

    void check(C command, String actor, Grants grants);

    /** Anyone holding {@code role}; refused as "{@code actor} may not {@code action} ({@code role} role needed)." */
    static <C> RecordingRule<C> requires(Role role, String action) {
        return (command, actor, grants) ->
                require(grants.has(role), actor + " may not " + action + " (" + role + " role needed).");
    }

    /**
     * A RECORDER granted the body the command records for. When no body is known (e.g. the mission named does not
     * exist), nothing is checked here: the command handler refuses it.
     */
    static <C> RecordingRule<C> forBody(Function<? super C, Optional<String>> bodyOf) {
        return (command, actor, grants) -> bodyOf.apply(command).ifPresent(body -> {
            require(grants.has(Role.RECORDER), actor + " may not record (RECORDER role needed).");
            require(grants.mayRecordFor(body), actor + " may not record for the body '" + body + "'.");
        });
    }

    /** ADMIN only: what every command no feature declared a rule for gets, too. */
    static <C> RecordingRule<C> adminOnly() {
        return (command, actor, grants) -> require(
                grants.has(Role.ADMIN),
                actor + " may not send " + command.getClass().getSimpleName() + ".");
    }

    private static void require(boolean condition, String detail) {
        if (!condition) {
            throw new RecordingNotPermitted(detail);
        }
    }
}
