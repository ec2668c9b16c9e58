package org.missionledger;

import org.missionledger.cli.LedgerCommandLine;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Mission Ledger: an event-sourced, tamper-evident accountability ledger. The jar's entry point is its command line:
 * {@code serve} (the default), {@code import}, {@code export}, … (docs/cli.md).
 */
@SpringBootApplication
public class MissionLedgerApplication {

    public static void main(String[] args) {
        System.setProperty("disable-axoniq-console-message", "true");
        LedgerCommandLine commandLine = new LedgerCommandLine();
        int exitCode = commandLine.execute(args);
        if (commandLine.server().isEmpty()) {
            System.exit(exitCode); // the server keeps the process alive; every other command ends it
        }
    }
}
