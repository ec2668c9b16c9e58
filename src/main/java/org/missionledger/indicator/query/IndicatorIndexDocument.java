package org.missionledger.indicator.query;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/** The identifiers of every indicator, sorted ({@code _id = "all"}): lists page through it with {@code _id $in}. */
public final class IndicatorIndexDocument {

    public static final String ALL = "all";

    @JsonProperty("_id")
    public String id = ALL;

    public long position;
    public List<String> indicatorIds = new ArrayList<>();
}
