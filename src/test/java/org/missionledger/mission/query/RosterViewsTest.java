package org.missionledger.mission.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionledger.common.api.FieldChange;
import org.missionledger.mission.api.AccountabilityAssigned;
import org.missionledger.mission.api.AccountabilityEnded;
import org.missionledger.mission.api.AccountabilityReassigned;
import org.missionledger.mission.api.AccountabilityView;
import org.missionledger.mission.api.AccountableView;
import org.missionledger.mission.api.MissionDeclared;
import org.missionledger.mission.api.MissionRecordCorrected;
import org.missionledger.mission.api.TargetDropped;
import org.missionledger.mission.api.TargetSet;
import org.missionledger.platform.projection.LedgerEvent;
import org.missionledger.support.Fixtures;
import org.missionledger.support.LedgerEvents;

/** The roster read bitemporally: on a date (valid time) as the record stood at a moment (transaction time). */
class RosterViewsTest {

    final LedgerEvents events = new LedgerEvents();
    final RosterDocument roster = new RosterDocument();

    LedgerEvent record(Object payload) {
        LedgerEvent event = events.next(payload);
        RosterFold.apply(roster, event);
        return event;
    }

    void declareWithAlice() {
        record(new MissionDeclared(
                "m",
                Fixtures.UK,
                "Mission",
                "Statement",
                null,
                LocalDate.of(2023, 6, 1),
                null,
                Fixtures.source("Declaration")));
        record(new AccountabilityAssigned(
                "m",
                "alice",
                null,
                Fixtures.LEAD_MINISTER,
                Fixtures.holder("Alice"),
                LocalDate.of(2024, 1, 1),
                Fixtures.source("Appointment")));
    }

    static List<String> holders(AccountabilityView view) {
        return view.holders().stream().map(h -> h.holder().name()).toList();
    }

    @Test
    void aBackDatedReassignmentChangesThePastOnlyFromTheMomentItWasRecorded() {
        declareWithAlice();
        Instant beforeReassignment = events.now();
        events.advance(Duration.ofDays(30));
        record(new AccountabilityReassigned(
                "m",
                "alice",
                "bob",
                null,
                Fixtures.LEAD_MINISTER,
                Fixtures.holder("Alice"),
                Fixtures.holder("Bob"),
                LocalDate.of(2024, 6, 1),
                "Reshuffle",
                Fixtures.source("Reshuffle")));

        LocalDate july = LocalDate.of(2024, 7, 1);
        assertThat(holders(RosterViews.accountability(roster, july, null))).containsExactly("Bob");
        assertThat(holders(RosterViews.accountability(roster, july, beforeReassignment)))
                .containsExactly("Alice");
        assertThat(holders(RosterViews.accountability(roster, LocalDate.of(2024, 3, 1), null)))
                .containsExactly("Alice");
    }

    @Test
    void aRoleNobodyHeldIsAGapBetweenTheTenuresAroundIt() {
        declareWithAlice();
        record(new AccountabilityEnded("m", "alice", LocalDate.of(2024, 6, 1), "Resigned", Fixtures.source("Letter")));
        record(new AccountabilityAssigned(
                "m",
                "carol",
                null,
                Fixtures.LEAD_MINISTER,
                Fixtures.holder("Carol"),
                LocalDate.of(2024, 9, 1),
                Fixtures.source("Appointment")));

        AccountabilityView summer = RosterViews.accountability(roster, LocalDate.of(2024, 7, 15), null);
        assertThat(summer.holders()).isEmpty();
        assertThat(summer.gaps()).singleElement().satisfies(gap -> {
            assertThat(gap.role()).isEqualTo(Fixtures.LEAD_MINISTER);
            assertThat(gap.from()).isEqualTo(LocalDate.of(2024, 6, 1));
            assertThat(gap.to()).isEqualTo(LocalDate.of(2024, 9, 1));
            assertThat(gap.previous().holder().name()).isEqualTo("Alice");
            assertThat(gap.next().holder().name()).isEqualTo("Carol");
        });
        assertThat(holders(RosterViews.accountability(roster, LocalDate.of(2024, 9, 1), null)))
                .containsExactly("Carol");
    }

    @Test
    void aLiveTargetWithNobodyAccountableIsAGapUntilItIsDropped() {
        declareWithAlice();
        record(new TargetSet(
                "m", "t", Fixtures.cleanPower("share"), Fixtures.source("Plan"), LocalDate.of(2024, 2, 1)));
        record(new TargetDropped("m", "t", "Abandoned", Fixtures.source("Statement"), LocalDate.of(2024, 12, 1)));

        AccountabilityView spring = RosterViews.accountability(roster, LocalDate.of(2024, 3, 1), null);
        assertThat(spring.gaps()).singleElement().satisfies(gap -> {
            assertThat(gap.scope()).isEqualTo(AccountableView.Scope.TARGET);
            assertThat(gap.targetId()).isEqualTo("t");
            assertThat(gap.role()).isNull();
        });
        assertThat(RosterViews.accountability(roster, LocalDate.of(2025, 1, 1), null)
                        .gaps())
                .isEmpty();
        assertThat(RosterViews.accountability(roster, LocalDate.of(2024, 1, 15), null)
                        .gaps())
                .isEmpty();
    }

    @Test
    void beforeTheMissionExistsNothingIsAGap() {
        declareWithAlice();
        AccountabilityView view = RosterViews.accountability(roster, LocalDate.of(2023, 1, 1), null);
        assertThat(view.holders()).isEmpty();
        assertThat(view.gaps()).isEmpty();
    }

    @Test
    void aCorrectionIsANewRecordedStateAndTheOldOneStaysAsKnownBefore() {
        declareWithAlice();
        LedgerEvent assigned = events.all().get(1);
        Instant beforeCorrection = events.now();
        record(new MissionRecordCorrected(
                "m",
                assigned.eventId(),
                "tenure:alice",
                List.of(new FieldChange("holder.name", "Alice", "Alicia")),
                "Misspelt"));

        LocalDate date = LocalDate.of(2024, 2, 1);
        assertThat(holders(RosterViews.accountability(roster, date, null))).containsExactly("Alicia");
        assertThat(holders(RosterViews.accountability(roster, date, beforeCorrection)))
                .containsExactly("Alice");
        assertThat(RosterViews.roster(roster, null).tenures()).singleElement().satisfies(t -> assertThat(t.versions())
                .extracting(v -> v.change())
                .containsExactly("ASSIGNED", "CORRECTED"));
    }

    @Test
    void theRosterAsKnownAtAMomentLeavesOutTenuresRecordedLater() {
        declareWithAlice();
        Instant early = events.now();
        record(new AccountabilityAssigned(
                "m",
                "dan",
                null,
                new org.missionledger.mission.api.AccountableRole(
                        org.missionledger.mission.api.RoleKind.SENIOR_RESPONSIBLE_OWNER, null),
                Fixtures.holder("Dan"),
                LocalDate.of(2024, 1, 1),
                Fixtures.source("Appointment")));
        assertThat(RosterViews.roster(roster, early).tenures())
                .extracting(t -> t.tenureId())
                .containsExactly("alice");
        assertThat(RosterViews.roster(roster, null).tenures())
                .extracting(t -> t.tenureId())
                .containsExactly("alice", "dan");
    }
}
