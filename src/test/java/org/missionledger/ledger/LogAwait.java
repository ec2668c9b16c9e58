package org.missionledger.ledger;

import java.time.Duration;
import org.missionledger.ledger.log.LogState;
import org.missionledger.ledger.log.TreeStore;
import org.missionledger.platform.eventstore.GlobalIndexEventStorageEngine;

/** Waits in integration tests until the sequencer has appended every stored event. */
public final class LogAwait {

    private LogAwait() {}

    /** Returns the log's state once its size equals the number of stored events (fails after 30 s). */
    public static LogState caughtUp(TreeStore tree, GlobalIndexEventStorageEngine engine) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            long events = engine.readStoredEvents(0, Integer.MAX_VALUE).size();
            LogState state = tree.state();
            if (state.size() == events && state.lastGlobalIndex() == lastIndex(engine)) {
                return state;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(
                        "the sequencer did not catch up: " + state.size() + " leaves for " + events + " events");
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static long lastIndex(GlobalIndexEventStorageEngine engine) {
        var all = engine.readStoredEvents(0, Integer.MAX_VALUE);
        return all.isEmpty() ? 0 : all.get(all.size() - 1).globalIndex();
    }
}
