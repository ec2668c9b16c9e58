package org.missionledger.platform.eventstore;

import org.axonframework.modelling.command.AggregateStreamCreationException;

/** A creation command named an identifier that already starts an event stream. Nothing was recorded. */
public class AggregateAlreadyExistsException extends AggregateStreamCreationException {

    private final String aggregateType;
    private final String aggregateId;

    public AggregateAlreadyExistsException(String aggregateType, String aggregateId, Throwable cause) {
        super("An aggregate '" + aggregateId + "' already exists", cause);
        this.aggregateType = aggregateType;
        this.aggregateId = aggregateId;
    }

    /** The type of the aggregate the failed command tried to create (e.g. {@code MissionAggregate}). */
    public String aggregateType() {
        return aggregateType;
    }

    public String aggregateId() {
        return aggregateId;
    }
}
