package org.missionledger.audit.query;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.missionledger.audit.api.AuditEntryView;
import org.missionledger.common.api.Source;

/** One event of the audit trail ({@code _id} = its global position; {@code eventId} has a unique index). */
public final class AuditDocument {

    @JsonProperty("_id")
    public long globalIndex;

    /** Global index of the last event applied to this document (itself, or a later correction linked to it). */
    public long position;

    public String eventId;
    public String type;
    public String aggregateType;
    public String aggregateId;
    public long sequence;
    public String actor;
    public Instant recordedAt;
    public LocalDate effectiveDate;
    public Source source;
    public String summary;
    public String correctedEventId;
    public Long correctedPosition;
    public List<AuditEntryView.EventReference> correctedBy = new ArrayList<>();

    public AuditEntryView view() {
        return new AuditEntryView(
                globalIndex,
                eventId,
                type,
                aggregateType,
                aggregateId,
                sequence,
                actor,
                recordedAt,
                effectiveDate,
                source,
                summary,
                correctedEventId,
                correctedPosition,
                correctedBy);
    }
}
