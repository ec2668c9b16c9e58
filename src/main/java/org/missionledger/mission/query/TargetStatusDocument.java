package org.missionledger.mission.query;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.missionledger.mission.api.ProgressStatus;
import org.missionledger.mission.api.ProgressView;
import org.missionledger.mission.api.TargetStatus;
import org.missionledger.mission.api.TargetTerms;

/**
 * The progress of one target ({@code _id} = {@code missionId/targetId}): its terms, the status the progress rule gave it
 * when the last relevant event was recorded, and every change of that status, each with the rule version that computed
 * it — so a change caused by new data (same version, new cause) can be told from one caused by a new rule (new
 * version).
 */
public final class TargetStatusDocument {

    @JsonProperty("_id")
    public String id;

    public String missionId;
    public String targetId;
    public long position;
    public TargetStatus lifecycle;
    public TargetTerms terms;

    /** The status as of the recorded date of the last event that touched the target or its indicator. */
    public ProgressView recorded;

    /** Every change of status (or of rule version), oldest first. */
    public List<StatusChange> history = new ArrayList<>();

    public static String key(String missionId, String targetId) {
        return missionId + "/" + targetId;
    }

    /** One change of the recorded status. */
    public static final class StatusChange {
        public long position;
        public String eventId;
        /** The type of the event that caused the re-evaluation. */
        public String cause;

        public Instant recordedAt;
        public LocalDate evaluatedOn;
        public ProgressStatus status;
        public int ruleVersion;
        public BigDecimal ratio;
        public String readingPeriod;
        public BigDecimal readingValue;
    }
}
