package org.missionledger.exchange.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.missionledger.common.api.FeatureApi;
import org.missionledger.exchange.api.ImportProgress;
import org.missionledger.exchange.format.AggregateKind;
import org.missionledger.exchange.format.ImportDocumentReader;
import org.missionledger.platform.eventstore.EventLog;
import org.missionledger.platform.eventstore.StoredEvent;
import org.springframework.stereotype.Service;

/**
 * Exports every indicator and mission in the import format, rebuilt from the event store alone: importing the export
 * into an empty ledger records the same per-aggregate event streams (only the actor, the recorded time, event ids and
 * correlation metadata differ). One pass over the global order finds the aggregates; then each is read and written in
 * turn, so memory holds one aggregate at a time.
 */
@Service
@FeatureApi("the missions export, for the command line")
public class MissionExporter {

    private final EventLog eventLog;

    public MissionExporter(EventLog eventLog) {
        this.eventLog = eventLog;
    }

    /** What an export wrote. */
    public record Summary(int indicators, int missions, long upToIndex) {}

    public Summary export(MissionFormat format, OutputStream out, ImportProgress progress) throws IOException {
        List<String> indicators = new ArrayList<>();
        List<String> missions = new ArrayList<>();
        long head = eventLog.headIndex();
        progress.begin("Finding missions and indicators", head);
        long after = 0;
        try {
            List<StoredEvent> window;
            while (after < head && !(window = eventLog.readStoredEvents(after, EventExporter.WINDOW)).isEmpty()) {
                for (StoredEvent event : window) {
                    if (event.sequence() == 0 && event.globalIndex() <= head) {
                        AggregateKind kind = AggregateKind.ofAggregateType(event.aggregateType());
                        if (kind == AggregateKind.INDICATOR) {
                            indicators.add(event.aggregateId());
                        } else if (kind == AggregateKind.MISSION) {
                            missions.add(event.aggregateId());
                        }
                    }
                }
                after = window.get(window.size() - 1).globalIndex();
                progress.advance(Math.min(after, head));
            }
        } finally {
            progress.end();
        }
        try (JsonGenerator out2 = generator(format, out)) {
            out2.writeStartObject();
            out2.writeStringField("format", ImportDocumentReader.FORMAT);
            out2.writeNumberField("version", ImportDocumentReader.VERSION);
            out2.writeStringField(
                    "description",
                    "Exported from a Mission Ledger event store: " + indicators.size() + " indicators and "
                            + missions.size() + " missions, up to global index " + Math.min(after, head) + ".");
            progress.begin("Exporting missions and indicators", indicators.size() + missions.size());
            int done = 0;
            done = section(out2, AggregateKind.INDICATOR, indicators, progress, done);
            section(out2, AggregateKind.MISSION, missions, progress, done);
            out2.writeEndObject();
        } finally {
            progress.end();
        }
        if (format == MissionFormat.JSON) {
            out.write('\n');
        }
        out.flush();
        return new Summary(indicators.size(), missions.size(), Math.min(after, head));
    }

    private int section(JsonGenerator out, AggregateKind kind, List<String> ids, ImportProgress progress, int done)
            throws IOException {
        out.writeArrayFieldStart(kind.section());
        for (String id : ids) {
            ObjectNode record = EntryFolding.fold(
                    kind, id, eventLog.readEvents(id).asStream().toList());
            out.writeTree(record);
            progress.advance(++done);
        }
        out.writeEndArray();
        return done;
    }

    private static JsonGenerator generator(MissionFormat format, OutputStream out) throws IOException {
        JsonFactory factory = format == MissionFormat.YAML
                ? YAMLFactory.builder()
                        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                        .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                        .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                        .disable(YAMLGenerator.Feature.SPLIT_LINES)
                        .build()
                : new JsonFactory();
        factory.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        JsonGenerator generator = factory.createGenerator(out, JsonEncoding.UTF8);
        generator.setCodec(EntryFolding.ENTRY_JSON);
        generator.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        if (format == MissionFormat.JSON) {
            generator.setPrettyPrinter(new DefaultPrettyPrinter());
        }
        return generator;
    }
}
