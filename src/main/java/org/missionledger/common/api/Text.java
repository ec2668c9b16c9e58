package org.missionledger.common.api;

/** Shared text rules for everything recorded in the ledger. */
public final class Text {

    /** A single line of text: no control characters at all. */
    public static final String NO_CONTROL_CHARACTERS = "[^\\p{Cntrl}]*";

    /** Multi-line text: line feeds and tabs allowed, no other control characters. */
    public static final String MULTI_LINE = "[^\\x00-\\x08\\x0B-\\x1F\\x7F]*";

    public static final String NO_CONTROL_MESSAGE = "must not contain control characters";

    /** Identifiers chosen by recorders or importers: lowercase slugs, stable across imports. */
    public static final String ID = "[a-z0-9][a-z0-9._-]{0,79}";

    public static final String ID_MESSAGE =
            "must be 1-80 characters: lowercase letters, digits, '.', '_' or '-', starting with a letter or digit";

    private Text() {}
}
