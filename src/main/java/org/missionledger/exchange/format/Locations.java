package org.missionledger.exchange.format;

import java.util.HashMap;
import java.util.Map;

/** Where each value of a parsed part of an import file starts: JSON path to 1-based line. */
public final class Locations {

    private final Map<String, Integer> lines = new HashMap<>();
    private Integer fallback;

    void put(String path, int line) {
        lines.putIfAbsent(path, line);
    }

    /** The line of {@code path}, or of its nearest ancestor that has one; null if none is known. */
    public Integer lineOf(String path) {
        for (String p = path; p != null; p = JsonPaths.parent(p)) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
        }
        return fallback;
    }

    /** Everything on one line (a CSV row). */
    public static Locations constant(int line) {
        Locations locations = new Locations();
        locations.fallback = line;
        return locations;
    }

    public static Locations of(String path, int line) {
        Locations locations = new Locations();
        locations.put(path, line);
        return locations;
    }
}
