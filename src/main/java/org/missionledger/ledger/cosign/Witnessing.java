package org.missionledger.ledger.cosign;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.missionledger.ledger.checkpoint.CheckpointStore;
import org.missionledger.ledger.checkpoint.StoredCheckpoint;
import org.missionledger.ledger.log.LogProofs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Offers the latest checkpoint to every witness, each on its own thread, every {@code poll-interval} until it has
 * cosigned it; a witness that fails is retried after a delay that doubles up to {@code max-retry-delay}. Nothing waits
 * for it: checkpoints are signed and served whether witnesses answer or not.
 */
public class Witnessing implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Witnessing.class);

    private final List<WitnessingProperties.Configured> witnesses;
    private final CheckpointStore checkpoints;
    private final LogProofs proofs;
    private final CosignatureStore store;
    private final WitnessingProperties properties;
    private final Clock clock;
    private volatile ScheduledExecutorService executor;

    public Witnessing(
            WitnessingProperties properties,
            CheckpointStore checkpoints,
            LogProofs proofs,
            CosignatureStore store,
            Clock clock) {
        this.properties = properties;
        this.witnesses = properties.configured();
        this.checkpoints = checkpoints;
        this.proofs = proofs;
        this.store = store;
        this.clock = clock;
    }

    public List<WitnessingProperties.Configured> witnesses() {
        return witnesses;
    }

    /** One witness's loop: offer, and back off while it fails. */
    private final class Loop implements Runnable {
        private final WitnessClient client;
        private Duration delay = properties.pollInterval();

        Loop(WitnessClient client) {
            this.client = client;
        }

        @Override
        public void run() {
            ScheduledExecutorService running = executor;
            if (running == null) {
                return;
            }
            Duration next = properties.pollInterval();
            try {
                Optional<StoredCheckpoint> latest = checkpoints.latest();
                if (latest.isPresent() && client.submit(latest.get()) == WitnessClient.Outcome.FAILED) {
                    delay = min(delay.multipliedBy(2), properties.maxRetryDelay());
                    next = delay;
                } else {
                    delay = properties.pollInterval();
                }
            } catch (RuntimeException e) {
                log.error("Asking witness {} failed (will retry)", client.name(), e);
                delay = min(delay.multipliedBy(2), properties.maxRetryDelay());
                next = delay;
            }
            try {
                running.schedule(this, next.toMillis(), TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                // shutting down
            }
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public void start() {
        if (witnesses.isEmpty()) {
            return;
        }
        ScheduledExecutorService service = Executors.newScheduledThreadPool(witnesses.size(), runnable -> {
            Thread thread = new Thread(runnable, "witness-client");
            thread.setDaemon(true);
            return thread;
        });
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(properties.requestTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        executor = service;
        List<String> names = new ArrayList<>();
        for (WitnessingProperties.Configured witness : witnesses) {
            WitnessClient client = new WitnessClient(witness, proofs, store, http, properties.requestTimeout(), clock);
            service.execute(new Loop(client));
            names.add(witness.name() + " at " + witness.url());
        }
        log.info("Checkpoints are offered to {} witness(es): {}", witnesses.size(), String.join(", ", names));
    }

    @Override
    public void stop() {
        ScheduledExecutorService service = executor;
        executor = null;
        if (service != null) {
            service.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
