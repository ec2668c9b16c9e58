package org.missionledger.platform.projection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.missionledger.platform.eventstore.EventLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Knows how far each projection is: its processor's position (the lowest current position among the segments this
 * instance processes, read from {@link StreamingEventProcessor#processingStatus()} — no extra writes) against the head
 * of the event store, and whether it is being rebuilt.
 */
@Component
public class ProjectionMonitor {

    private static final Logger log = LoggerFactory.getLogger(ProjectionMonitor.class);

    private final EventProcessingConfiguration processing;
    private final EventLog eventLog;
    private final Map<String, Projector> projectors = new LinkedHashMap<>();
    private final Map<String, Rebuild> rebuilds = new ConcurrentHashMap<>();
    private final Clock clock;
    private StoredTokenPositions storedPositions;

    public ProjectionMonitor(
            EventProcessingConfiguration processing, EventLog eventLog, List<Projector> projectors, Clock clock) {
        this.processing = processing;
        this.eventLog = eventLog;
        this.clock = clock;
        projectors.forEach(p -> this.projectors.put(p.name(), p));
    }

    /** Where positions come from when this process does not run the projection (a read-only command). */
    @org.springframework.beans.factory.annotation.Autowired(required = false)
    void setStoredPositions(StoredTokenPositions storedPositions) {
        this.storedPositions = storedPositions;
    }

    /** The names of all projections, in a stable order. */
    public List<String> names() {
        return List.copyOf(projectors.keySet());
    }

    public Projector projector(String name) {
        Projector projector = projectors.get(name);
        if (projector == null) {
            throw new UnknownProjectionException(name);
        }
        return projector;
    }

    public List<Projector> projectors() {
        return List.copyOf(projectors.values());
    }

    /** The global index of the last event in the store (tombstones and writes in flight after it do not count). */
    public long head() {
        return eventLog.lastEventIndex();
    }

    /** The status of the views an answer was read from. */
    public ReadModelStatus readModel(String... views) {
        long head = head();
        long position = Long.MAX_VALUE;
        boolean rebuilding = false;
        for (String view : views) {
            position = Math.min(position, position(view));
            rebuilding |= isRebuilding(view);
        }
        if (views.length == 0) {
            position = head;
        }
        return new ReadModelStatus(Arrays.asList(views), position, head, Math.max(0, head - position), rebuilding);
    }

    /** The global index up to which the projection has processed every event; 0 while it has not started. */
    public long position(String name) {
        projector(name);
        Optional<StreamingEventProcessor> processor = processor(name);
        if (processor.isEmpty() && storedPositions != null) {
            return storedPositions.position(name).orElse(0);
        }
        return processor
                .map(p -> minimum(p.processingStatus()))
                .orElse(OptionalLong.empty())
                .orElse(0);
    }

    /**
     * Whether the projection is being rebuilt: a rebuild started here has not yet reached its target, or the processor
     * is replaying (e.g. a rebuild that was interrupted by a restart and resumed from its replay token).
     */
    public boolean isRebuilding(String name) {
        Rebuild rebuild = rebuilds.get(name);
        if (rebuild == null || rebuild.finishedAt != null) {
            return processor(name).map(StreamingEventProcessor::isReplaying).orElse(false);
        }
        long position = position(name);
        boolean replaying =
                processor(name).map(StreamingEventProcessor::isReplaying).orElse(false);
        if (position >= rebuild.total
                && !replaying
                && processor(name).map(p -> p.isRunning()).orElse(false)) {
            finish(name, rebuild, position);
            return false;
        }
        return true;
    }

    public ProjectionStatus status(String name) {
        projector(name);
        long head = head();
        Optional<StreamingEventProcessor> processor = processor(name);
        Map<Integer, EventTrackerStatus> statuses =
                processor.map(StreamingEventProcessor::processingStatus).orElse(Map.of());
        long position = minimum(statuses).orElse(0);
        String error = statuses.values().stream()
                .filter(EventTrackerStatus::isErrorState)
                .map(s -> s.getError() == null ? "error" : s.getError().toString())
                .findFirst()
                .orElse(null);
        boolean rebuilding = isRebuilding(name);
        ProjectionStatus.State state;
        if (error != null) {
            state = ProjectionStatus.State.ERROR;
        } else if (rebuilding) {
            state = ProjectionStatus.State.REBUILDING;
        } else if (processor.map(p -> p.isRunning()).orElse(false)) {
            state = ProjectionStatus.State.RUNNING;
        } else {
            state = ProjectionStatus.State.STOPPED;
        }
        Rebuild rebuild = rebuilds.get(name);
        return new ProjectionStatus(
                name,
                state,
                position,
                head,
                Math.max(0, head - position),
                statuses.size(),
                error,
                rebuild == null ? null : rebuild.progress(position, clock.instant()));
    }

    public List<ProjectionStatus> statuses() {
        List<ProjectionStatus> result = new ArrayList<>();
        for (String name : names()) {
            result.add(status(name));
        }
        return result;
    }

    Optional<StreamingEventProcessor> processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class);
    }

    // ------------------------------------------------------------------------------------------------ rebuilds

    void rebuildStarted(String name, long total) {
        rebuilds.put(name, new Rebuild(clock.instant(), total));
    }

    void rebuildFailed(String name) {
        rebuilds.remove(name);
    }

    /** Whether any rebuild is running (and logs the progress of each, or its completion). */
    boolean logProgress() {
        boolean any = false;
        for (Map.Entry<String, Rebuild> entry : rebuilds.entrySet()) {
            Rebuild rebuild = entry.getValue();
            if (rebuild.finishedAt != null) {
                continue;
            }
            if (isRebuilding(entry.getKey())) {
                any = true;
                log.info(
                        "Rebuilding {}: {}",
                        entry.getKey(),
                        rebuild.progress(position(entry.getKey()), clock.instant())
                                .describe());
            }
        }
        return any;
    }

    private void finish(String name, Rebuild rebuild, long position) {
        synchronized (rebuild) {
            if (rebuild.finishedAt != null) {
                return;
            }
            rebuild.finishedAt = clock.instant();
        }
        log.info(
                "Rebuilt {} in {}: {}",
                name,
                Duration.between(rebuild.startedAt, rebuild.finishedAt),
                rebuild.progress(position, rebuild.finishedAt).describe());
    }

    private static OptionalLong minimum(Map<Integer, EventTrackerStatus> statuses) {
        if (statuses.isEmpty()) {
            return OptionalLong.empty();
        }
        long min = Long.MAX_VALUE;
        for (EventTrackerStatus status : statuses.values()) {
            OptionalLong position = status.getCurrentPosition();
            min = Math.min(min, position.orElse(0));
        }
        return OptionalLong.of(min);
    }

    /** One rebuild's timing. */
    private static final class Rebuild {
        final Instant startedAt;
        final long total;
        volatile Instant finishedAt;

        Rebuild(Instant startedAt, long total) {
            this.startedAt = startedAt;
            this.total = total;
        }

        RebuildProgress progress(long position, Instant now) {
            long processed = finishedAt != null ? Math.max(position, total) : Math.min(position, total);
            Instant end = finishedAt != null ? finishedAt : now;
            double seconds = Math.max(Duration.between(startedAt, end).toMillis() / 1000.0, 0.001);
            double rate = processed / seconds;
            Long left = finishedAt != null || rate <= 0 ? null : (long) Math.ceil((total - processed) / rate);
            double percent = total == 0 ? 100.0 : Math.round(1000.0 * Math.min(processed, total) / total) / 10.0;
            return new RebuildProgress(startedAt, finishedAt, processed, total, percent, rate, left);
        }
    }
}
