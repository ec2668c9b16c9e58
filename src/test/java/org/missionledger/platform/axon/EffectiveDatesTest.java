package org.missionledger.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.junit.jupiter.api.Test;
import org.missionledger.common.api.Source;
import org.missionledger.indicator.api.ReadingRecorded;
import org.missionledger.mission.api.DropMission;
import org.missionledger.mission.api.MissionDropped;
import org.missionledger.platform.projection.LedgerEvent;
import org.missionledger.platform.security.Grants;

/** "Date unknown": the mark a dispatcher puts on a command, what the interceptor keeps, and what views see. */
class EffectiveDatesTest {

    static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    static final Source SOURCE = new Source("A page", "A publisher", "https://example.org", null, null);

    final CommandMetadataInterceptor interceptor = new CommandMetadataInterceptor(
            new CurrentActor() {
                @Override
                public String name() {
                    return "tester";
                }

                @Override
                public Grants grants() {
                    return Grants.SYSTEM;
                }
            },
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void keepsTheMarkOnACommandWithoutADateOfItsOwn() {
        CommandMessage<?> stamped = stamp(EffectiveDates.unknown(new DropMission("m", "why", SOURCE, null)));

        assertThat(stamped.getMetaData()).containsEntry(CommandMetadataInterceptor.EFFECTIVE_DATE, "unknown");
    }

    @Test
    void aStatedDateWinsOverTheMark() {
        LocalDate stated = LocalDate.of(2024, 12, 5);
        CommandMessage<?> stamped = stamp(EffectiveDates.unknown(new DropMission("m", "why", SOURCE, stated)));

        assertThat(stamped.getMetaData()).containsEntry(CommandMetadataInterceptor.EFFECTIVE_DATE, "2024-12-05");
    }

    @Test
    void dropsAnyOtherEffectiveDateACallerPutInTheMetadata() {
        CommandMessage<?> forged = GenericCommandMessage.asCommandMessage(new DropMission("m", "why", SOURCE, null))
                .andMetaData(Map.of(CommandMetadataInterceptor.EFFECTIVE_DATE, "1999-01-01"));

        assertThat(stamp(forged).getMetaData()).doesNotContainKey(CommandMetadataInterceptor.EFFECTIVE_DATE);
    }

    @Test
    void anEventOfUnknownDateHasNoEffectiveDateNeverTheRecordingDay() {
        MissionDropped dropped = new MissionDropped("m", "why", SOURCE, null);

        assertThat(LedgerEvent.effectiveDateOf(dropped, "unknown", NOW)).isNull();
        assertThat(LedgerEvent.effectiveDateOf(dropped, null, NOW)).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(LedgerEvent.effectiveDateOf(
                        new ReadingRecorded("i", "2024", java.math.BigDecimal.ONE, null, null, SOURCE), null, NOW))
                .as("a reading without its publication date")
                .isNull();
    }

    private CommandMessage<?> stamp(CommandMessage<?> command) {
        return interceptor.handle(List.of(command)).apply(0, command);
    }
}
