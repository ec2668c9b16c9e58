package org.missionledger.source.api;

import org.missionledger.common.api.RefusalCode;

/** Why the ledger refuses a source-watch command (codes stable: see {@link RefusalCode}). */
public enum SourceRefusal implements RefusalCode {
    SOURCE_UNCHANGED(Kind.CONFLICT, "The page says what it said at the last observation"),
    SOURCE_URL_MISMATCH(Kind.INVALID, "The URL does not name this source"),
    UNKNOWN_OBSERVATION(Kind.NOT_FOUND, "Unknown observation"),
    NOT_A_CHANGE(Kind.INVALID, "The observation is not a change"),
    SOURCE_CHANGE_ALREADY_RESOLVED(Kind.CONFLICT, "The change is already linked or marked not material");

    private final Kind kind;
    private final String title;

    SourceRefusal(Kind kind, String title) {
        this.kind = kind;
        this.title = title;
    }

    @Override
    public Kind kind() {
        return kind;
    }

    @Override
    public String title() {
        return title;
    }
}
