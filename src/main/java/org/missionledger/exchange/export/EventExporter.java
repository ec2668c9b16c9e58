package org.missionledger.exchange.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.missionledger.common.api.FeatureApi;
import org.missionledger.exchange.api.ImportProgress;
import org.missionledger.platform.csv.CsvCells;
import org.missionledger.platform.eventstore.EventLog;
import org.missionledger.platform.eventstore.StoredEvent;
import org.springframework.stereotype.Service;

/**
 * Exports the event store exactly as stored, in global order: every event's position, identity, aggregate, recorded
 * time and type, with its payload and metadata as the very JSON strings that were stored (and that the transparency
 * log hashes). Streams in windows; stops at the first index still being written, so an export is a consistent prefix.
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
        JsonGenerator json = new JsonFactory()
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .createGenerator(out, JsonEncoding.UTF8);
        if (format == EventFormat.JSONL) {
            json.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
        } else {
            json.setPrettyPrinter(new DefaultPrettyPrinter());
            json.writeStartArray();
        }
        long count = 0;
        long after = afterIndex;
        List<StoredEvent> window;
        while (!(window = eventLog.readStoredEvents(after, WINDOW)).isEmpty()) {
            for (StoredEvent event : window) {
                write(json, event);
                count++;
            }
            after = window.get(window.size() - 1).globalIndex();
            progress.advance(after - afterIndex);
        }
        if (format == EventFormat.JSON) {
            json.writeEndArray();
        }
        json.flush();
        if (format == EventFormat.JSONL && count > 0) {
            out.write('\n');
        } else if (format == EventFormat.JSON) {
            out.write('\n');
        }
        out.flush();
        return count;
    }

    /** One event as a JSON object, fields in the order of {@link StoredEvent}'s components. */
    static void write(JsonGenerator json, StoredEvent event) throws IOException {
        json.writeStartObject();
        json.writeNumberField("globalIndex", event.globalIndex());
        json.writeStringField("eventId", event.eventId());
        json.writeStringField("aggregateType", event.aggregateType());
        json.writeStringField("aggregateId", event.aggregateId());
        json.writeNumberField("sequence", event.sequence());
        json.writeStringField("timestamp", event.timestamp());
        json.writeStringField("payloadType", event.payloadType());
        json.writeStringField("payloadRevision", event.payloadRevision());
        json.writeStringField("payload", event.payload());
        json.writeStringField("metadata", event.metadata());
        json.writeEndObject();
    }

    private long csv(OutputStream out, long afterIndex, ImportProgress progress) throws IOException {
        CsvMapper mapper = CsvCells.mapper(); // cells a spreadsheet would run as formulas are neutralised
        mapper.getFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(schema::addColumn);
        long count = 0;
        try (SequenceWriter writer =
                mapper.writerFor(StoredEvent.class).with(schema.build()).writeValues(out)) {
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
        }
        out.flush();
        return count;
    }
}
