package org.missionledger.source.query;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.missionledger.source.api.SourceAlertView;

/** One observed change of a cited page ({@code _id} = source id + ":" + observation number). */
public final class SourceAlertDocument {

    @JsonProperty("_id")
    public String id;

    /** Global index of the last event applied. */
    public long position;

    public String sourceId;
    public int observation;
    public String url;
    public String title;
    public SourceAlertView.Kind kind;
    public SourceAlertView.Status status;
    public int httpStatus;
    public Instant retrievedAt;
    public Instant previousRetrievedAt;
    public Instant recordedAt;
    public String observedEventId;
    public long observedPosition;

    public String before;
    public String after;
    public boolean leadingElided;
    public boolean trailingElided;
    public boolean textTruncated;

    public List<SourceCitationDocument.Citation> citedBy = new ArrayList<>();

    public String resolvedBy;
    public Instant resolvedAt;
    public String resolvedEventId;
    public Long changeNumber;
    public String alterationEventId;
    public String missionId;
    public String note;
}
