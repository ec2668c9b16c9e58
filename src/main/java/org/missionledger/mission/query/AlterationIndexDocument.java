package org.missionledger.mission.query;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * A list of alteration numbers, ascending: {@code mission:ID}, {@code body:ID} or {@code kind:KIND}. Filtered lists
 * intersect these and fetch a page with one {@code _id $in}. The document {@code counter} holds the last number
 * allocated ({@code last}) and the global index of the last event the projection applied.
 */
public final class AlterationIndexDocument {

    public static final String COUNTER = "counter";

    @JsonProperty("_id")
    public String id;

    public long position;
    public long last;
    public List<Long> numbers = new ArrayList<>();

    public static String mission(String missionId) {
        return "mission:" + missionId;
    }

    public static String body(String bodyId) {
        return "body:" + bodyId;
    }

    public static String kind(Object kind) {
        return "kind:" + kind;
    }
}
