package org.missionledger.platform.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One writer per ledger: the lease that lets exactly one process sequence the log, sign checkpoints and run the
 * projections. It is one document ({@code _id: "writer"}) in {@code ledger_lease}: owner, host, pid, HTTP URL, expiry.
 * The holder renews it every third of its duration; another process takes it over only once it has expired — or at
 * once when the holder is provably gone (a process of this host that no longer runs, or an earlier run of this very
 * process id), so a restart after a crash does not wait. A holder that finds its lease taken stops writing.
 */
public class WriterLease implements AutoCloseable {

    public static final String COLLECTION = "ledger_lease";
    private static final String ID = "writer";
    private static final Logger log = LoggerFactory.getLogger(WriterLease.class);
    /** The leases held in this JVM (tests run several contexts in one). */
    private static final java.util.Set<String> LIVE_OWNERS = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final MongoDatabase database;
    private final MongoCollection<Document> collection;
    private final Duration duration;
    private final Clock clock;
    private final String owner = UUID.randomUUID().toString();
    private final String host = hostName();
    private final long pid = ProcessHandle.current().pid();
    private volatile String url;
    private volatile boolean held;
    private volatile Runnable onLost = () -> {};
    private ScheduledExecutorService renewer;

    public WriterLease(MongoDatabase database, Duration duration, Clock clock) {
        this.database = database;
        this.collection = database.getCollection(COLLECTION);
        this.duration = duration;
        this.clock = clock;
    }

    /** The lease as recorded in a store, for a process deciding whether a writer runs. */
    public record Holder(String owner, String host, long pid, String url, Instant expiresAt) {
        public boolean live(Instant now) {
            return expiresAt.isAfter(now) && !gone();
        }

        /** Whether the holder is provably not running (a process of this host that no longer exists). */
        boolean gone() {
            if (!host.equals(hostName())) {
                return false;
            }
            if (pid == ProcessHandle.current().pid()) {
                return !LIVE_OWNERS.contains(owner); // an earlier run of this pid (a container restarted)
            }
            return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
        }

        public String describe() {
            return "pid " + pid + " on " + host + (url != null ? " (" + url + ")" : "");
        }
    }

    public static Optional<Holder> current(MongoDatabase database) {
        Document d = database.getCollection(COLLECTION).find(eq("_id", ID)).first();
        if (d == null) {
            return Optional.empty();
        }
        return Optional.of(new Holder(
                d.getString("owner"),
                d.getString("host"),
                ((Number) d.get("pid")).longValue(),
                d.getString("url"),
                d.getDate("expiresAt").toInstant()));
    }

    /**
     * Takes the lease and keeps renewing it.
     *
     * @param ledgerDescription names the ledger in the refusal
     * @param storeIsOurs this process holds the embedded store's data file, so no other process can be writing to it:
     *     an earlier holder is gone whatever its lease says
     * @throws LedgerStartupException if another live process holds it
     */
    public synchronized void acquire(String ledgerDescription, boolean storeIsOurs) {
        Optional<Holder> holder = current(database);
        Instant now = clock.instant();
        boolean takeOver = holder.isPresent() && (storeIsOurs || holder.get().gone());
        var filter =
                takeOver ? eq("_id", ID) : and(eq("_id", ID), or(eq("owner", owner), lt("expiresAt", Date.from(now))));
        try {
            collection.updateOne(filter, fields(now, true), new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                Holder other = current(database).orElse(null);
                throw new LedgerStartupException("Another process is the writer of " + ledgerDescription
                        + (other == null ? "" : " (" + other.describe() + ", lease until " + other.expiresAt() + ")")
                        + "; stop it, or use it (commands reach it through its HTTP API), or wait until its lease"
                        + " expires.");
            }
            throw e;
        }
        if (takeOver) {
            log.info(
                    "Took over the writer lease of {}, which no longer runs",
                    holder.get().describe());
        }
        held = true;
        LIVE_OWNERS.add(owner);
        renewer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "writer-lease");
            thread.setDaemon(true);
            return thread;
        });
        long every = Math.max(200, duration.toMillis() / 3);
        renewer.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
    }

    private org.bson.conversions.Bson fields(Instant now, boolean acquiring) {
        var set = Updates.combine(
                Updates.set("owner", owner),
                Updates.set("host", host),
                Updates.set("pid", pid),
                Updates.set("url", url),
                Updates.set("renewedAt", Date.from(now)),
                Updates.set("expiresAt", Date.from(now.plus(duration))));
        return acquiring ? Updates.combine(set, Updates.set("acquiredAt", Date.from(now))) : set;
    }

    /** Records the HTTP URL at which the holder serves (for commands that write through it). */
    public void publishUrl(String httpUrl) {
        this.url = httpUrl;
        if (held) {
            collection.updateOne(and(eq("_id", ID), eq("owner", owner)), Updates.set("url", httpUrl));
        }
    }

    /** What to do when the lease turns out to be taken by another process. */
    public void onLost(Runnable action) {
        this.onLost = action;
    }

    public boolean held() {
        return held;
    }

    /**
     * This process stays a follower: it never writes the log or the views. It watches the lease; once the writer's
     * lease has expired (the writer is gone), it runs {@code writerGone} — the server stops, so that its supervisor
     * restarts it as the writer.
     */
    public synchronized void follow(Runnable writerGone) {
        renewer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "writer-lease-follower");
            thread.setDaemon(true);
            return thread;
        });
        renewer.scheduleWithFixedDelay(
                () -> {
                    try {
                        if (current(database)
                                .filter(h -> h.live(clock.instant()))
                                .isEmpty()) {
                            log.error("The ledger's writer lease has expired: this follower stops, to be restarted"
                                    + " as the writer");
                            writerGone.run();
                        }
                    } catch (RuntimeException e) {
                        log.debug("Could not read the writer lease: {}", e.toString());
                    }
                },
                Math.max(1, duration.toSeconds() / 3),
                Math.max(1, duration.toSeconds() / 3),
                TimeUnit.SECONDS);
    }

    private void renew() {
        try {
            long matched = collection
                    .updateOne(and(eq("_id", ID), eq("owner", owner)), fields(clock.instant(), false))
                    .getMatchedCount();
            if (matched == 0 && held) {
                held = false;
                LIVE_OWNERS.remove(owner);
                log.error("The writer lease was taken over by another process; this one stops writing");
                onLost.run();
            }
        } catch (RuntimeException e) {
            log.warn("Could not renew the writer lease (will retry): {}", e.toString());
        }
    }

    /** Gives the lease up, so the next writer need not wait for it to expire. */
    @Override
    public synchronized void close() {
        if (renewer != null) {
            renewer.shutdownNow();
            renewer = null;
        }
        LIVE_OWNERS.remove(owner);
        if (held) {
            held = false;
            try {
                collection.deleteOne(and(eq("_id", ID), eq("owner", owner)));
            } catch (RuntimeException e) {
                log.warn("Could not release the writer lease (it expires by itself): {}", e.toString());
            }
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "unknown-host";
        }
    }
}
