package org.missionledger.exchange.format;

import org.missionledger.indicator.api.IndicatorAggregateType;
import org.missionledger.mission.api.MissionAggregateType;

/** The two kinds of record in an import file, and how each maps onto its aggregate. */
public enum AggregateKind {
    MISSION("missions", MissionAggregateType.NAME, "missionId", "declare"),
    INDICATOR("indicators", IndicatorAggregateType.NAME, "indicatorId", "define");

    private final String section;
    private final String aggregateType;
    private final String idField;
    private final String creationKey;

    AggregateKind(String section, String aggregateType, String idField, String creationKey) {
        this.section = section;
        this.aggregateType = aggregateType;
        this.idField = idField;
        this.creationKey = creationKey;
    }

    /** The top-level key of the file that lists records of this kind. */
    public String section() {
        return section;
    }

    /** The aggregate type as stored with each event, e.g. {@code MissionAggregate}. */
    public String aggregateType() {
        return aggregateType;
    }

    /** The command field that names the aggregate ({@code missionId} or {@code indicatorId}). */
    public String idField() {
        return idField;
    }

    /** The key of the creation entry ({@code declare} or {@code define}). */
    public String creationKey() {
        return creationKey;
    }

    public static AggregateKind ofAggregateType(String aggregateType) {
        for (AggregateKind kind : values()) {
            if (kind.aggregateType.equals(aggregateType)) {
                return kind;
            }
        }
        return null;
    }
}
