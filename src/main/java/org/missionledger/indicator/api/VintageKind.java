package org.missionledger.indicator.api;

/** What one entry in a reading's history is. */
public enum VintageKind {
    /** The first published value. */
    FIRST_PUBLISHED,
    /** A later value published by the publisher. */
    REVISED,
    /** The publisher withdrew the value. */
    WITHDRAWN
}
