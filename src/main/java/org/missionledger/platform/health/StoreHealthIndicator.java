package org.missionledger.platform.health;

import org.bson.Document;
import org.missionledger.platform.eventstore.GlobalIndexEventStorageEngine;
import org.missionledger.platform.store.LedgerStore;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/** The store answers, and how far the global order has got. */
@Component("store")
class StoreHealthIndicator extends AbstractHealthIndicator {

    private final LedgerStore store;
    private final GlobalIndexEventStorageEngine engine;

    StoreHealthIndicator(LedgerStore store, GlobalIndexEventStorageEngine engine) {
        super("The store cannot be reached");
        this.store = store;
        this.engine = engine;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        store.database().runCommand(new Document("ping", 1));
        builder.up()
                .withDetail("store", store.embedded().isPresent() ? "embedded" : "mongodb")
                .withDetail("database", store.databaseName())
                .withDetail("head", engine.headIndex());
    }
}
