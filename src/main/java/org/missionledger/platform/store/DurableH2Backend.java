package org.missionledger.platform.store;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.Locale;
import java.util.Set;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend made durable before acknowledgement.
 *
 * <p>As it comes, the H2 backend commits its MVStore on a background timer, so a hard kill loses writes that clients
 * were already told succeeded. Here every write command commits the store and forces it to disk before the server
 * answers. Concurrent writers share one commit and one {@code fsync} (group commit): a writer whose change was already
 * covered by another thread's sync returns at once.
 */
final class DurableH2Backend extends H2Backend {

    private static final Set<String> WRITE_COMMANDS = Set.of(
            "insert",
            "update",
            "delete",
            "findandmodify",
            "create",
            "createindexes",
            "drop",
            "dropdatabase",
            "dropindexes",
            "renamecollection",
            "collmod");

    private final MVStore store;
    private final Object counterLock = new Object();
    private final Object syncLock = new Object();
    private long requested;
    private long durable;

    DurableH2Backend(MVStore store) {
        super(store);
        this.store = store;
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        Document response = super.handleCommand(channel, database, command, query);
        if (WRITE_COMMANDS.contains(command.toLowerCase(Locale.ROOT))) {
            awaitDurable();
        }
        return response;
    }

    /** Returns once every write that completed before this call is committed and synced to disk. */
    void awaitDurable() {
        long ticket;
        synchronized (counterLock) {
            ticket = ++requested;
        }
        synchronized (syncLock) {
            if (durable >= ticket) {
                return;
            }
            long covered;
            synchronized (counterLock) {
                covered = requested;
            }
            store.commit();
            store.sync();
            durable = covered;
        }
    }
}
