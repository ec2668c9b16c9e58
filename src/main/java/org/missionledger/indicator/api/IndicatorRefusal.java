package org.missionledger.indicator.api;

import org.missionledger.common.api.RefusalCode;

/** Why the ledger refuses an indicator or reading command (codes stable: see {@link RefusalCode}). */
public enum IndicatorRefusal implements RefusalCode {
    INDICATOR_ALREADY_DEFINED(Kind.CONFLICT, "Indicator already defined"),
    READING_ALREADY_RECORDED(Kind.CONFLICT, "Reading already recorded for this period"),
    NO_READING_FOR_PERIOD(Kind.INVALID, "No reading for this period"),
    READING_WITHDRAWN(Kind.CONFLICT, "Reading withdrawn"),
    PERIOD_DOES_NOT_MATCH_FREQUENCY(Kind.INVALID, "Period does not match the indicator's frequency");

    private final Kind kind;
    private final String title;

    IndicatorRefusal(Kind kind, String title) {
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
