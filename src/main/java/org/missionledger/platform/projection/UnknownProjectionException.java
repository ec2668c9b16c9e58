package org.missionledger.platform.projection;

/** A projection name that is not one of the ledger's projections. */
public class UnknownProjectionException extends RuntimeException {

    private final String name;

    public UnknownProjectionException(String name) {
        super("No projection '" + name + "'", null, false, false);
        this.name = name;
    }

    public String name() {
        return name;
    }
}
