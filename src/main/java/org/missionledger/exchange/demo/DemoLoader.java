package org.missionledger.exchange.demo;

import org.missionledger.exchange.api.ImportProgress;
import org.missionledger.exchange.api.ImportReport;
import org.missionledger.exchange.command.ImportLog;
import org.missionledger.exchange.command.Importer;
import org.missionledger.platform.eventstore.EventLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Loads the demo ledger when the application starts on an empty store, so a first run shows a populated ledger.
 * Switched off with {@code missionledger.demo.enabled=false} (the command line always switches it off). It runs once
 * per store, ever: an instance must find the store empty and win a one-time claim shared by every instance.
 */
@Component
@ConditionalOnProperty(name = "missionledger.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final Importer importer;
    private final ImportLog importLog;
    private final EventLog eventLog;

    DemoLoader(Importer importer, ImportLog importLog, EventLog eventLog) {
        this.importer = importer;
        this.importLog = importLog;
        this.eventLog = eventLog;
    }

    @Override
    public void run(ApplicationArguments args) {
        load();
    }

    /** Loads the demo if the store is empty and nobody has loaded it; answers the report, or null if skipped. */
    ImportReport load() {
        if (eventLog.headIndex() > 0) {
            log.debug("The store holds events; the demo ledger is not loaded");
            return null;
        }
        if (!importLog.claimOnce("demo-ledger")) {
            log.debug("The demo ledger was loaded (or is being loaded) by another start");
            return null;
        }
        try {
            ImportReport report = importer.importFile(DemoLedger.input(), DemoLedger.ACTOR, false, ImportProgress.NONE);
            if (report.problems().isEmpty()) {
                log.info(
                        "Loaded the demo ledger ({} entries) into the empty store; set missionledger.demo.enabled="
                                + "false to start empty",
                        report.recorded());
            } else {
                log.error("The demo ledger could not be loaded ({}): {}", report.outcome(), report.problems());
            }
            return report;
        } catch (RuntimeException e) {
            log.error("The demo ledger could not be loaded; the ledger starts without it", e);
            return null;
        }
    }
}
