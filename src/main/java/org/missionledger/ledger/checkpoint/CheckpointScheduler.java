package org.missionledger.ledger.checkpoint;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.missionledger.common.api.FeatureApi;
import org.missionledger.ledger.log.LogState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Decides when to sign: every {@code checkpoint-interval} if the tree grew, and as soon as it grew by
 * {@code checkpoint-every} leaves since the latest checkpoint — never once per event. A log without any checkpoint
 * gets its first one as soon as appends pause for {@link #FIRST_CHECKPOINT_QUIET} (a fresh ledger, e.g. one that just
 * loaded the demo, can be saved and verified at once, not a whole interval later). Signing runs on its own thread, so
 * the sequencer never waits for it. A last checkpoint is signed on shutdown.
 */
@FeatureApi("signing a checkpoint now, before a writing command exits")
public class CheckpointScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CheckpointScheduler.class);

    private final CheckpointSigner signer;
    private final Duration interval;
    private final long every;
    private final AtomicLong signedSize = new AtomicLong(-1);
    private final AtomicBoolean pending = new AtomicBoolean();
    private final AtomicLong appendedSize = new AtomicLong();
    private volatile ScheduledExecutorService executor;
    private volatile ScheduledFuture<?> firstCheckpoint;

    /** How long appends must pause before a log without any checkpoint signs its first one. */
    static final Duration FIRST_CHECKPOINT_QUIET = Duration.ofSeconds(2);

    public CheckpointScheduler(CheckpointSigner signer, Duration interval, long every) {
        this.signer = signer;
        this.interval = interval;
        this.every = every;
    }

    /** Called by the sequencer after each committed append. */
    public void onAppended(LogState state) {
        appendedSize.accumulateAndGet(state.size(), Math::max);
        ScheduledExecutorService running = executor;
        if (running != null && signedSize.get() <= 0) { // none yet (0), or not known yet (-1: start-up failed)
            scheduleFirstCheckpoint(running);
        }
        if (running != null && due() && pending.compareAndSet(false, true)) {
            try {
                running.execute(() -> {
                    pending.set(false);
                    if (due()) { // re-checked: the start-up or timer signature may have covered it meanwhile
                        signNow();
                    }
                });
            } catch (RejectedExecutionException stopping) {
                pending.set(false); // shutting down: stop() signs a last checkpoint
            }
        }
    }

    /** (Re)arms the first signature: every append while there is no checkpoint pushes it back. */
    private synchronized void scheduleFirstCheckpoint(ScheduledExecutorService running) {
        ScheduledFuture<?> previous = firstCheckpoint;
        if (previous != null) {
            previous.cancel(false);
        }
        try {
            firstCheckpoint = running.schedule(
                    () -> {
                        if (signedSize.get() <= 0) {
                            signNow();
                        }
                    },
                    FIRST_CHECKPOINT_QUIET.toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            // shutting down: stop() signs a last checkpoint
        }
    }

    private boolean due() {
        long signed = Math.max(0, signedSize.get());
        return appendedSize.get() - signed >= every;
    }

    /** Signs a checkpoint now if the tree grew; failures are logged and retried on the next tick. */
    public void signNow() {
        if (!signer.signs()) {
            return;
        }
        try {
            signer.signIfGrown()
                    .ifPresentOrElse(
                            c -> signedSize.accumulateAndGet(c.size(), Math::max),
                            () -> signedSize.compareAndSet(-1, signer.latestSize()));
        } catch (RuntimeException e) {
            log.error("Could not sign a checkpoint (will retry)", e);
        }
    }

    @Override
    public void start() {
        if (!signer.signs()) {
            return; // a read-only process never signs
        }
        ScheduledExecutorService service = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "checkpoint-signer");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        signNow(); // here, not on the executor: from now on the scheduler knows whether the log has a checkpoint
        service.scheduleWithFixedDelay(this::signNow, millis, millis, TimeUnit.MILLISECONDS);
        executor = service;
    }

    @Override
    public void stop() {
        ScheduledExecutorService service = executor;
        executor = null;
        if (service == null) {
            return;
        }
        service.shutdown();
        try {
            service.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        signNow();
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    /** Starts early and stops late: after Axon's processors, so the last checkpoint covers what they appended. */
    @Override
    public int getPhase() {
        return 0;
    }
}
