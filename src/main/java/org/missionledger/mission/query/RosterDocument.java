package org.missionledger.mission.query;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.missionledger.common.api.Source;
import org.missionledger.mission.api.AccountableRole;
import org.missionledger.mission.api.Holder;
import org.missionledger.mission.api.TargetStatus;

/**
 * The accountability roster of one mission ({@code _id} = mission id), bitemporal: every state each tenure has had in
 * the record, with when it was recorded, and the life of the mission and its targets (which scopes need someone
 * accountable on a date). Answers "who was accountable on D, as the record stood at T" with one point lookup.
 */
public final class RosterDocument {

    @JsonProperty("_id")
    public String missionId;

    public long position;

    /** The mission's life: declared, closed (achieved, dropped, superseded). */
    public List<ScopeEvent> mission = new ArrayList<>();

    public List<TargetLife> targets = new ArrayList<>();
    public List<Tenure> tenures = new ArrayList<>();

    /** A change in whether a scope is live: effective on a date, recorded at a moment. */
    public static final class ScopeEvent {
        public LocalDate effectiveDate;
        public Instant recordedAt;
        public boolean live;
    }

    /** One target's life. */
    public static final class TargetLife {
        public String targetId;
        public List<ScopeEvent> events = new ArrayList<>();
    }

    /** One tenure and every recorded state of it. */
    public static final class Tenure {
        public String tenureId;
        public String targetId;
        public List<Version> versions = new ArrayList<>();

        public Version last() {
            return versions.get(versions.size() - 1);
        }
    }

    /** One recorded state of a tenure. */
    public static final class Version {
        public String change;
        public AccountableRole role;
        public Holder holder;
        public LocalDate effectiveFrom;
        public LocalDate effectiveTo;
        public Instant recordedAt;
        public String actor;
        public String eventId;
        public long position;
        public String reason;
        public Source source;
    }

    public Tenure tenure(String tenureId) {
        for (Tenure tenure : tenures) {
            if (tenure.tenureId.equals(tenureId)) {
                return tenure;
            }
        }
        return null;
    }

    public TargetLife target(String targetId) {
        for (TargetLife target : targets) {
            if (target.targetId.equals(targetId)) {
                return target;
            }
        }
        return null;
    }

    static boolean isLive(TargetStatus status) {
        return status == TargetStatus.ACTIVE;
    }
}
