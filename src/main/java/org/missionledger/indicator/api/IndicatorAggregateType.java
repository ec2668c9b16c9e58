package org.missionledger.indicator.api;

/**
 * The aggregate type under which the indicator feature's events are stored (Axon's name for {@code IndicatorAggregate}). The one
 * place it is spelled: projections, exports and the store compare against {@link #NAME}; the feature registers it.
 */
public final class IndicatorAggregateType {

    public static final String NAME = "IndicatorAggregate";

    private IndicatorAggregateType() {}
}
