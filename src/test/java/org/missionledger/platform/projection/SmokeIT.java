package org.missionledger.platform.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.missionledger.common.api.Source;
import org.missionledger.mission.api.Body;
import org.missionledger.mission.api.BodyKind;
import org.missionledger.mission.api.DeclareMission;
import org.missionledger.platform.store.LedgerStore;
import org.missionledger.support.LedgerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@LedgerIntegrationTest
class SmokeIT {

    @Autowired CommandGateway commands;
    @Autowired ProjectionMonitor monitor;
    @Autowired LedgerStore store;
    @Autowired ConsistencyChecker checker;
    @Autowired ProjectionRebuilder rebuilder;

    @Test
    void projects() throws Exception {
        commands.sendAndWait(new DeclareMission("m1", new Body("uk", "UK Government", BodyKind.NATIONAL_GOVERNMENT),
                "Clean power", "Zero-carbon electricity by 2030", "energy", LocalDate.of(2023, 2, 23),
                LocalDate.of(2030, 12, 31), new Source("Title", "ITV", "https://example.org", null, null)));
        for (int i = 0; i < 200; i++) {
            if (monitor.statuses().stream().allMatch(s -> s.lag() == 0)) break;
            Thread.sleep(50);
        }
        System.out.println(monitor.statuses());
        System.out.println(store.database().getCollection("mission_board").find().first().toJson());
        System.out.println(store.database().getCollection("audit_trail").find().first().toJson());
        System.out.println(checker.check());
        rebuilder.rebuildAndWait("mission-board", java.time.Duration.ofSeconds(30), s -> System.out.println(s));
        System.out.println(store.database().getCollection("mission_board").find().first().toJson());
        System.out.println(checker.check());
    }
}
