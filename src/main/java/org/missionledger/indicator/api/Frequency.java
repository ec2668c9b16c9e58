package org.missionledger.indicator.api;

/** How often a series is published; it fixes the shape of its periods. */
public enum Frequency {
    /** Periods like {@code 2024} (calendar year) or {@code 2024/25} (financial year). */
    ANNUAL,
    /** Periods like {@code 2024-Q1}. */
    QUARTERLY,
    /** Periods like {@code 2024-03}. */
    MONTHLY,
    /** Periods like {@code 2024-W05} (ISO week). */
    WEEKLY,
    /** Any of the above or a single day like {@code 2024-03-31}. */
    IRREGULAR
}
