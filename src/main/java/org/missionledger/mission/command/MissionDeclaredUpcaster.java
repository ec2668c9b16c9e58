package org.missionledger.mission.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.missionledger.mission.api.MissionDeclared;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code MissionDeclared} revision 1 → 2: revision 2's body says whether it is fictional ({@code body.fictional}); every
 * body declared before the flag existed was a real one ({@code false}). The stored event is never rewritten.
 */
@Component
@Order(0)
public class MissionDeclaredUpcaster extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(MissionDeclared.class.getName(), "1");
    static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(MissionDeclared.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            JsonNode body = payload.get("body");
            if (body instanceof ObjectNode object && !object.has("fictional")) {
                object.put("fictional", false);
            }
            return payload;
        });
    }
}
