package org.missionledger.platform.deadletter;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.missionledger.platform.store.WriterLease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Retries, by itself, the events a projection parked because the store failed (an outage, a timeout): once the store
 * answers again, the parked sequences are processed and every later event of theirs follows, so an outage needs no
 * operator. Events parked for any other cause (a poisoned document, a projector's bug) still wait for an operator's
 * retry or eviction ({@code /api/admin/dead-letters}). Only the ledger's writer (the lease holder) retries: it is the
 * one process that runs the projections.
 */
@Component
class StoreFailureRetry implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(StoreFailureRetry.class);

    private final DeadLetters deadLetters;
    private final WriterLease lease;
    private final Duration interval;
    private ScheduledExecutorService executor;

    StoreFailureRetry(
            DeadLetters deadLetters,
            WriterLease lease,
            @Value("${missionledger.dead-letters.store-failure-retry-interval:PT10S}") Duration interval) {
        this.deadLetters = deadLetters;
        this.lease = lease;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "dead-letter-store-retry");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        executor.scheduleWithFixedDelay(this::retryStoreFailures, millis, millis, TimeUnit.MILLISECONDS);
    }

    void retryStoreFailures() {
        if (!lease.held()) {
            return;
        }
        for (String group : deadLetters.groups()) {
            try {
                int cleared = deadLetters.retryStoreFailures(group);
                if (cleared > 0) {
                    log.info("Projection {}: {} sequence(s) parked by a store failure applied again", group, cleared);
                }
            } catch (RuntimeException e) {
                log.debug("Projection {}: the store is still failing; parked events wait", group, e);
            }
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
