package org.missionledger.mission.query;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/** The targets measured by one indicator ({@code _id} = indicator id): whom a new reading concerns. */
public final class TargetLinksDocument {

    @JsonProperty("_id")
    public String indicatorId;

    public long position;

    /** Target keys ({@code missionId/targetId}), sorted. */
    public List<String> targets = new ArrayList<>();
}
