package org.missionledger.exchange.popolo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.fge.jsonschema.core.exceptions.ProcessingException;
import com.github.fge.jsonschema.core.load.configuration.LoadingConfiguration;
import com.github.fge.jsonschema.core.load.configuration.LoadingConfigurationBuilder;
import com.github.fge.jsonschema.core.report.ProcessingMessage;
import com.github.fge.jsonschema.core.report.ProcessingReport;
import com.github.fge.jsonschema.main.JsonSchema;
import com.github.fge.jsonschema.main.JsonSchemaFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Popolo's own JSON schemas (draft 03, vendored under {@code src/test/resources/popolo/schemas} with their source and
 * licence), every one preloaded so that no reference is fetched from the network.
 */
final class PopoloSchemas {

    private static final String BASE = "http://www.popoloproject.com/schemas/";
    private static final List<String> ALL = List.of(
            "area",
            "contact_detail",
            "count",
            "event",
            "group_result",
            "identifier",
            "link",
            "membership",
            "motion",
            "organization",
            "other_name",
            "person",
            "post",
            "speech",
            "vote",
            "vote_event");

    private final JsonSchemaFactory factory;

    PopoloSchemas() throws IOException {
        ObjectMapper json = new ObjectMapper();
        LoadingConfigurationBuilder loading = LoadingConfiguration.newBuilder();
        for (String name : ALL) {
            try (InputStream in = PopoloSchemas.class.getResourceAsStream("/popolo/schemas/" + name + ".json")) {
                loading.preloadSchema(BASE + name + ".json#", json.readTree(in));
            }
        }
        this.factory = JsonSchemaFactory.newBuilder()
                .setLoadingConfiguration(loading.freeze())
                .freeze();
    }

    /** The problems of {@code instance} against the schema {@code name} (person, organization, post, membership…). */
    List<String> problems(String name, JsonNode instance) throws ProcessingException {
        JsonSchema schema = factory.getJsonSchema(BASE + name + ".json#");
        ProcessingReport report = schema.validate(instance, true);
        List<String> problems = new ArrayList<>();
        for (ProcessingMessage message : report) {
            problems.add(message.getLogLevel() + ": " + message.getMessage() + " "
                    + message.asJson().path("instance"));
        }
        return report.isSuccess() ? List.of() : problems;
    }
}
