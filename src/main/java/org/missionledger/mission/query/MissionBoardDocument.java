package org.missionledger.mission.query;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.missionledger.common.api.AlterationKind;
import org.missionledger.common.api.FieldChange;
import org.missionledger.common.api.Source;
import org.missionledger.mission.api.AccountableRole;
import org.missionledger.mission.api.Body;
import org.missionledger.mission.api.Holder;
import org.missionledger.mission.api.MissionStatus;
import org.missionledger.mission.api.TargetStatus;
import org.missionledger.mission.api.TargetTerms;

/**
 * One mission on the board ({@code _id} = mission id), shaped for its queries: the mission, its targets, its tenures
 * and its timeline in one document, so a mission, its accountability and its history are each one point lookup. Built
 * by {@link MissionFold}, the same fold time travel runs over the mission's events.
 */
public final class MissionBoardDocument {

    @JsonProperty("_id")
    public String missionId;

    /** Global index of the last event applied (0 in a time-travel fold). */
    public long position;

    /** Sequence number of the last event applied: the mission's version. */
    public long version = -1;

    public boolean declared;
    public Body body;
    public String title;
    public String statement;
    public String policyArea;
    public LocalDate declaredOn;
    public LocalDate horizon;
    public MissionStatus status;
    public LocalDate statusSince;
    public String successorMissionId;
    public List<TargetEntry> targets = new ArrayList<>();
    public List<TenureEntry> tenures = new ArrayList<>();
    public List<TimelineEntry> timeline = new ArrayList<>();
    public List<NoteEntry> notes = new ArrayList<>();

    /** A sourced note on the mission (MissionNoted). */
    public static final class NoteEntry {
        public String eventId;
        public org.missionledger.mission.api.NoteKind kind;
        public String note;
        public LocalDate effectiveDate;
        public org.missionledger.common.api.Source source;
    }

    /** A target and its state. */
    public static final class TargetEntry {
        public String targetId;
        public TargetTerms terms;
        public TargetStatus status;
        public LocalDate statusSince;
        public String successorTargetId;
        public LocalDate setOn;
    }

    /** A tenure: effective from (inclusive) to (exclusive, null while open). */
    public static final class TenureEntry {
        public String tenureId;
        public String targetId;
        public AccountableRole role;
        public Holder holder;
        public LocalDate effectiveFrom;
        public LocalDate effectiveTo;
        /** The reassignment that ended this tenure, if one did (its corrected handover date moves this end). */
        public String endedBy;
    }

    /** One event of the mission's history. */
    public static final class TimelineEntry {
        public long position;
        public long sequence;
        public String eventId;
        public String type;
        /** What it is about: {@code mission}, {@code target:ID} or {@code tenure:ID}. */
        public String subject;

        public LocalDate effectiveDate;
        public Instant recordedAt;
        public String actor;
        public String summary;
        /** For alterations: how the body changed the commitment. */
        public List<AlterationKind> kinds;

        public List<FieldChange> changes;
        public String reason;
        public Source source;
        /** For corrections: the event whose record was fixed. */
        public String correctedEventId;
        /** Corrections of this event's record, by event id. */
        public List<String> correctedBy;
    }

    public TargetEntry target(String targetId) {
        for (TargetEntry target : targets) {
            if (target.targetId.equals(targetId)) {
                return target;
            }
        }
        return null;
    }

    public TenureEntry tenure(String tenureId) {
        for (TenureEntry tenure : tenures) {
            if (tenure.tenureId.equals(tenureId)) {
                return tenure;
            }
        }
        return null;
    }

    public TimelineEntry timelineEntry(String eventId) {
        for (TimelineEntry entry : timeline) {
            if (entry.eventId.equals(eventId)) {
                return entry;
            }
        }
        return null;
    }
}
