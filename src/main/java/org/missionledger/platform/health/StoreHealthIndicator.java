package org.missionledger.platform.health;

import org.bson.Document;
import org.missionledger.platform.eventstore.EventLog;
import org.missionledger.platform.store.LedgerStore;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/** The store answers, and how far the global order has got. */
@Component("store")
class StoreHealthIndicator extends AbstractHealthIndicator {

    private final LedgerStore store;
    private final EventLog eventLog;

    StoreHealthIndicator(LedgerStore store, EventLog eventLog) {
        super("The store cannot be reached");
        this.store = store;
        this.eventLog = eventLog;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        store.database().runCommand(new Document("ping", 1));
        builder.up()
                .withDetail("store", store.embedded().isPresent() ? "embedded" : "mongodb")
                .withDetail("database", store.databaseName())
                .withDetail("head", eventLog.headIndex());
    }
}
