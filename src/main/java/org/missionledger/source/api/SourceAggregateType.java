package org.missionledger.source.api;

/**
 * The aggregate type under which the source feature's events are stored (Axon's name for {@code SourceAggregate}). The one
 * place it is spelled: projections, exports and the store compare against {@link #NAME}; the feature registers it.
 */
public final class SourceAggregateType {

    public static final String NAME = "SourceAggregate";

    private SourceAggregateType() {}
}
