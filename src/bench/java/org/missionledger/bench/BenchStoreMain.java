package org.missionledger.bench;

import java.io.IOException;
import java.nio.file.Path;
import org.missionledger.platform.store.EmbeddedMongoStore;

/**
 * The embedded store in a process of its own, so that the benchmark's heap figures are the application's and not the
 * in-memory backend's data. Prints {@code READY <uri>} and serves until its standard input closes.
 *
 * <p>Arguments: {@code memory} or {@code h2 <data-dir>}.
 */
public final class BenchStoreMain {

    private BenchStoreMain() {}

    public static void main(String[] args) throws IOException {
        System.setProperty("disable-axoniq-console-message", "true");
        EmbeddedMongoStore store = args.length > 1 && args[0].equals("h2")
                ? EmbeddedMongoStore.startDurable(Path.of(args[1]), 0)
                : EmbeddedMongoStore.startInMemory(0);
        System.out.println("READY " + store.connectionString());
        System.out.flush();
        while (System.in.read() >= 0) {
            // serve until the parent closes our standard input (or dies)
        }
        store.close();
        System.exit(0);
    }
}
