package org.missionledger.ledger.log;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.missionledger.common.api.FeatureApi;
import org.missionledger.platform.eventstore.StoredEvent;

/**
 * The one writer of the event-export line (JSON Lines), used by the HTTP export ({@code /api/export/events.jsonl}),
 * the CLI export ({@code export events}) and the live verifier's copy ({@code verify --live … --save-events FILE}):
 * one {@link StoredEvent} per line, a JSON object with the fields, in this order,
 * {@code globalIndex, eventId, aggregateType, aggregateId, sequence, timestamp, payloadType, payloadRevision, payload,
 * metadata}, each line ended by {@code \n}. {@code payload} and {@code metadata} are JSON <em>strings</em> holding the
 * stored JSON text exactly (never re-serialised); a missing value is {@code null}. Jackson's default escaping: only
 * {@code "}, {@code \} and control characters are escaped, everything else is written as UTF-8.
 *
 * <p>{@link EventLineReader} reads the line back; the approval tests pin it for every event type. The transparency
 * log's leaf commits to these fields (the payload and metadata by their SHA-256), so the bytes must never change.
 *
 * <p>Not thread-safe; does not close the stream it writes to.
 */
@FeatureApi("the ledger's one writer of the event-export line, which the HTTP and CLI exports share")
public final class EventLineWriter implements Flushable, Closeable {

    private static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .rootValueSeparator((String) null)
            .build();

    private final JsonGenerator json;

    /** A writer of export lines to {@code out} (UTF-8); buffer {@code out} for speed. */
    public EventLineWriter(OutputStream out) {
        try {
            this.json = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the export line of {@code event}, newline included. */
    public void write(StoredEvent event) throws IOException {
        writeObject(json, event);
        json.writeRaw('\n');
    }

    @Override
    public void flush() throws IOException {
        json.flush();
    }

    /** Flushes; the underlying stream stays open. */
    @Override
    public void close() throws IOException {
        json.close();
    }

    /** Returns the export line of an event, without the newline. */
    public static String line(StoredEvent event) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        try (JsonGenerator json = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
            writeObject(json, event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes one event as the line's JSON object (no newline), on any generator: the JSON-array form of the CLI export
     * writes the same objects pretty-printed.
     */
    public static void writeObject(JsonGenerator json, StoredEvent event) throws IOException {
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
}
