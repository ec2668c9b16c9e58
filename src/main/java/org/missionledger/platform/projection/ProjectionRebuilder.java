package org.missionledger.platform.projection;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Rebuilds projections from the first event: stops the projection's processor, resets its tokens (its
 * {@code @ResetHandler} empties its collections) and starts it again, so it replays the whole global order. Queries
 * keep being answered meanwhile, from the partly rebuilt view, and say so ({@code rebuilding: true}).
 *
 * <p>Progress (processed / total, events per second, estimated time left) is logged every few seconds and reported by
 * {@link #status()}. A plain Spring bean, so the command line can call it too.
 *
 * <p>Resetting needs every token segment of the projection: run a rebuild with one instance of the application, or
 * with the others stopped.
 */
@Component
public class ProjectionRebuilder implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilder.class);
    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);

    private final ProjectionMonitor monitor;
    private final ScheduledExecutorService progressLog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "projection-rebuild-progress");
        thread.setDaemon(true);
        return thread;
    });
    private final Duration logInterval;
    private ScheduledFuture<?> progressTask;

    @Autowired
    public ProjectionRebuilder(ProjectionMonitor monitor) {
        this(monitor, Duration.ofSeconds(2));
    }

    ProjectionRebuilder(ProjectionMonitor monitor, Duration logInterval) {
        this.monitor = monitor;
        this.logInterval = logInterval;
    }

    /** The names of the projections that can be rebuilt. */
    public List<String> projections() {
        return monitor.names();
    }

    /**
     * Starts rebuilding one projection and returns at once (the replay runs on the processor's threads).
     *
     * @throws UnknownProjectionException for a name that is not a projection
     * @throws RebuildInProgressException when it is already being rebuilt
     */
    public synchronized ProjectionStatus rebuild(String name) {
        monitor.projector(name);
        if (monitor.isRebuilding(name)) {
            throw new RebuildInProgressException(name);
        }
        StreamingEventProcessor processor = monitor.processor(name)
                .orElseThrow(() -> new IllegalStateException("No streaming processor for projection " + name));
        long total = monitor.head();
        log.info("Rebuilding projection {} from the first event up to global index {}", name, total);
        monitor.rebuildStarted(name, total);
        try {
            processor.shutdownAsync().get(SHUTDOWN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            processor.resetTokens();
        } catch (Exception e) {
            monitor.rebuildFailed(name);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("Could not reset projection " + name + ": " + e.getMessage(), e);
        } finally {
            if (!processor.isRunning()) {
                processor.start();
            }
        }
        scheduleProgressLog();
        return monitor.status(name);
    }

    /** Starts rebuilding every projection. */
    public List<ProjectionStatus> rebuildAll() {
        List<ProjectionStatus> result = new ArrayList<>();
        for (String name : projections()) {
            result.add(rebuild(name));
        }
        return result;
    }

    /**
     * Rebuilds one projection and waits until it has caught up with the head of the event store as it was when the
     * rebuild began, reporting progress to {@code onProgress} about once a second (for the command line).
     *
     * @return the final status
     * @throws IllegalStateException when the rebuild did not finish within {@code timeout}
     */
    public ProjectionStatus rebuildAndWait(String name, Duration timeout, Consumer<ProjectionStatus> onProgress) {
        rebuild(name);
        return awaitRebuilt(name, timeout, onProgress);
    }

    /** Waits until a running rebuild of {@code name} is done, reporting progress about once a second. */
    public ProjectionStatus awaitRebuilt(String name, Duration timeout, Consumer<ProjectionStatus> onProgress) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            ProjectionStatus status = monitor.status(name);
            onProgress.accept(status);
            if (status.state() != ProjectionStatus.State.REBUILDING) {
                return status;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Rebuild of " + name + " not finished within " + timeout);
            }
            try {
                Thread.sleep(Math.min(1000, Math.max(10, timeout.toMillis() / 100)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the rebuild of " + name, e);
            }
        }
    }

    /** The status of every projection. */
    public List<ProjectionStatus> status() {
        return monitor.statuses();
    }

    private synchronized void scheduleProgressLog() {
        if (progressTask != null && !progressTask.isDone()) {
            return;
        }
        progressTask = progressLog.scheduleWithFixedDelay(
                () -> {
                    try {
                        if (!monitor.logProgress()) {
                            stopProgressLog();
                        }
                    } catch (RuntimeException e) {
                        log.warn("Could not report rebuild progress: {}", e.toString());
                    }
                },
                logInterval.toMillis(),
                logInterval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private synchronized void stopProgressLog() {
        if (progressTask != null) {
            progressTask.cancel(false);
        }
    }

    @Override
    public void destroy() {
        progressLog.shutdownNow();
    }
}
