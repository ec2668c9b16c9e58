package org.missionledger.exchange.format;

import java.util.List;

/**
 * One mission or indicator of an import file, as commands in order.
 *
 * @param kind mission or indicator
 * @param id the aggregate's stable identifier
 * @param path where it is in the file
 * @param line the line it starts on
 * @param entries its entries, creation first
 */
public record PlannedRecord(AggregateKind kind, String id, String path, Integer line, List<PlannedEntry> entries) {

    public PlannedRecord {
        entries = List.copyOf(entries);
    }
}
