package org.missionledger.platform.axon;

import java.util.function.Supplier;

/**
 * Who is recording right now. Every command is stamped with this actor at dispatch, and every event inherits it; it
 * never comes from a request body or header.
 *
 * <p>Trusted work that runs outside a request (the demo loader, the command line working on the store directly)
 * declares its actor with {@link #runAs(String, Supplier)}: it records with all grants, so never call it on behalf of a
 * signed-in user (their own grants apply to what they dispatch).
 */
public interface CurrentActor {

    /** The actor's name, e.g. a user name or {@code system:demo-loader}. */
    String name();

    /** What the actor may record. */
    org.missionledger.platform.security.Grants grants();

    /** Runs {@code work} on this thread as {@code actor}. */
    static <T> T runAs(String actor, Supplier<T> work) {
        String previous = ActorOverride.CURRENT.get();
        ActorOverride.CURRENT.set(actor);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                ActorOverride.CURRENT.remove();
            } else {
                ActorOverride.CURRENT.set(previous);
            }
        }
    }

    /** The actor declared on this thread with {@link #runAs}, if any. */
    static String overridden() {
        return ActorOverride.CURRENT.get();
    }

    /** Holder of the thread-bound override. */
    final class ActorOverride {
        private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

        private ActorOverride() {}
    }
}
