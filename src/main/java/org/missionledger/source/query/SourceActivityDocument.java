package org.missionledger.source.query;

import com.fasterxml.jackson.annotation.JsonProperty;

/** When a mission or indicator last had a ledger event ({@code _id} = the aggregate id). */
public final class SourceActivityDocument {

    @JsonProperty("_id")
    public String aggregateId;

    /** Global index of the last event applied (= the last event of this mission or indicator). */
    public long position;
}
