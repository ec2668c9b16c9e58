package org.missionledger.platform.store;

/**
 * The ledger cannot start, for a reason the operator can fix: its message is one line naming the problem and the fix,
 * printed as it is (no stack trace).
 */
public class LedgerStartupException extends IllegalStateException {

    public LedgerStartupException(String message) {
        super(message);
    }

    public LedgerStartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
