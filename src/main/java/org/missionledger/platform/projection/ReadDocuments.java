package org.missionledger.platform.projection;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.bson.Document;

/**
 * Converts read documents (plain Java objects) to and from MongoDB documents.
 *
 * <p>Numbers that must stay exact ({@link BigDecimal}) are stored as strings, dates as ISO-8601 strings, and instants
 * as fixed-width UTC strings with nine fraction digits ({@code 2025-03-01T12:00:00.000000000Z}), so that they compare
 * correctly as strings in queries and never lose the sub-millisecond part a BSON date would drop. The same object
 * always yields the same document, which is what lets the consistency check compare a rebuilt view with the live one.
 */
public final class ReadDocuments {

    /** Fixed-width, lexicographically sortable form of an instant. */
    public static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.nnnnnnnnn'Z'").withZone(ZoneOffset.UTC);

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("read-documents")
                    .addSerializer(BigDecimal.class, new JsonSerializer<>() {
                        @Override
                        public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider)
                                throws IOException {
                            gen.writeString(value.stripTrailingZeros().toPlainString());
                        }
                    })
                    .addSerializer(Instant.class, new JsonSerializer<>() {
                        @Override
                        public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider)
                                throws IOException {
                            gen.writeString(format(value));
                        }
                    }))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private ReadDocuments() {}

    /** The fixed-width string form of an instant, as stored. */
    public static String format(Instant instant) {
        return INSTANT.format(instant);
    }

    @SuppressWarnings("unchecked")
    public static Document toDocument(Object value) {
        return new Document(MAPPER.convertValue(value, Map.class));
    }

    public static <T> T fromDocument(Document document, Class<T> type) {
        return document == null ? null : MAPPER.convertValue(document, type);
    }

    /**
     * Loads the document with this {@code _id} as an object of {@code type}; null when there is none. Inside a
     * processor batch, from the batch ({@link ProjectionBatch}).
     */
    public static <T> T find(MongoCollection<Document> collection, Object id, Class<T> type) {
        ProjectionBatch batch = ProjectionBatch.current();
        if (batch != null) {
            return fromDocument(batch.find(collection, id), type);
        }
        return fromDocument(collection.find(Filters.eq("_id", id)).first(), type);
    }

    /**
     * Stores an object as the document with this {@code _id}, replacing any earlier version. Inside a processor batch,
     * the write waits for the batch's bulk write ({@link ProjectionBatch}).
     */
    public static void save(MongoCollection<Document> collection, Object id, Object value) {
        Document document = toDocument(value);
        document.put("_id", id);
        ProjectionBatch batch = ProjectionBatch.current();
        if (batch != null) {
            batch.save(collection, id, document);
            return;
        }
        collection.replaceOne(Filters.eq("_id", id), document, new ReplaceOptions().upsert(true));
    }

    /** Converts any value (e.g. a record) to the plain form stored in documents. */
    public static Object toValue(Object value) {
        return MAPPER.convertValue(value, Object.class);
    }
}
