package org.missionledger.platform.projection;

import java.util.List;
import org.bson.Document;

/**
 * The logic of one projection, apart from Axon: applies one event to the projection's documents in a given store. The
 * live processor, a replay, the consistency check (into scratch collections) and the unit tests all run this same code.
 *
 * <p>Implementations must be idempotent: every document remembers the global index of the last event applied to it
 * ({@code position}) and an event at or below it is skipped, so a redelivered or replayed event never counts twice.
 * They run in one thread per projection, in global order (the processing group's sequencing policy is sequential).
 */
public interface Projector {

    /** The projection's name, which is also its processing group and its processor's name. */
    String name();

    /** The base names of the collections the projection owns. */
    List<String> collections();

    /** Applies one event. Events the projection does not care about are ignored. */
    void apply(LedgerEvent event, ProjectionStore store);

    /**
     * Whether the view depends on the global order of events of different aggregates (a join across aggregates, a
     * dense numbering). Such a projection uses one dead-letter sequence for all its events: when one fails, every later
     * event of the projection waits behind it in the dead-letter queue, and a retry applies them all in global order,
     * so the view ends as a rebuild would make it. The others park only the failed aggregate's events (Axon's default
     * per-aggregate sequences); their documents that several aggregates write are sets, which commute.
     */
    default boolean ordersAcrossAggregates() {
        return false;
    }

    /**
     * Before a processor batch is applied: loads the documents its events will touch, with one
     * {@link ProjectionStore#preload} ({@code _id $in}) per collection. Only an optimisation — a document not preloaded
     * is read when first needed — so the default does nothing.
     */
    default void preload(List<LedgerEvent> events, ProjectionStore store) {}

    /**
     * The order in which a batch writes the projection's collections (see {@link ProjectionBatch}): a crash between two
     * collections' writes must leave what the position guards can complete on replay. Defaults to
     * {@link #collections()}.
     */
    default List<String> writeOrder() {
        return collections();
    }

    /** Creates the indexes the projection's queries need (unique ones serve point lookups on the embedded store). */
    default void ensureIndexes(ProjectionStore store) {}

    /** Empties the projection's collections (before a rebuild). */
    default void reset(ProjectionStore store) {
        for (String collection : collections()) {
            store.collection(collection).deleteMany(new Document());
        }
    }
}
