package org.missionledger.mission.query;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * A sorted list of mission ids ({@code _id} = {@code all} or {@code body:BODY-ID}): lists of missions page through it
 * and fetch the page with one {@code _id $in}, instead of scanning the board.
 */
public final class MissionIndexDocument {

    public static final String ALL = "all";

    @JsonProperty("_id")
    public String id;

    public long position;
    public List<String> missionIds = new ArrayList<>();

    public static String body(String bodyId) {
        return "body:" + bodyId;
    }
}
