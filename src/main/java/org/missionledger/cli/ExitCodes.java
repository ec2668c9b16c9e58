package org.missionledger.cli;

/** The command line's exit codes (docs/cli.md). */
public final class ExitCodes {

    /** Done. */
    public static final int OK = 0;
    /** Failed (an unexpected error, an interrupted import, a failed verification). */
    public static final int FAILURE = 1;
    /** The command line itself was wrong: unknown command or option, missing or malformed argument. */
    public static final int USAGE = 2;
    /** The input was refused (e.g. an import file with problems); nothing was recorded. */
    public static final int INVALID_INPUT = 3;
    /** The store could not be reached or opened. */
    public static final int STORE_UNAVAILABLE = 4;

    private ExitCodes() {}
}
