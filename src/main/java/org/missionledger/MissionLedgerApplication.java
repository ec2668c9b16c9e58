package org.missionledger;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Mission Ledger: an event-sourced, tamper-evident accountability ledger. */
@SpringBootApplication
public class MissionLedgerApplication {

    public static void main(String[] args) {
        System.setProperty("disable-axoniq-console-message", "true");
        SpringApplication.run(MissionLedgerApplication.class, args);
    }
}
