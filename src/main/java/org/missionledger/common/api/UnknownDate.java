package org.missionledger.common.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;

/**
 * Writes an effective date the sources do not give as {@code "date unknown"} in JSON, instead of leaving it out (an
 * absent date would read as "not applicable"). Used on views' {@code effectiveDate} with
 * {@code @JsonInclude(ALWAYS) @JsonSerialize(nullsUsing = UnknownDate.class)}.
 */
public final class UnknownDate extends JsonSerializer<Object> {

    /** How an unknown date is written in JSON, CSV, feeds and pages. */
    public static final String TEXT = "date unknown";

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
        gen.writeString(TEXT);
    }

    /** The date as ISO text, or {@value #TEXT} when null. */
    public static String text(java.time.LocalDate date) {
        return date == null ? TEXT : date.toString();
    }
}
