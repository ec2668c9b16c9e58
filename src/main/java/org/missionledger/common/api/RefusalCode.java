package org.missionledger.common.api;

import java.util.Locale;

/**
 * A reason the ledger refuses a well-formed command. Each feature lists its own in an enum in its {@code api} package
 * ({@code MissionRefusal}, {@code IndicatorRefusal}, {@code SourceRefusal}); the ones every feature's corrections share
 * are {@link CommonRefusal}. The code is stable: clients match on it (it is the last segment of the problem type URI),
 * so never rename one; add new ones instead. The platform checks at start that no two features use the same code.
 */
public interface RefusalCode {

    /** The constant's name, e.g. {@code TARGET_ALREADY_DROPPED} (enums implement it). */
    String name();

    Kind kind();

    /** The problem detail's title. */
    String title();

    /** The code as used in problem type URIs, e.g. {@code target-already-dropped}. */
    default String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** How a refusal maps to HTTP: conflicts with the record's state, invalid requests, or unknown sub-records. */
    enum Kind {
        CONFLICT(409),
        INVALID(422),
        NOT_FOUND(404);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }
}
