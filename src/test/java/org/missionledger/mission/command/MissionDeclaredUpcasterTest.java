package org.missionledger.mission.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.missionledger.mission.api.MissionDeclared;
import org.missionledger.platform.axon.EventJson;

/** A MissionDeclared of revision 1 (before body.fictional) reads as revision 2 with a real (not fictional) body. */
class MissionDeclaredUpcasterTest {

    final Serializer serializer =
            JacksonSerializer.builder().objectMapper(EventJson.eventMapper()).build();

    @Test
    void readsRevisionOneAsARealBody() throws Exception {
        List<IntermediateEventRepresentation> upcast = new MissionDeclaredUpcaster()
                .upcast(Stream.of(stored(
                        "1", "{\"id\":\"camden-council\",\"name\":\"Camden Council\",\"kind\":\"LOCAL_AUTHORITY\"}")))
                .toList();

        assertThat(upcast).singleElement().satisfies(event -> {
            assertThat(event.getType().getRevision()).isEqualTo("2");
            JsonNode payload = event.getData(JsonNode.class).getData();
            assertThat(payload.at("/body/fictional").asBoolean(true)).isFalse();
            MissionDeclared declared = EventJson.eventMapper().treeToValue(payload, MissionDeclared.class);
            assertThat(declared.body().fictional()).isFalse();
            assertThat(declared.body().name()).isEqualTo("Camden Council");
        });
    }

    @Test
    void leavesRevisionTwoAlone() {
        IntermediateEventRepresentation stored = stored(
                "2",
                "{\"id\":\"exampleshire\",\"name\":\"Exampleshire\",\"kind\":\"LOCAL_AUTHORITY\",\"fictional\":true}");

        List<IntermediateEventRepresentation> upcast =
                new MissionDeclaredUpcaster().upcast(Stream.of(stored)).toList();

        assertThat(upcast).singleElement().satisfies(event -> {
            assertThat(event.getType().getRevision()).isEqualTo("2");
            assertThat(event.getData(JsonNode.class)
                            .getData()
                            .at("/body/fictional")
                            .asBoolean())
                    .isTrue();
        });
    }

    private IntermediateEventRepresentation stored(String revision, String body) {
        String json =
                "{\"missionId\":\"m\",\"body\":" + body + ",\"title\":\"T\",\"statement\":\"S\",\"policyArea\":null,"
                        + "\"declaredOn\":null,\"horizon\":null,\"source\":{\"title\":\"t\",\"publisher\":\"p\","
                        + "\"url\":\"https://example.org\",\"publishedOn\":null,\"contentSha256\":null}}";
        GenericDomainEventEntry<String> entry = new GenericDomainEventEntry<>(
                "MissionAggregate",
                "m",
                0,
                "event-1",
                "2024-01-01T00:00:00Z",
                MissionDeclared.class.getName(),
                revision,
                json,
                "{}");
        return new InitialEventRepresentation(entry, serializer);
    }
}
