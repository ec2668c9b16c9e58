package org.missionledger.platform.projection;

/** A rebuild was asked for while the same projection is still being rebuilt. */
public class RebuildInProgressException extends RuntimeException {

    private final String name;

    public RebuildInProgressException(String name) {
        super("Projection '" + name + "' is already being rebuilt", null, false, false);
        this.name = name;
    }

    public String name() {
        return name;
    }
}
