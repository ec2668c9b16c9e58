package org.missionledger.common.api;

/** The refusals every feature's edits and corrections share (codes stable: see {@link RefusalCode}). */
public enum CommonRefusal implements RefusalCode {
    NOTHING_CHANGED(Kind.INVALID, "Nothing changed"),
    UNKNOWN_EVENT(Kind.INVALID, "Unknown event"),
    FIELD_NOT_CORRECTABLE(Kind.INVALID, "Field cannot be corrected"),
    INVALID_CORRECTION(Kind.INVALID, "Invalid corrected value");

    private final Kind kind;
    private final String title;

    CommonRefusal(Kind kind, String title) {
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
