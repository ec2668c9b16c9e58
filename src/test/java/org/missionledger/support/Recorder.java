package org.missionledger.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Records commands through the HTTP command API, as a client would: the command record as the JSON body. */
public final class Recorder {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private final Http http;

    public Recorder(Http http) {
        this.http = http;
    }

    /** POSTs the command to {@code path}; fails unless it was recorded. */
    public Http.Response record(String path, Record command) {
        try {
            return http.command(path, JSON.writeValueAsString(command));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
