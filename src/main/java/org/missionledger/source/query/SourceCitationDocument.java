package org.missionledger.source.query;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/** A cited URL and the records that cite it ({@code _id} = source id, the SHA-256 of the URL). */
public final class SourceCitationDocument {

    @JsonProperty("_id")
    public String sourceId;

    /** Global index of the last event applied. */
    public long position;

    public String url;
    /** The title the URL was last cited with. */
    public String title;

    public List<Citation> citedBy = new ArrayList<>();

    /** One record citing the URL: a mission (and target), or an indicator; the last event that cited it. */
    public static final class Citation {
        public String aggregateType;
        public String aggregateId;
        public String missionId;
        public String targetId;
        public String indicatorId;
        public String eventId;
        public long eventPosition;

        public boolean sameRecord(Citation other) {
            return java.util.Objects.equals(aggregateId, other.aggregateId)
                    && java.util.Objects.equals(targetId, other.targetId);
        }
    }
}
