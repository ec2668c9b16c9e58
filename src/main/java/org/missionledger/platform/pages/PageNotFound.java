package org.missionledger.platform.pages;

/** A page asked for something the ledger does not hold; answered with a 404 page saying so. */
public class PageNotFound extends RuntimeException {

    public PageNotFound(String message) {
        super(message, null, false, false);
    }
}
