package org.missionledger.exchange.format;

import java.util.Locale;
import java.util.Optional;
import org.missionledger.common.api.FeatureApi;

/** The syntaxes an import file may have. */
@FeatureApi("a parameter of the importers")
public enum InputFormat {
    YAML,
    JSON,
    /** Readings only, one per row, with the documented header. */
    CSV,
    /** A Popolo JSON file: its memberships become tenures (never chosen from a file name: give it). */
    POPOLO,
    /** An Open SDG indicator CSV: its headline series becomes readings (never chosen from a file name: give it). */
    SDG;

    /** The format a file name's extension implies ({@code .yaml}, {@code .yml}, {@code .json}, {@code .csv}). */
    public static Optional<InputFormat> ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return Optional.of(YAML);
        }
        if (lower.endsWith(".json")) {
            return Optional.of(JSON);
        }
        if (lower.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        return Optional.empty();
    }
}
