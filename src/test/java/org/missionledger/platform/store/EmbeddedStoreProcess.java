package org.missionledger.platform.store;

import java.nio.file.Path;

/** Runs the durable embedded store in a process of its own, so a test can kill it with SIGKILL. */
public final class EmbeddedStoreProcess {

    private EmbeddedStoreProcess() {}

    public static void main(String[] args) throws InterruptedException {
        EmbeddedMongoStore store = EmbeddedMongoStore.startDurable(Path.of(args[0]), 0);
        System.out.println("URI " + store.connectionString());
        System.out.flush();
        Thread.currentThread().join();
    }
}
