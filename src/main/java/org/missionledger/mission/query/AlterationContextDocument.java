package org.missionledger.mission.query;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import org.missionledger.mission.api.TargetStatus;

/**
 * What the alterations projection knows about a mission ({@code _id} = mission id) to describe its alterations: its
 * body, title and targets, and its lineage (which missions and targets it superseded or was superseded by).
 */
public final class AlterationContextDocument {

    @JsonProperty("_id")
    public String missionId;

    public long position;
    public String bodyId;
    public String bodyName;
    public boolean fictional;
    public String title;
    public List<Target> targets = new ArrayList<>();
    public List<String> supersedes = new ArrayList<>();
    public String supersededBy;

    /** A target of the mission. */
    public static final class Target {
        public String targetId;
        public String wording;
        public String indicatorId;
        public TargetStatus status;
        public List<String> supersedes = new ArrayList<>();
        public String supersededBy;
    }

    public Target target(String targetId) {
        for (Target target : targets) {
            if (target.targetId.equals(targetId)) {
                return target;
            }
        }
        return null;
    }
}
