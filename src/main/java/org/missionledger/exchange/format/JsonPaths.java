package org.missionledger.exchange.format;

import java.util.regex.Pattern;

/** JSON paths as reported in import problems: {@code $.missions[2].history[0].setTarget.terms.deadline}. */
public final class JsonPaths {

    public static final String ROOT = "$";

    private static final Pattern SIMPLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private JsonPaths() {}

    public static String field(String parent, String name) {
        if (SIMPLE.matcher(name).matches()) {
            return parent + "." + name;
        }
        return parent + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    public static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** A dotted property path (e.g. {@code terms.deadline}, as Bean Validation reports it) below {@code parent}. */
    public static String property(String parent, String dotted) {
        String path = parent;
        if (dotted == null || dotted.isEmpty()) {
            return path;
        }
        for (String part : dotted.split("\\.")) {
            int bracket = part.indexOf('[');
            if (bracket >= 0) {
                path = field(path, part.substring(0, bracket)) + part.substring(bracket);
            } else {
                path = field(path, part);
            }
        }
        return path;
    }

    /** The path one step up, or null at the root. */
    public static String parent(String path) {
        if (path == null || path.equals(ROOT)) {
            return null;
        }
        if (path.endsWith("']")) {
            int open = path.lastIndexOf("['");
            while (open > 0 && path.charAt(open - 1) == '\\') {
                open = path.lastIndexOf("['", open - 1);
            }
            return open <= 0 ? ROOT : path.substring(0, open);
        }
        if (path.endsWith("]")) {
            int open = path.lastIndexOf('[');
            return open <= 0 ? ROOT : path.substring(0, open);
        }
        int dot = path.lastIndexOf('.');
        return dot <= 0 ? ROOT : path.substring(0, dot);
    }
}
