package org.missionledger.common.api;

import java.util.UUID;

/** Helpers for the ledger's identifiers. */
public final class Ids {

    private Ids() {}

    /** A fresh identifier for records whose recorder did not choose one. */
    public static String generate() {
        return UUID.randomUUID().toString();
    }
}
