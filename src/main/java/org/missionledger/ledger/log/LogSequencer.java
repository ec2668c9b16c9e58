package org.missionledger.ledger.log;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.missionledger.ledger.merkle.MerkleAppender;
import org.missionledger.ledger.merkle.NodeHash;
import org.missionledger.platform.eventstore.StoredEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends every stored event, in the global order, as one leaf of the log, and keeps the tree in a {@link TreeStore}.
 *
 * <p>The sequencer is driven by "the global order has been delivered up to index N" ({@link #appendUpTo(long)}); it
 * always continues exactly after the last global index it committed, reading the events as stored, so a lost,
 * repeated or reordered trigger can neither skip an event nor append one twice. It is idempotent across crashes and
 * restarts: the committed state lives in one document advanced by compare-and-set after the leaf documents are
 * written (see {@link TreeStore}). An event whose identifier already has a leaf (it reappeared at another global
 * index) is never appended again.
 *
 * <p>Thread-safe; meant to run in one process at a time (the one owning the sequencer's processor segment). A second
 * one is detected by the compare-and-set and fails its append instead of forking the tree.
 */
public class LogSequencer {

    private static final Logger log = LoggerFactory.getLogger(LogSequencer.class);

    /** Reads stored events after a global index, in order, skipping tombstones (the engine's readStoredEvents). */
    @FunctionalInterface
    public interface EventReader {
        /**
         * @param afterGlobalIndex read events with a larger global index
         * @param limit at most this many events
         * @return the events, in global order, stopping at the first index not written yet
         */
        List<StoredEvent> read(long afterGlobalIndex, int limit);
    }

    /** What one append did. */
    public record Appended(long leavesAdded, long skipped, LogState state) {}

    /** Thrown when the state document moved under this sequencer (another sequencer is running). */
    public static final class ConcurrentSequencerException extends IllegalStateException {
        ConcurrentSequencerException(long expectedSize) {
            super("The log's state is no longer at size " + expectedSize
                    + ": another sequencer appended concurrently; this append was not committed and will be retried");
        }
    }

    private final TreeStore store;
    private final EventReader reader;
    private final Clock clock;
    private final int readLimit;
    private final List<Consumer<LogState>> listeners = new CopyOnWriteArrayList<>();
    private LogState committed;

    /**
     * @param store where the tree lives
     * @param reader reads stored events in global order
     * @param clock stamps the state document
     * @param readLimit events read (and appended) per store round trip
     */
    public LogSequencer(TreeStore store, EventReader reader, Clock clock, int readLimit) {
        this.store = Objects.requireNonNull(store, "store");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (readLimit < 1) {
            throw new IllegalArgumentException("readLimit must be positive: " + readLimit);
        }
        this.readLimit = readLimit;
    }

    /** Registers a callback invoked (on the sequencer's thread) after every committed append. */
    public void onAppended(Consumer<LogState> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Returns the committed state as last read or written by this sequencer (reads it if not known yet). */
    public synchronized LogState state() {
        if (committed == null) {
            committed = store.state();
        }
        return committed;
    }

    /**
     * Appends every stored event with a global index up to {@code maxGlobalIndex} that is not in the log yet. The
     * caller guarantees that every index up to {@code maxGlobalIndex} is resolved (an event or a tombstone), which a
     * tracking processor does by delivering only the contiguous prefix of the global order.
     *
     * @param maxGlobalIndex the last global index delivered
     * @return what was appended
     */
    public synchronized Appended appendUpTo(long maxGlobalIndex) {
        LogState current = state();
        long added = 0;
        long skipped = 0;
        while (current.lastGlobalIndex() < maxGlobalIndex) {
            int limit = (int) Math.min(readLimit, maxGlobalIndex - current.lastGlobalIndex());
            List<StoredEvent> events = new ArrayList<>(reader.read(current.lastGlobalIndex(), limit));
            events.removeIf(e -> e.globalIndex() > maxGlobalIndex);
            if (events.isEmpty()) {
                break; // only tombstones up to maxGlobalIndex
            }
            Appended appended = append(current, events);
            added += appended.leavesAdded();
            skipped += appended.skipped();
            current = appended.state();
            if (events.size() < limit) {
                break;
            }
        }
        return new Appended(added, skipped, current);
    }

    private Appended append(LogState current, List<StoredEvent> events) {
        List<String> eventIds = new ArrayList<>(events.size());
        for (StoredEvent event : events) {
            eventIds.add(event.eventId());
        }
        Map<String, Long> existing = store.leafIndexesOf(eventIds);
        MerkleAppender appender = current.appender();
        List<StoredLeaf> leaves = new ArrayList<>(events.size());
        List<byte[]> leafHashes = new ArrayList<>(events.size());
        Set<String> seen = new HashSet<>();
        long lastGlobalIndex = current.lastGlobalIndex();
        long skipped = 0;
        for (StoredEvent event : events) {
            if (event.globalIndex() <= lastGlobalIndex) {
                throw new IllegalStateException(
                        "events out of global order: " + event.globalIndex() + " after " + lastGlobalIndex);
            }
            lastGlobalIndex = event.globalIndex();
            Long leafIndex = existing.get(event.eventId());
            if ((leafIndex != null && leafIndex < current.size()) || !seen.add(event.eventId())) {
                log.warn(
                        "Event {} at global index {} already has leaf {} in the transparency log; it is not "
                                + "appended again. The event store holds it a second time: check it for tampering.",
                        event.eventId(),
                        event.globalIndex(),
                        leafIndex);
                skipped++;
                continue;
            }
            byte[] leaf = LeafEncoding.encode(event);
            leaves.add(new StoredLeaf(current.size() + leaves.size(), event.eventId(), event.globalIndex(), leaf));
            leafHashes.add(LeafEncoding.leafHash(leaf));
        }
        List<NodeHash> nodes = appender.appendAll(leafHashes);
        store.write(leaves, nodes);
        LogState next = LogState.of(appender, lastGlobalIndex, clock.instant().toString());
        if (!store.advance(current, next)) {
            committed = null;
            throw new ConcurrentSequencerException(current.size());
        }
        committed = next;
        for (Consumer<LogState> listener : listeners) {
            try {
                listener.accept(next);
            } catch (RuntimeException e) {
                log.warn("A transparency-log listener failed after an append (the append is committed)", e);
            }
        }
        return new Appended(leaves.size(), skipped, next);
    }

    /** Forgets the cached state, so the next append reads it from the store (after a failed batch). */
    public synchronized void reload() {
        committed = null;
    }
}
