package org.missionledger.mission.command;

import java.util.HashMap;
import java.util.Map;
import org.missionledger.common.api.Source;

/**
 * What an applied event recorded, kept so that a correction can name it: its subject ("mission", "target:ID",
 * "tenure:ID"), its source, and the correctable values it recorded (display strings). A reassignment also ends another
 * tenure ({@code alsoEnds}) on the day it records as {@code effectiveFrom}.
 */
final class RecordedEvent {

    private String subject;
    private Source source;
    private Map<String, String> values = new HashMap<>();
    private String alsoEnds;

    RecordedEvent() {}

    RecordedEvent(String subject, Source source, Map<String, String> values, String alsoEnds) {
        this.subject = subject;
        this.source = source;
        this.values = new HashMap<>(values);
        this.alsoEnds = alsoEnds;
    }

    String subject() {
        return subject;
    }

    Source source() {
        return source;
    }

    void source(Source source) {
        this.source = source;
    }

    Map<String, String> values() {
        return values;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecordedEvent that
                && java.util.Objects.equals(subject, that.subject)
                && java.util.Objects.equals(source, that.source)
                && java.util.Objects.equals(values, that.values)
                && java.util.Objects.equals(alsoEnds, that.alsoEnds);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(subject, source, values);
    }

    String alsoEnds() {
        return alsoEnds;
    }
}
