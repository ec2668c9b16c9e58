package org.missionledger.platform.projection;

import static com.mongodb.client.model.Filters.eq;

import java.util.OptionalLong;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * How far a projection is, read from its stored tracking tokens without claiming them: what a process that does not
 * run the projections (a read-only command beside a running server) reports as the projection's position.
 */
public class StoredTokenPositions {

    private final MongoTemplate template;
    private final Serializer serializer;

    public StoredTokenPositions(MongoTemplate template, Serializer serializer) {
        this.template = template;
        this.serializer = serializer;
    }

    /** The lowest position among the projection's segments; empty when it has no token yet. */
    public OptionalLong position(String processorName) {
        long min = Long.MAX_VALUE;
        boolean any = false;
        for (Document document : template.trackingTokensCollection().find(eq("processorName", processorName))) {
            Object raw = document.get("token");
            String type = document.getString("tokenType");
            long position = 0;
            if (raw != null && type != null) {
                byte[] bytes = raw instanceof Binary binary ? binary.getData() : (byte[]) raw;
                SerializedType serializedType = new SimpleSerializedType(type, null);
                TrackingToken token =
                        serializer.deserialize(new SimpleSerializedObject<>(bytes, byte[].class, serializedType));
                position = token == null ? 0 : token.position().orElse(0);
            }
            min = Math.min(min, position);
            any = true;
        }
        return any ? OptionalLong.of(min) : OptionalLong.empty();
    }
}
