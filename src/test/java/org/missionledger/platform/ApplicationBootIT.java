package org.missionledger.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.missionledger.common.api.Source;
import org.missionledger.mission.api.Body;
import org.missionledger.mission.api.BodyKind;
import org.missionledger.mission.api.DeclareMission;
import org.missionledger.support.LedgerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@LedgerIntegrationTest
class ApplicationBootIT {

    @Autowired
    CommandGateway commands;

    @Autowired
    EventStore eventStore;

    @Test
    void declaresAMissionAndReadsItBack() {
        org.missionledger.platform.axon.CurrentActor.runAs(
                "test:boot",
                () -> commands.sendAndWait(new DeclareMission(
                        "m1",
                        new Body("uk", "UK Government", BodyKind.NATIONAL_GOVERNMENT),
                        "Clean power",
                        "Zero-carbon electricity by 2030",
                        "energy",
                        LocalDate.of(2023, 2, 23),
                        LocalDate.of(2030, 12, 31),
                        new Source("Title", "ITV", "https://example.org", null, null))));
        var events = eventStore.readEvents("m1").asStream().toList();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).getMetaData()).containsKeys("actor", "recordedAt", "correlationId");
        assertThat(events.get(0).getMetaData()).doesNotContainKey("grants");
        assertThat(events.get(0).getMetaData().get("actor")).isEqualTo("test:boot");
    }
}
