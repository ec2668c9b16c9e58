package org.missionledger.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Runs a workload with a number of concurrent clients for one round, bounded by time and by operations. */
final class Runner implements AutoCloseable {

    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService pool = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "bench-client-" + threads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    Round round(Workload workload, int clients, Duration duration, long maxOps) throws Exception {
        workload.beforeRound();
        Operation[] operations = new Operation[clients];
        for (int i = 0; i < clients; i++) {
            operations[i] = workload.client(i);
        }
        AtomicLong issued = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong lastEnd = new AtomicLong();
        String[] firstError = new String[1];
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch start = new CountDownLatch(1);
        long[] startedAt = new long[1];
        List<Future<Latencies>> futures = new ArrayList<>();
        for (Operation operation : operations) {
            futures.add(pool.submit(() -> {
                Latencies latencies = new Latencies();
                ready.countDown();
                start.await();
                long deadline = startedAt[0] + duration.toNanos();
                while (issued.getAndIncrement() < maxOps) {
                    long begin = System.nanoTime();
                    if (begin >= deadline) {
                        break;
                    }
                    try {
                        operation.run();
                        latencies.record(System.nanoTime() - begin);
                    } catch (Operation.Done done) {
                        break;
                    } catch (Exception | AssertionError e) {
                        if (errors.getAndIncrement() == 0) {
                            synchronized (firstError) {
                                firstError[0] = e.getClass().getSimpleName() + ": " + e.getMessage();
                            }
                        }
                    }
                }
                lastEnd.accumulateAndGet(System.nanoTime(), Math::max);
                return latencies;
            }));
        }
        ready.await();
        startedAt[0] = System.nanoTime();
        start.countDown();
        Latencies all = new Latencies();
        for (Future<Latencies> future : futures) {
            all.addAll(future.get());
        }
        return new Round(all.size(), lastEnd.get() - startedAt[0], all, errors.get(), firstError[0]);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
