package org.missionledger.exchange.export;

import org.missionledger.common.api.FeatureApi;

/** The forms of an event export. */
@FeatureApi("a parameter of EventExporter")
public enum EventFormat {
    /** One JSON object per line: a {@code StoredEvent}, payload and metadata as the exact stored JSON strings. */
    JSONL,
    /** The same objects as one JSON array. */
    JSON,
    /** The same fields as CSV columns (RFC 4180 quoting), with a header row. */
    CSV
}
