package org.missionledger.source.watch;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The scheduled mode of the source watch ({@code missionledger.sources.watch.scheduled=true}): a run every
 * {@code interval}, the first {@code initial-delay} after start-up, recorded as {@value SourceWatch#SYSTEM_ACTOR}. A
 * run still going on when the next is due is left to finish (the next waits for the following tick).
 */
final class SourceWatchScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SourceWatchScheduler.class);

    private final SourceWatch watch;
    private final SourceWatchProperties properties;
    private volatile ScheduledExecutorService executor;

    SourceWatchScheduler(SourceWatch watch, SourceWatchProperties properties) {
        this.watch = watch;
        this.properties = properties;
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "source-watch-schedule");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(
                this::tick,
                properties.initialDelay().toMillis(),
                properties.interval().toMillis(),
                TimeUnit.MILLISECONDS);
        log.info("Source watch scheduled every {} (first in {})", properties.interval(), properties.initialDelay());
    }

    private void tick() {
        try {
            watch.runNow(SourceWatch.SYSTEM_ACTOR);
        } catch (SourceWatch.WatchAlreadyRunning busy) {
            log.info("Source watch: a run is already going on; skipping this tick");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("Source watch failed: {}", e.toString());
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        if (running != null) {
            running.shutdownNow();
        }
        executor = null;
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
