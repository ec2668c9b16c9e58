package org.missionledger.platform.eventstore;

/**
 * The collections of the event store.
 *
 * @param events one document per event (or tombstone), {@code _id} = global index
 * @param snapshots the latest snapshot per aggregate, {@code _id} = aggregate identifier
 * @param counters the global index counter
 */
public record EventStoreCollections(String events, String snapshots, String counters) {

    public static final EventStoreCollections DEFAULT = new EventStoreCollections("events", "snapshots", "counters");
}
