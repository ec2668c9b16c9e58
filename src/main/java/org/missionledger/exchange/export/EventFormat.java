package org.missionledger.exchange.export;

/** The forms of an event export. */
public enum EventFormat {
    /** One JSON object per line: a {@code StoredEvent}, payload and metadata as the exact stored JSON strings. */
    JSONL,
    /** The same objects as one JSON array. */
    JSON,
    /** The same fields as CSV columns (RFC 4180 quoting), with a header row. */
    CSV
}
