package org.missionledger.common.command;

import org.missionledger.common.api.RefusalCode;

/**
 * A well-formed command the ledger will not record, with a stable code and a human explanation. Nothing was recorded.
 */
public class CommandRefused extends RuntimeException {

    private final RefusalCode code;

    public CommandRefused(RefusalCode code, String detail) {
        super(detail, null, false, false);
        this.code = code;
    }

    public RefusalCode code() {
        return code;
    }

    public String detail() {
        return getMessage();
    }

    /** Throws a refusal unless {@code condition} holds. */
    public static void unless(boolean condition, RefusalCode code, String detail) {
        if (!condition) {
            throw new CommandRefused(code, detail);
        }
    }
}
