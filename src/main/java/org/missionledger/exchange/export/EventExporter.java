package org.missionledger.exchange.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.missionledger.common.api.FeatureApi;
import org.missionledger.exchange.api.ImportProgress;
import org.missionledger.ledger.log.EventLineWriter;
import org.missionledger.platform.csv.CsvCells;
import org.missionledger.platform.eventstore.EventLog;
import org.missionledger.platform.eventstore.StoredEvent;
import org.springframework.stereotype.Service;

/**
 * Exports the event store exactly as stored, in global order: every event's position, identity, aggregate, recorded
 * time and type, with its payload and metadata as the very JSON strings that were stored (and that the transparency
 * log hashes). JSON Lines are {@link EventLineWriter}'s export lines; the JSON array holds the same objects. Streams in windows; stops at the first index still being written, so an export is a consistent prefix.
 */
@Service
@FeatureApi("the event export, for the command line")
public class EventExporter {

    static final int WINDOW = 1000;

    private static final List<String> COLUMNS = List.of(
            "globalIndex",
            "eventId",
            "aggregateType",
            "aggregateId",
            "sequence",
            "timestamp",
            "payloadType",
            "payloadRevision",
            "payload",
            "metadata");

    private final EventLog eventLog;

    public EventExporter(EventLog eventLog) {
        this.eventLog = eventLog;
    }

    /** Writes every event after {@code afterIndex}; returns how many were written. Does not close {@code out}. */
    public long export(EventFormat format, OutputStream out, long afterIndex, ImportProgress progress)
            throws IOException {
        progress.begin("Exporting events", Math.max(0, eventLog.headIndex() - afterIndex));
        try {
            return switch (format) {
                case JSONL, JSON -> json(format, out, afterIndex, progress);
                case CSV -> csv(out, afterIndex, progress);
            };
        } finally {
            progress.end();
        }
    }

    private long json(EventFormat format, OutputStream out, long afterIndex, ImportProgress progress)
            throws IOException {
        if (format == EventFormat.JSONL) {
            try (EventLineWriter lines = new EventLineWriter(out)) {
                return forEachWindow(afterIndex, progress, lines::write);
            } finally {
                out.flush();
            }
        }
        JsonGenerator json = new JsonFactory()
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .createGenerator(out, JsonEncoding.UTF8);
        json.setPrettyPrinter(new DefaultPrettyPrinter());
        json.writeStartArray();
        long count = forEachWindow(afterIndex, progress, event -> EventLineWriter.writeObject(json, event));
        json.writeEndArray();
        json.flush();
        out.write('\n');
        out.flush();
        return count;
    }

    /** Something done with each event. */
    private interface EventWriter {
        void write(StoredEvent event) throws IOException;
    }

    /** Reads the store in windows after {@code afterIndex}, writing each event; returns how many. */
    private long forEachWindow(long afterIndex, ImportProgress progress, EventWriter writer) throws IOException {
        long count = 0;
        long after = afterIndex;
        List<StoredEvent> window;
        while (!(window = eventLog.readStoredEvents(after, WINDOW)).isEmpty()) {
            for (StoredEvent event : window) {
                writer.write(event);
                count++;
            }
            after = window.get(window.size() - 1).globalIndex();
            progress.advance(after - afterIndex);
        }
        return count;
    }

    private long csv(OutputStream out, long afterIndex, ImportProgress progress) throws IOException {
        CsvMapper mapper = CsvCells.mapper(); // cells a spreadsheet would run as formulas are neutralised
        mapper.getFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(schema::addColumn);
        long count;
        try (SequenceWriter writer =
                mapper.writerFor(StoredEvent.class).with(schema.build()).writeValues(out)) {
            count = forEachWindow(afterIndex, progress, writer::write);
        }
        out.flush();
        return count;
    }
}
