package org.missionledger.platform.projection;

import com.mongodb.client.MongoCollection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.missionledger.platform.eventstore.EventLog;
import org.missionledger.platform.store.LedgerStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Checks that the live views are what the events say they should be: rebuilds every projection from the first event
 * into scratch collections ({@code scratch_<collection>}), with the very same projection code, then compares them
 * document by document with the live collections and reports every difference.
 *
 * <p>The scratch rebuild runs up to the head of the event store when the check begins ({@code checkedUpTo}); the check
 * then waits (up to a minute) for the live projections to reach that position. Live documents changed by later events
 * are skipped and counted, not reported as differences. Scratch collections are dropped afterwards unless a
 * difference was found, so that it can be inspected. An administrative operation: it reads every event and every
 * document of every view.
 */
@Component
public class ConsistencyChecker {

    static final int MAX_LISTED = 20;
    private static final Logger log = LoggerFactory.getLogger(ConsistencyChecker.class);
    private static final Duration LIVE_WAIT = Duration.ofSeconds(60);
    private static final Duration STALL_LIMIT = Duration.ofSeconds(60);

    private final EventLog eventLog;
    private final ProjectionMonitor monitor;
    private final LedgerStore store;
    private final Clock clock;

    public ConsistencyChecker(EventLog eventLog, ProjectionMonitor monitor, LedgerStore store, Clock clock) {
        this.eventLog = eventLog;
        this.monitor = monitor;
        this.store = store;
        this.clock = clock;
    }

    /** Checks every projection. */
    public ConsistencyReport check() {
        return check(monitor.names());
    }

    /**
     * Checks the named projections.
     *
     * @throws UnknownProjectionException for a name that is not a projection
     */
    public synchronized ConsistencyReport check(Collection<String> names) {
        Instant startedAt = clock.instant();
        List<Projector> projectors = names.stream().map(monitor::projector).toList();
        ProjectionStore scratch = ProjectionStore.scratch(store.database());
        ProjectionStore live = ProjectionStore.live(store.database());
        for (Projector projector : projectors) {
            projector.collections().forEach(c -> drop(scratch, c));
            projector.ensureIndexes(scratch);
        }
        long upTo = lastEventIndex(monitor.head());
        log.info("Consistency check of {}: rebuilding into scratch collections up to global index {}", names, upTo);
        long applied = replay(projectors, scratch, upTo);
        log.info("Consistency check: replayed {} events; comparing with the live views", applied);

        List<ConsistencyReport.ProjectionResult> results = new ArrayList<>();
        boolean consistent = true;
        for (Projector projector : projectors) {
            long livePosition = awaitLive(projector.name(), upTo);
            List<ConsistencyReport.CollectionResult> collections = new ArrayList<>();
            boolean projectionConsistent = true;
            for (String collection : projector.collections()) {
                ConsistencyReport.CollectionResult result =
                        compare(live.collection(collection), scratch.collection(collection), collection, upTo);
                collections.add(result);
                projectionConsistent &= result.consistent();
            }
            if (projectionConsistent) {
                projector.collections().forEach(c -> drop(scratch, c));
            } else {
                log.warn(
                        "Consistency check: projection {} differs from its rebuild; scratch collections kept",
                        projector.name());
            }
            consistent &= projectionConsistent;
            results.add(new ConsistencyReport.ProjectionResult(
                    projector.name(), projectionConsistent, livePosition, collections));
        }
        ConsistencyReport report = new ConsistencyReport(consistent, upTo, startedAt, clock.instant(), results);
        log.info("Consistency check finished: {}", consistent ? "consistent" : "DIFFERENCES FOUND");
        return report;
    }

    /** The head, stepping back over tombstones at the end (they never reach a processor). */
    private long lastEventIndex(long head) {
        long index = head;
        while (index > 0 && eventLog.isTombstone(index)) {
            index--;
        }
        return index;
    }

    /** Applies a window of events as the live processors apply a batch (see {@link ProjectionBatch}), then clears it. */
    private static void applyBatch(List<Projector> projectors, List<LedgerEvent> window, ProjectionStore scratch) {
        if (window.isEmpty()) {
            return;
        }
        for (Projector projector : projectors) {
            ProjectionBatch batch = ProjectionBatch.begin(projector, scratch);
            try {
                projector.preload(window, scratch);
                for (LedgerEvent event : window) {
                    projector.apply(event, scratch);
                }
                batch.flush();
            } finally {
                ProjectionBatch.end();
            }
        }
        window.clear();
    }

    private long replay(List<Projector> projectors, ProjectionStore scratch, long upTo) {
        TrackingToken token = null;
        long position = 0;
        long applied = 0;
        long lastProgress = System.nanoTime();
        List<LedgerEvent> window = new ArrayList<>(ProjectionConfiguration.BATCH_SIZE);
        while (position < upTo) {
            long before = position;
            try (Stream<? extends TrackedEventMessage<?>> events = eventLog.readEvents(token, false)) {
                var iterator = events.iterator();
                while (iterator.hasNext() && position < upTo) {
                    TrackedEventMessage<?> event = iterator.next();
                    token = event.trackingToken();
                    position = TrackingTokens.globalIndex(token);
                    if (position > upTo) {
                        break;
                    }
                    window.add(LedgerEvent.of(event, position));
                    if (window.size() == ProjectionConfiguration.BATCH_SIZE) {
                        applyBatch(projectors, window, scratch);
                    }
                    applied++;
                }
            }
            applyBatch(projectors, window, scratch);
            if (position >= upTo) {
                break;
            }
            if (position > before) {
                lastProgress = System.nanoTime();
            } else {
                // An index is allocated but not yet written (or a gap is waiting to be closed): wait for it.
                if (System.nanoTime() - lastProgress > STALL_LIMIT.toNanos()) {
                    throw new IllegalStateException("The event store did not deliver global index " + (position + 1)
                            + " within " + STALL_LIMIT + "; consistency check abandoned");
                }
                upTo = Math.min(upTo, Math.max(position, lastEventIndex(upTo)));
                sleep(100);
                if (token == null) {
                    token = GapAwareTrackingToken.newInstance(0, java.util.Collections.emptySortedSet());
                }
            }
        }
        return applied;
    }

    private long awaitLive(String name, long upTo) {
        long deadline = System.nanoTime() + LIVE_WAIT.toNanos();
        long position = monitor.position(name);
        while (position < upTo && System.nanoTime() < deadline) {
            sleep(50);
            position = monitor.position(name);
        }
        return position;
    }

    private static ConsistencyReport.CollectionResult compare(
            MongoCollection<Document> live, MongoCollection<Document> rebuilt, String name, long upTo) {
        Map<Object, Document> expected = new HashMap<>();
        for (Document document : rebuilt.find()) {
            expected.put(document.get("_id"), document);
        }
        long liveCount = 0;
        long skipped = 0;
        List<String> unexpected = new ArrayList<>();
        List<String> different = new ArrayList<>();
        long unexpectedCount = 0;
        long differentCount = 0;
        for (Document document : live.find()) {
            liveCount++;
            Object id = document.get("_id");
            Document twin = expected.remove(id);
            Number position = document.get("position", Number.class);
            if (position != null && position.longValue() > upTo) {
                skipped++;
                continue;
            }
            if (twin == null) {
                unexpectedCount++;
                add(unexpected, id);
            } else if (!Objects.equals(document, twin)) {
                differentCount++;
                add(different, id);
            }
        }
        List<String> missing = new ArrayList<>();
        for (Object id : expected.keySet()) {
            add(missing, id);
        }
        return new ConsistencyReport.CollectionResult(
                name,
                liveCount,
                rebuilt.countDocuments(),
                expected.size(),
                unexpectedCount,
                differentCount,
                skipped,
                missing,
                unexpected,
                different);
    }

    /** Drops a scratch collection if it exists (the embedded server logs an error for dropping a missing one). */
    private void drop(ProjectionStore scratch, String collection) {
        String name = scratch.qualified(collection);
        for (String existing : store.database().listCollectionNames()) {
            if (existing.equals(name)) {
                scratch.collection(collection).drop();
                return;
            }
        }
    }

    private static void add(List<String> ids, Object id) {
        if (ids.size() < MAX_LISTED) {
            ids.add(String.valueOf(id));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
