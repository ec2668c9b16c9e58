package org.missionledger.mission.command;

import static org.missionledger.common.api.SourceBuilder.source;
import static org.missionledger.common.command.Refusals.refusedWith;
import static org.missionledger.mission.command.MissionFixtures.DECLARED_ON;
import static org.missionledger.mission.command.MissionFixtures.EFFECTIVE_ON;
import static org.missionledger.mission.command.MissionFixtures.INDICATOR_ID;
import static org.missionledger.mission.command.MissionFixtures.MISSION_ID;
import static org.missionledger.mission.command.MissionFixtures.NEXT_TENURE_ID;
import static org.missionledger.mission.command.MissionFixtures.OTHER_INDICATOR_ID;
import static org.missionledger.mission.command.MissionFixtures.OTHER_TARGET_ID;
import static org.missionledger.mission.command.MissionFixtures.STATEMENT;
import static org.missionledger.mission.command.MissionFixtures.SUCCESSOR_MISSION_ID;
import static org.missionledger.mission.command.MissionFixtures.TARGET_ID;
import static org.missionledger.mission.command.MissionFixtures.TARGET_TENURE_ID;
import static org.missionledger.mission.command.MissionFixtures.TENURE_ID;
import static org.missionledger.mission.command.MissionFixtures.TENURE_START;
import static org.missionledger.mission.command.MissionFixtures.TITLE;
import static org.missionledger.mission.command.MissionFixtures.declareMission;
import static org.missionledger.mission.command.MissionFixtures.evidence;
import static org.missionledger.mission.command.MissionFixtures.holder;
import static org.missionledger.mission.command.MissionFixtures.leadMinister;
import static org.missionledger.mission.command.MissionFixtures.missionAchieved;
import static org.missionledger.mission.command.MissionFixtures.missionDeclared;
import static org.missionledger.mission.command.MissionFixtures.missionDropped;
import static org.missionledger.mission.command.MissionFixtures.missionSuperseded;
import static org.missionledger.mission.command.MissionFixtures.nextHolder;
import static org.missionledger.mission.command.MissionFixtures.otherTargetSet;
import static org.missionledger.mission.command.MissionFixtures.targetSet;
import static org.missionledger.mission.command.MissionFixtures.targetTenureAssigned;
import static org.missionledger.mission.command.MissionFixtures.targetTerms;
import static org.missionledger.mission.command.MissionFixtures.tenureAssigned;
import static org.missionledger.mission.command.TargetTermsBuilder.terms;
import static org.missionledger.mission.command.TargetTermsBuilder.termsFrom;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.missionledger.common.api.AlterationKind;
import org.missionledger.common.api.CommonRefusal;
import org.missionledger.common.api.FieldChange;
import org.missionledger.common.api.RefusalCode;
import org.missionledger.common.command.CommandRefused;
import org.missionledger.mission.api.AccountabilityAssigned;
import org.missionledger.mission.api.AccountabilityEnded;
import org.missionledger.mission.api.AccountabilityReassigned;
import org.missionledger.mission.api.AccountableRole;
import org.missionledger.mission.api.AssignAccountability;
import org.missionledger.mission.api.CorrectMissionRecord;
import org.missionledger.mission.api.DropMission;
import org.missionledger.mission.api.DropTarget;
import org.missionledger.mission.api.EndAccountability;
import org.missionledger.mission.api.Holder;
import org.missionledger.mission.api.MarkMissionAchieved;
import org.missionledger.mission.api.MissionAchieved;
import org.missionledger.mission.api.MissionDropped;
import org.missionledger.mission.api.MissionNoted;
import org.missionledger.mission.api.MissionRecordCorrected;
import org.missionledger.mission.api.MissionRefusal;
import org.missionledger.mission.api.MissionReworded;
import org.missionledger.mission.api.MissionSuperseded;
import org.missionledger.mission.api.NoteKind;
import org.missionledger.mission.api.NoteMission;
import org.missionledger.mission.api.ReassignAccountability;
import org.missionledger.mission.api.ReinstateTarget;
import org.missionledger.mission.api.ReviseTarget;
import org.missionledger.mission.api.RewordMission;
import org.missionledger.mission.api.RoleKind;
import org.missionledger.mission.api.SetTarget;
import org.missionledger.mission.api.SupersedeMission;
import org.missionledger.mission.api.SupersedeTarget;
import org.missionledger.mission.api.TargetDropped;
import org.missionledger.mission.api.TargetReinstated;
import org.missionledger.mission.api.TargetRevised;
import org.missionledger.mission.api.TargetSet;
import org.missionledger.mission.api.TargetSuperseded;
import org.missionledger.mission.api.TargetTerms;

/** Every mission command, its success and each of its refusals, given/when/then. */
class MissionAggregateTest {

    private static final String REASON = "Restated in the Plan for Change";
    private static final String NEW_TITLE = "Clean power by 2030";
    private static final String NEW_STATEMENT = "Putting us on track to at least 95% clean power by 2030";
    private static final String DROPPED_TARGET_ID = "grid-connections";

    private FixtureConfiguration<MissionAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MissionAggregate.class);
        fixture.registerInjectableResource(new FakeLedgerDirectory()
                .withMissions(MISSION_ID, SUCCESSOR_MISSION_ID)
                .withIndicators(INDICATOR_ID, OTHER_INDICATOR_ID));
        // Target and Tenure are mutable entities without equals(), so Axon's illegal-state-change check would report
        // every map holding them as changed; it still checks every other field of the aggregate.
        fixture.registerIgnoredField(MissionAggregate.class, "targets");
        fixture.registerIgnoredField(MissionAggregate.class, "tenures");
    }

    private static void expectRefusal(ResultValidator<?> result, RefusalCode code) {
        result.expectNoEvents().expectException(CommandRefused.class).expectException(refusedWith(code));
    }

    /** The identifiers the fixture gave to the given events, in order; call between {@code given} and {@code when}. */
    private List<String> givenEventIds() {
        return fixture.getEventStore()
                .readEvents(MISSION_ID)
                .asStream()
                .map(DomainEventMessage::getIdentifier)
                .toList();
    }

    private static TargetSet droppableTargetSet() {
        return new TargetSet(
                MISSION_ID,
                DROPPED_TARGET_ID,
                terms().wording("Connect 10 GW of new capacity by 2030").build(),
                source(),
                DECLARED_ON);
    }

    private static TargetDropped targetDropped(String targetId) {
        return new TargetDropped(MISSION_ID, targetId, REASON, source(), EFFECTIVE_ON);
    }

    private static TargetSuperseded targetSuperseded() {
        return new TargetSuperseded(MISSION_ID, TARGET_ID, OTHER_TARGET_ID, REASON, source(), EFFECTIVE_ON);
    }

    private static AccountabilityEnded tenureEnded() {
        return new AccountabilityEnded(MISSION_ID, TENURE_ID, LocalDate.of(2025, 9, 5), REASON, source());
    }

    // ================================================================================================= mission

    @Nested
    class DeclaringAMission {

        @Test
        void recordsTheDeclarationAndAnswersTheMissionId() {
            fixture.givenNoPriorActivity()
                    .when(declareMission())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(missionDeclared())
                    .expectResultMessagePayload(MISSION_ID);
        }
    }

    @Nested
    class RewordingAMission {

        @Test
        void recordsBothChangesWithBeforeAndAfter() {
            fixture.given(missionDeclared())
                    .when(new RewordMission(MISSION_ID, NEW_TITLE, NEW_STATEMENT, REASON, evidence(), EFFECTIVE_ON))
                    .expectEvents(new MissionReworded(
                            MISSION_ID,
                            List.of(
                                    new FieldChange("title", TITLE, NEW_TITLE),
                                    new FieldChange("statement", STATEMENT, NEW_STATEMENT)),
                            NEW_TITLE,
                            NEW_STATEMENT,
                            REASON,
                            evidence(),
                            EFFECTIVE_ON))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void keepsTheStatementWhenOnlyTheTitleIsGiven() {
            fixture.given(missionDeclared())
                    .when(new RewordMission(MISSION_ID, NEW_TITLE, null, REASON, evidence(), null))
                    .expectEvents(new MissionReworded(
                            MISSION_ID,
                            List.of(new FieldChange("title", TITLE, NEW_TITLE)),
                            NEW_TITLE,
                            STATEMENT,
                            REASON,
                            evidence(),
                            null));
        }

        @Test
        void recordsOnlyTheFieldThatDiffers() {
            fixture.given(missionDeclared())
                    .when(new RewordMission(MISSION_ID, TITLE, NEW_STATEMENT, REASON, evidence(), null))
                    .expectEvents(new MissionReworded(
                            MISSION_ID,
                            List.of(new FieldChange("statement", STATEMENT, NEW_STATEMENT)),
                            TITLE,
                            NEW_STATEMENT,
                            REASON,
                            evidence(),
                            null));
        }

        @Test
        void comparesWithTheLatestWording() {
            fixture.given(
                            missionDeclared(),
                            new MissionReworded(
                                    MISSION_ID,
                                    List.of(new FieldChange("title", TITLE, NEW_TITLE)),
                                    NEW_TITLE,
                                    STATEMENT,
                                    REASON,
                                    source(),
                                    null))
                    .when(new RewordMission(MISSION_ID, TITLE, null, "Reverted", evidence(), null))
                    .expectEvents(new MissionReworded(
                            MISSION_ID,
                            List.of(new FieldChange("title", NEW_TITLE, TITLE)),
                            TITLE,
                            STATEMENT,
                            "Reverted",
                            evidence(),
                            null))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void refusesNoNewWording() {
            expectRefusal(
                    fixture.given(missionDeclared())
                            .when(new RewordMission(MISSION_ID, null, null, REASON, evidence(), null)),
                    CommonRefusal.NOTHING_CHANGED);
        }

        @Test
        void refusesTheSameWording() {
            expectRefusal(
                    fixture.given(missionDeclared())
                            .when(new RewordMission(MISSION_ID, TITLE, STATEMENT, REASON, evidence(), null)),
                    CommonRefusal.NOTHING_CHANGED);
        }
    }

    @Nested
    class NotingAMission {

        @Test
        void recordsANote() {
            fixture.given(missionDeclared(), targetSet())
                    .when(new NoteMission(MISSION_ID, NoteKind.NOTE, "An intent was announced", evidence(), null))
                    .expectEvents(
                            new MissionNoted(MISSION_ID, NoteKind.NOTE, "An intent was announced", evidence(), null))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void recordsThatNoMeasurableTargetIsPublished() {
            fixture.given(missionDeclared())
                    .when(new NoteMission(
                            MISSION_ID,
                            NoteKind.NO_MEASURABLE_TARGET,
                            "The sources give none",
                            evidence(),
                            EFFECTIVE_ON))
                    .expectEvents(new MissionNoted(
                            MISSION_ID,
                            NoteKind.NO_MEASURABLE_TARGET,
                            "The sources give none",
                            evidence(),
                            EFFECTIVE_ON))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void refusesNoMeasurableTargetWhileATargetIsActive() {
            expectRefusal(
                    fixture.given(missionDeclared(), targetSet())
                            .when(new NoteMission(
                                    MISSION_ID,
                                    NoteKind.NO_MEASURABLE_TARGET,
                                    "The sources give none",
                                    evidence(),
                                    null)),
                    MissionRefusal.MISSION_HAS_TARGETS);
        }

        @Test
        void notesAClosedMission() {
            fixture.given(missionDeclared(), new MissionDropped(MISSION_ID, REASON, evidence(), null))
                    .when(new NoteMission(MISSION_ID, NoteKind.NOTE, "Reported later", evidence(), null))
                    .expectEvents(new MissionNoted(MISSION_ID, NoteKind.NOTE, "Reported later", evidence(), null));
        }
    }

    @Nested
    class ClosingAMission {

        @Test
        void marksItAchieved() {
            fixture.given(missionDeclared(), targetSet())
                    .when(new MarkMissionAchieved(MISSION_ID, REASON, evidence(), EFFECTIVE_ON))
                    .expectEvents(new MissionAchieved(MISSION_ID, REASON, evidence(), EFFECTIVE_ON))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void dropsIt() {
            fixture.given(missionDeclared())
                    .when(new DropMission(MISSION_ID, REASON, evidence(), null))
                    .expectEvents(new MissionDropped(MISSION_ID, REASON, evidence(), null))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void supersedesItWithADeclaredSuccessor() {
            fixture.given(missionDeclared())
                    .when(new SupersedeMission(MISSION_ID, SUCCESSOR_MISSION_ID, REASON, evidence(), EFFECTIVE_ON))
                    .expectEvents(
                            new MissionSuperseded(MISSION_ID, SUCCESSOR_MISSION_ID, REASON, evidence(), EFFECTIVE_ON))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void refusesAMissionSupersedingItself() {
            expectRefusal(
                    fixture.given(missionDeclared())
                            .when(new SupersedeMission(MISSION_ID, MISSION_ID, REASON, evidence(), null)),
                    MissionRefusal.SUCCESSOR_IS_SELF);
        }

        @Test
        void refusesAnUndeclaredSuccessor() {
            expectRefusal(
                    fixture.given(missionDeclared())
                            .when(new SupersedeMission(MISSION_ID, "not-declared", REASON, evidence(), null)),
                    MissionRefusal.UNKNOWN_SUCCESSOR);
        }
    }

    /**
     * A closed mission takes no further change: each command below would succeed on the active mission (checked by
     * {@link #everyCommandIsAcceptedWhileTheMissionIsActive}) and is refused once it is achieved, dropped or
     * superseded. Ending a tenure and correcting the record stay possible.
     */
    @Nested
    class AClosedMission {

        static Stream<Arguments> changesToAnActiveMission() {
            return Stream.of(
                    Arguments.of(
                            "RewordMission", new RewordMission(MISSION_ID, NEW_TITLE, null, REASON, source(), null)),
                    Arguments.of("MarkMissionAchieved", new MarkMissionAchieved(MISSION_ID, REASON, source(), null)),
                    Arguments.of("DropMission", new DropMission(MISSION_ID, REASON, source(), null)),
                    Arguments.of(
                            "SupersedeMission",
                            new SupersedeMission(MISSION_ID, SUCCESSOR_MISSION_ID, REASON, source(), null)),
                    Arguments.of("SetTarget", new SetTarget(MISSION_ID, "new-target", targetTerms(), source(), null)),
                    Arguments.of(
                            "ReviseTarget",
                            new ReviseTarget(
                                    MISSION_ID,
                                    TARGET_ID,
                                    terms().deadline(LocalDate.of(2035, 12, 31)).build(),
                                    REASON,
                                    source(),
                                    null)),
                    Arguments.of("DropTarget", new DropTarget(MISSION_ID, TARGET_ID, REASON, source(), null)),
                    Arguments.of(
                            "ReinstateTarget",
                            new ReinstateTarget(MISSION_ID, DROPPED_TARGET_ID, REASON, source(), null)),
                    Arguments.of(
                            "SupersedeTarget",
                            new SupersedeTarget(MISSION_ID, TARGET_ID, OTHER_TARGET_ID, REASON, source(), null)),
                    Arguments.of(
                            "AssignAccountability",
                            new AssignAccountability(
                                    MISSION_ID,
                                    "new-tenure",
                                    null,
                                    leadMinister(),
                                    nextHolder(),
                                    TENURE_START,
                                    source())),
                    Arguments.of(
                            "ReassignAccountability",
                            new ReassignAccountability(
                                    MISSION_ID,
                                    TENURE_ID,
                                    NEXT_TENURE_ID,
                                    nextHolder(),
                                    LocalDate.of(2025, 9, 5),
                                    REASON,
                                    source())));
        }

        static Stream<Arguments> closingEvents() {
            return Stream.of(
                    Arguments.of("achieved", missionAchieved()),
                    Arguments.of("dropped", missionDropped()),
                    Arguments.of("superseded", missionSuperseded()));
        }

        static Stream<Arguments> changesToAClosedMission() {
            return closingEvents().flatMap(closing -> changesToAnActiveMission()
                    .map(change -> Arguments.of(closing.get()[0], closing.get()[1], change.get()[0], change.get()[1])));
        }

        private TestExecutor<MissionAggregate> givenAMissionWithEverything(Object... more) {
            List<Object> events = new ArrayList<>(List.of(
                    missionDeclared(),
                    targetSet(),
                    otherTargetSet(),
                    droppableTargetSet(),
                    targetDropped(DROPPED_TARGET_ID),
                    tenureAssigned()));
            events.addAll(List.of(more));
            return fixture.given(events);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("changesToAnActiveMission")
        void everyCommandIsAcceptedWhileTheMissionIsActive(String name, Object command) {
            givenAMissionWithEverything()
                    .when(command)
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayload(6L);
        }

        @ParameterizedTest(name = "{2} on a mission {0}")
        @MethodSource("changesToAClosedMission")
        void refusesEveryChange(String state, Object closingEvent, String name, Object command) {
            expectRefusal(givenAMissionWithEverything(closingEvent).when(command), MissionRefusal.MISSION_CLOSED);
        }

        @ParameterizedTest(name = "on a mission {0}")
        @MethodSource("closingEvents")
        void stillEndsATenure(String state, Object closingEvent) {
            givenAMissionWithEverything(closingEvent)
                    .when(new EndAccountability(MISSION_ID, TENURE_ID, LocalDate.of(2025, 9, 5), REASON, source()))
                    .expectEvents(
                            new AccountabilityEnded(MISSION_ID, TENURE_ID, LocalDate.of(2025, 9, 5), REASON, source()))
                    .expectResultMessagePayload(7L);
        }

        @ParameterizedTest(name = "on a mission {0}")
        @MethodSource("closingEvents")
        void stillTakesCorrections(String state, Object closingEvent) {
            TestExecutor<MissionAggregate> given = givenAMissionWithEverything(closingEvent);
            String declaredId = givenEventIds().get(0);
            given.when(new CorrectMissionRecord(MISSION_ID, declaredId, Map.of("title", "Clean energy"), "Typo"))
                    .expectEvents(new MissionRecordCorrected(
                            MISSION_ID,
                            declaredId,
                            "mission",
                            List.of(new FieldChange("title", TITLE, "Clean energy")),
                            "Typo"))
                    .expectResultMessagePayload(7L);
        }

        @Test
        void saysWhyInTheRefusal() {
            fixture.given(missionDeclared(), missionDropped())
                    .when(new RewordMission(MISSION_ID, NEW_TITLE, null, REASON, source(), null))
                    .expectNoEvents()
                    .expectException(refusedWith(MissionRefusal.MISSION_CLOSED))
                    .expectExceptionMessage("Mission '" + MISSION_ID
                            + "' is DROPPED; it takes no further changes (corrections excepted).");
        }
    }

    // ================================================================================================= targets

    @Nested
    class SettingATarget {

        @Test
        void recordsTheTerms() {
            fixture.given(missionDeclared())
                    .when(new SetTarget(MISSION_ID, TARGET_ID, targetTerms(), source(), DECLARED_ON))
                    .expectEvents(targetSet())
                    .expectResultMessagePayload(1L);
        }

        @Test
        void acceptsATargetWithoutIndicatorOrNumbers() {
            TargetTerms wordingOnly = TargetTermsBuilder.wordingOnly("Zero-carbon electricity by 2030")
                    .build();
            fixture.given(missionDeclared())
                    .when(new SetTarget(MISSION_ID, TARGET_ID, wordingOnly, source(), null))
                    .expectEvents(new TargetSet(MISSION_ID, TARGET_ID, wordingOnly, source(), null));
        }

        @Test
        void refusesATargetIdAlreadySet() {
            expectRefusal(
                    fixture.given(missionDeclared(), targetSet())
                            .when(new SetTarget(MISSION_ID, TARGET_ID, targetTerms(), source(), null)),
                    MissionRefusal.TARGET_ALREADY_SET);
        }

        @Test
        void refusesATargetIdAlreadySetEvenWhenDropped() {
            expectRefusal(
                    fixture.given(missionDeclared(), targetSet(), targetDropped(TARGET_ID))
                            .when(new SetTarget(MISSION_ID, TARGET_ID, targetTerms(), source(), null)),
                    MissionRefusal.TARGET_ALREADY_SET);
        }

        @ParameterizedTest
        @ValueSource(strings = {"2023-12-31", "2023-06-30"})
        void refusesADeadlineNotAfterTheBaseline(String deadline) {
            TargetTerms terms = terms().baselineDate(LocalDate.of(2023, 12, 31))
                    .deadline(LocalDate.parse(deadline))
                    .build();
            expectRefusal(
                    fixture.given(missionDeclared()).when(new SetTarget(MISSION_ID, TARGET_ID, terms, source(), null)),
                    MissionRefusal.DEADLINE_BEFORE_BASELINE);
        }

        static Stream<Arguments> incompleteGoals() {
            return Stream.of(
                    Arguments.of(
                            "goal value without comparator",
                            terms().comparator(null).build()),
                    Arguments.of(
                            "goal value without unit",
                            terms().unit(null).baselineValue((String) null).build()),
                    Arguments.of(
                            "comparator without goal value",
                            terms().goalValue((String) null).build()),
                    Arguments.of(
                            "baseline value without unit",
                            terms().noGoal().unit(null).build()));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("incompleteGoals")
        void refusesAnIncompleteGoal(String description, TargetTerms terms) {
            expectRefusal(
                    fixture.given(missionDeclared()).when(new SetTarget(MISSION_ID, TARGET_ID, terms, source(), null)),
                    MissionRefusal.INCOMPLETE_GOAL);
        }

        @Test
        void refusesAnUndefinedIndicator() {
            fixture.given(missionDeclared())
                    .when(new SetTarget(
                            MISSION_ID,
                            TARGET_ID,
                            terms().indicatorId("not-defined").build(),
                            source(),
                            null))
                    .expectNoEvents()
                    .expectException(refusedWith(MissionRefusal.UNKNOWN_INDICATOR))
                    .expectExceptionMessage("No indicator 'not-defined' is defined; define it first.");
        }
    }

    @Nested
    class RevisingATarget {

        private final TargetTerms postponedAndWeakened = terms().wording("At least 90% clean power by 2032")
                .goalValue("90")
                .deadline(LocalDate.of(2032, 12, 31))
                .build();

        @Test
        void recordsBeforeAfterChangesAndClassification() {
            fixture.given(missionDeclared(), targetSet())
                    .when(new ReviseTarget(MISSION_ID, TARGET_ID, postponedAndWeakened, REASON, evidence(), null))
                    .expectEvents(new TargetRevised(
                            MISSION_ID,
                            TARGET_ID,
                            targetTerms(),
                            postponedAndWeakened,
                            List.of(
                                    new FieldChange(
                                            "wording",
                                            "At least 95% clean power by 2030",
                                            "At least 90% clean power by 2032"),
                                    new FieldChange("goalValue", "95", "90"),
                                    new FieldChange("deadline", "2030-12-31", "2032-12-31")),
                            List.of(AlterationKind.WEAKENED, AlterationKind.POSTPONED, AlterationKind.REWORDED),
                            REASON,
                            evidence(),
                            null))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void comparesWithTheLatestTerms() {
            TargetTerms back = termsFrom(postponedAndWeakened)
                    .deadline(LocalDate.of(2030, 12, 31))
                    .build();
            fixture.given(
                            missionDeclared(),
                            targetSet(),
                            new TargetRevised(
                                    MISSION_ID,
                                    TARGET_ID,
                                    targetTerms(),
                                    postponedAndWeakened,
                                    List.of(),
                                    List.of(),
                                    REASON,
                                    source(),
                                    null))
                    .when(new ReviseTarget(MISSION_ID, TARGET_ID, back, REASON, evidence(), EFFECTIVE_ON))
                    .expectEvents(new TargetRevised(
                            MISSION_ID,
                            TARGET_ID,
                            postponedAndWeakened,
                            back,
                            List.of(new FieldChange("deadline", "2032-12-31", "2030-12-31")),
                            List.of(AlterationKind.BROUGHT_FORWARD),
                            REASON,
                            evidence(),
                            EFFECTIVE_ON))
                    .expectResultMessagePayload(3L);
        }

        @Test
        void revisesAReinstatedTarget() {
            fixture.given(
                            missionDeclared(),
                            targetSet(),
                            targetDropped(TARGET_ID),
                            new TargetReinstated(MISSION_ID, TARGET_ID, REASON, source(), null))
                    .when(new ReviseTarget(MISSION_ID, TARGET_ID, postponedAndWeakened, REASON, evidence(), null))
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayload(4L);
        }

        @Test
        void refusesAnUnknownTarget() {
            expectRefusal(
                    fixture.given(missionDeclared(), targetSet())
                            .when(new ReviseTarget(
                                    MISSION_ID, "no-such-target", targetTerms(), REASON, source(), null)),
                    MissionRefusal.UNKNOWN_TARGET);
        }

        @Test
        void refusesADroppedTarget() {
            expectRefusal(
                    fixture.given(missionDeclared(), targetSet(), targetDropped(TARGET_ID))
                            .when(new ReviseTarget(
                                    MISSION_ID, TARGET_ID, postponedAndWeakened, REASON, source(), null)),
                    MissionRefusal.TARGET_DROPPED);
        }

        @Test
        void refusesASupersededTarget() {
            expectRefusal(
                    fixture.given(missionDeclared(), targetSet(), otherTargetSet(), targetSuperseded())
                            .when(new ReviseTarget(
                                    MISSION_ID, TARGET_ID, postponedAndWeakened, REASON, source(), null)),
                    MissionRefusal.TARGET_SUPERSEDED);
        }

        @Test
        void refusesTheSameTerms() {
            expectRefusal(
                    fixture.given(missionDeclared(), targetSet())
                            .when(new ReviseTarget(MISSION_ID, TARGET_ID, targetTerms(), REASON, source(), null)),
                    CommonRefusal.NOTHING_CHANGED);
        }

        @Test
        void refusesTheSameNumbersAtAnotherScale() {
            TargetTerms sameNumbers =
                    terms().baselineValue("74.00").goalValue("95.0").build();
            expectRefusal(
                    fixture.given(missionDeclared(), targetSet())
                            .when(new ReviseTarget(MISSION_ID, TARGET_ID, sameNumbers, REASON, source(), null)),
                    CommonRefusal.NOTHING_CHANGED);
        }

        @Test
        void refusesADeadlineBeforeTheBaseline() {
            expectRefusal(
                    fixture.given(missionDeclared(), targetSet())
                            .when(new ReviseTarget(
                                    MISSION_ID,
                                    TARGET_ID,
                                    terms().deadline(LocalDate.of(2023, 1, 1)).build(),
                                    REASON,
                                    source(),
                                    null)),
                    MissionRefusal.DEADLINE_BEFORE_BASELINE);
        }

        @Test
        void refusesAnIncompleteGoal() {
            expectRefusal(
                    fixture.given(missionDeclared(), targetSet())
                            .when(new ReviseTarget(
                                    MISSION_ID,
                                    TARGET_ID,
                                    terms().comparator(null).build(),
                                    REASON,
                                    source(),
                                    null)),
                    MissionRefusal.INCOMPLETE_GOAL);
        }

        @Test
        void refusesAnUndefinedIndicator() {
            expectRefusal(
                    fixture.given(missionDeclared(), targetSet())
                            .when(new ReviseTarget(
                                    MISSION_ID,
                                    TARGET_ID,
                                    terms().indicatorId("not-defined").build(),
                                    REASON,
                                    source(),
                                    null)),
                    MissionRefusal.UNKNOWN_INDICATOR);
        }
    }

    @Nested
    class DroppingATarget {

        @Test
        void recordsTheDrop() {
            fixture.given(missionDeclared(), targetSet())
                    .when(new DropTarget(MISSION_ID, TARGET_ID, REASON, evidence(), EFFECTIVE_ON))
                    .expectEvents(new TargetDropped(MISSION_ID, TARGET_ID, REASON, evidence(), EFFECTIVE_ON))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void refusesAnUnknownTarget() {
            expectRefusal(
                    fixture.given(missionDeclared(), targetSet())
                            .when(new DropTarget(MISSION_ID, "no-such-target", REASON, source(), null)),
                    MissionRefusal.UNKNOWN_TARGET);
        }

        @Test
        void refusesATargetAlreadyDropped() {
            expectRefusal(
                    fixture.given(missionDeclared(), targetSet(), targetDropped(TARGET_ID))
                            .when(new DropTarget(MISSION_ID, TARGET_ID, REASON, source(), null)),
                    MissionRefusal.TARGET_ALREADY_DROPPED);
        }

        @Test
        void refusesASupersededTarget() {
            expectRefusal(
                    fixture.given(missionDeclared(), targetSet(), otherTargetSet(), targetSuperseded())
                            .when(new DropTarget(MISSION_ID, TARGET_ID, REASON, source(), null)),
                    MissionRefusal.TARGET_SUPERSEDED);
        }
    }

    @Nested
    class ReinstatingATarget {

        @Test
        void reinstatesADroppedTarget() {
            fixture.given(missionDeclared(), targetSet(), targetDropped(TARGET_ID))
                    .when(new ReinstateTarget(MISSION_ID, TARGET_ID, REASON, evidence(), EFFECTIVE_ON))
                    .expectEvents(new TargetReinstated(MISSION_ID, TARGET_ID, REASON, evidence(), EFFECTIVE_ON))
                    .expectResultMessagePayload(3L);
        }

        @Test
        void aReinstatedTargetCanBeDroppedAgain() {
            fixture.given(
                            missionDeclared(),
                            targetSet(),
                            targetDropped(TARGET_ID),
                            new TargetReinstated(MISSION_ID, TARGET_ID, REASON, source(), null))
                    .when(new DropTarget(MISSION_ID, TARGET_ID, REASON, evidence(), null))
                    .expectEvents(new TargetDropped(MISSION_ID, TARGET_ID, REASON, evidence(), null))
                    .expectResultMessagePayload(4L);
        }

        @Test
        void refusesAnUnknownTarget() {
            expectRefusal(
                    fixture.given(missionDeclared(), targetSet())
                            .when(new ReinstateTarget(MISSION_ID, "no-such-target", REASON, source(), null)),
                    MissionRefusal.UNKNOWN_TARGET);
        }

        @Test
        void refusesAnActiveTarget() {
            expectRefusal(
                    fixture.given(missionDeclared(), targetSet())
                            .when(new ReinstateTarget(MISSION_ID, TARGET_ID, REASON, source(), null)),
                    MissionRefusal.TARGET_NOT_DROPPED);
        }

        @Test
        void refusesASupersededTarget() {
            expectRefusal(
                    fixture.given(missionDeclared(), targetSet(), otherTargetSet(), targetSuperseded())
                            .when(new ReinstateTarget(MISSION_ID, TARGET_ID, REASON, source(), null)),
                    MissionRefusal.TARGET_NOT_DROPPED);
        }
    }

    @Nested
    class SupersedingATarget {

        @Test
        void recordsTheSuccessor() {
            fixture.given(missionDeclared(), targetSet(), otherTargetSet())
                    .when(new SupersedeTarget(MISSION_ID, TARGET_ID, OTHER_TARGET_ID, REASON, evidence(), null))
                    .expectEvents(
                            new TargetSuperseded(MISSION_ID, TARGET_ID, OTHER_TARGET_ID, REASON, evidence(), null))
                    .expectResultMessagePayload(3L);
        }

        @Test
        void refusesAnUnknownTarget() {
            expectRefusal(
                    fixture.given(missionDeclared(), targetSet(), otherTargetSet())
                            .when(new SupersedeTarget(
                                    MISSION_ID, "no-such-target", OTHER_TARGET_ID, REASON, source(), null)),
                    MissionRefusal.UNKNOWN_TARGET);
        }

        @Test
        void refusesATargetSupersedingItself() {
            expectRefusal(
                    fixture.given(missionDeclared(), targetSet())
                            .when(new SupersedeTarget(MISSION_ID, TARGET_ID, TARGET_ID, REASON, source(), null)),
                    MissionRefusal.SUCCESSOR_IS_SELF);
        }

        @Test
        void refusesASuccessorNotSetUnderTheMission() {
            expectRefusal(
                    fixture.given(missionDeclared(), targetSet())
                            .when(new SupersedeTarget(MISSION_ID, TARGET_ID, OTHER_TARGET_ID, REASON, source(), null)),
                    MissionRefusal.UNKNOWN_SUCCESSOR);
        }

        @Test
        void refusesATargetAlreadySuperseded() {
            expectRefusal(
                    fixture.given(
                                    missionDeclared(),
                                    targetSet(),
                                    otherTargetSet(),
                                    droppableTargetSet(),
                                    targetSuperseded())
                            .when(new SupersedeTarget(
                                    MISSION_ID, TARGET_ID, DROPPED_TARGET_ID, REASON, source(), null)),
                    MissionRefusal.TARGET_SUPERSEDED);
        }
    }

    // ========================================================================================== accountability

    @Nested
    class AssigningAccountability {

        @Test
        void makesSomeoneAccountableForTheMission() {
            fixture.given(missionDeclared())
                    .when(new AssignAccountability(
                            MISSION_ID, TENURE_ID, null, leadMinister(), holder(), TENURE_START, source()))
                    .expectEvents(tenureAssigned())
                    .expectResultMessagePayload(1L);
        }

        @Test
        void makesSomeoneAccountableForATarget() {
            AccountabilityAssigned expected = targetTenureAssigned();
            fixture.given(missionDeclared(), targetSet())
                    .when(new AssignAccountability(
                            MISSION_ID,
                            TARGET_TENURE_ID,
                            TARGET_ID,
                            expected.role(),
                            expected.holder(),
                            TENURE_START,
                            source()))
                    .expectEvents(expected)
                    .expectResultMessagePayload(2L);
        }

        @Test
        void acceptsAnOtherRoleWithATitle() {
            AccountableRole chair = new AccountableRole(RoleKind.OTHER, "Chair, Mission Board");
            fixture.given(missionDeclared())
                    .when(new AssignAccountability(
                            MISSION_ID, TENURE_ID, null, chair, holder(), TENURE_START, source()))
                    .expectEvents(new AccountabilityAssigned(
                            MISSION_ID, TENURE_ID, null, chair, holder(), TENURE_START, source()));
        }

        @Test
        void refusesATenureIdAlreadyUsed() {
            expectRefusal(
                    fixture.given(missionDeclared(), tenureAssigned())
                            .when(new AssignAccountability(
                                    MISSION_ID, TENURE_ID, null, leadMinister(), nextHolder(), TENURE_START, source())),
                    MissionRefusal.TENURE_ALREADY_EXISTS);
        }

        @Test
        void refusesAnUnknownTarget() {
            expectRefusal(
                    fixture.given(missionDeclared())
                            .when(new AssignAccountability(
                                    MISSION_ID,
                                    TENURE_ID,
                                    "no-such-target",
                                    leadMinister(),
                                    holder(),
                                    TENURE_START,
                                    source())),
                    MissionRefusal.UNKNOWN_TARGET);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   "})
        void refusesAnOtherRoleWithABlankTitle(String title) {
            expectRefusal(
                    fixture.given(missionDeclared())
                            .when(new AssignAccountability(
                                    MISSION_ID,
                                    TENURE_ID,
                                    null,
                                    new AccountableRole(RoleKind.OTHER, title),
                                    holder(),
                                    TENURE_START,
                                    source())),
                    MissionRefusal.ROLE_TITLE_REQUIRED);
        }

        @Test
        void refusesAnOtherRoleWithoutTitle() {
            expectRefusal(
                    fixture.given(missionDeclared())
                            .when(new AssignAccountability(
                                    MISSION_ID,
                                    TENURE_ID,
                                    null,
                                    new AccountableRole(RoleKind.OTHER, null),
                                    holder(),
                                    TENURE_START,
                                    source())),
                    MissionRefusal.ROLE_TITLE_REQUIRED);
        }
    }

    @Nested
    class EndingAccountability {

        @Test
        void endsAnOpenTenure() {
            fixture.given(missionDeclared(), tenureAssigned())
                    .when(new EndAccountability(MISSION_ID, TENURE_ID, LocalDate.of(2025, 9, 5), REASON, evidence()))
                    .expectEvents(new AccountabilityEnded(
                            MISSION_ID, TENURE_ID, LocalDate.of(2025, 9, 5), REASON, evidence()))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void endsATenureOneDayAfterItStarted() {
            fixture.given(missionDeclared(), tenureAssigned())
                    .when(new EndAccountability(MISSION_ID, TENURE_ID, TENURE_START.plusDays(1), REASON, source()))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void refusesAnUnknownTenure() {
            expectRefusal(
                    fixture.given(missionDeclared(), tenureAssigned())
                            .when(new EndAccountability(
                                    MISSION_ID, "no-such-tenure", LocalDate.of(2025, 9, 5), REASON, source())),
                    MissionRefusal.UNKNOWN_TENURE);
        }

        @Test
        void refusesATenureAlreadyEnded() {
            expectRefusal(
                    fixture.given(missionDeclared(), tenureAssigned(), tenureEnded())
                            .when(new EndAccountability(
                                    MISSION_ID, TENURE_ID, LocalDate.of(2025, 10, 1), REASON, source())),
                    MissionRefusal.TENURE_ALREADY_ENDED);
        }

        @Test
        void refusesATenureEndedByAReassignment() {
            expectRefusal(
                    fixture.given(missionDeclared(), tenureAssigned(), reassigned())
                            .when(new EndAccountability(
                                    MISSION_ID, TENURE_ID, LocalDate.of(2025, 10, 1), REASON, source())),
                    MissionRefusal.TENURE_ALREADY_ENDED);
        }

        @ParameterizedTest
        @ValueSource(strings = {"2024-07-04", "2024-07-05"})
        void refusesAnEndNotAfterTheStart(String end) {
            expectRefusal(
                    fixture.given(missionDeclared(), tenureAssigned())
                            .when(new EndAccountability(MISSION_ID, TENURE_ID, LocalDate.parse(end), REASON, source())),
                    MissionRefusal.TENURE_ENDS_BEFORE_START);
        }
    }

    private static AccountabilityReassigned reassigned() {
        return new AccountabilityReassigned(
                MISSION_ID,
                TENURE_ID,
                NEXT_TENURE_ID,
                null,
                leadMinister(),
                holder(),
                nextHolder(),
                LocalDate.of(2025, 9, 5),
                REASON,
                source());
    }

    @Nested
    class ReassigningAccountability {

        @Test
        void handsTheRoleToTheNewHolder() {
            fixture.given(missionDeclared(), tenureAssigned())
                    .when(new ReassignAccountability(
                            MISSION_ID,
                            TENURE_ID,
                            NEXT_TENURE_ID,
                            nextHolder(),
                            LocalDate.of(2025, 9, 5),
                            REASON,
                            source()))
                    .expectEvents(reassigned())
                    .expectResultMessagePayload(2L);
        }

        @Test
        void carriesTheTargetAndRoleOfATargetTenure() {
            AccountabilityAssigned assigned = targetTenureAssigned();
            fixture.given(missionDeclared(), targetSet(), assigned)
                    .when(new ReassignAccountability(
                            MISSION_ID,
                            TARGET_TENURE_ID,
                            "target-sro-2025",
                            nextHolder(),
                            LocalDate.of(2025, 1, 6),
                            REASON,
                            evidence()))
                    .expectEvents(new AccountabilityReassigned(
                            MISSION_ID,
                            TARGET_TENURE_ID,
                            "target-sro-2025",
                            TARGET_ID,
                            assigned.role(),
                            assigned.holder(),
                            nextHolder(),
                            LocalDate.of(2025, 1, 6),
                            REASON,
                            evidence()))
                    .expectResultMessagePayload(3L);
        }

        @Test
        void acceptsTheSamePersonInAnotherPost() {
            Holder samePersonNewPost = new Holder(holder().name(), "Chancellor of the Duchy of Lancaster");
            fixture.given(missionDeclared(), tenureAssigned())
                    .when(new ReassignAccountability(
                            MISSION_ID,
                            TENURE_ID,
                            NEXT_TENURE_ID,
                            samePersonNewPost,
                            LocalDate.of(2025, 9, 5),
                            REASON,
                            source()))
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayload(2L);
        }

        @Test
        void theNewTenureCanThenBeEnded() {
            fixture.given(missionDeclared(), tenureAssigned(), reassigned())
                    .when(new EndAccountability(MISSION_ID, NEXT_TENURE_ID, LocalDate.of(2026, 1, 1), REASON, source()))
                    .expectEvents(new AccountabilityEnded(
                            MISSION_ID, NEXT_TENURE_ID, LocalDate.of(2026, 1, 1), REASON, source()))
                    .expectResultMessagePayload(3L);
        }

        @Test
        void refusesAnUnknownTenure() {
            expectRefusal(
                    fixture.given(missionDeclared(), tenureAssigned())
                            .when(new ReassignAccountability(
                                    MISSION_ID,
                                    "no-such-tenure",
                                    NEXT_TENURE_ID,
                                    nextHolder(),
                                    LocalDate.of(2025, 9, 5),
                                    REASON,
                                    source())),
                    MissionRefusal.UNKNOWN_TENURE);
        }

        @Test
        void refusesATenureAlreadyEnded() {
            expectRefusal(
                    fixture.given(missionDeclared(), tenureAssigned(), tenureEnded())
                            .when(new ReassignAccountability(
                                    MISSION_ID,
                                    TENURE_ID,
                                    NEXT_TENURE_ID,
                                    nextHolder(),
                                    LocalDate.of(2025, 10, 1),
                                    REASON,
                                    source())),
                    MissionRefusal.TENURE_ALREADY_ENDED);
        }

        @ParameterizedTest
        @ValueSource(strings = {"2024-01-01", "2024-07-05"})
        void refusesAHandoverNotAfterTheStart(String handover) {
            expectRefusal(
                    fixture.given(missionDeclared(), tenureAssigned())
                            .when(new ReassignAccountability(
                                    MISSION_ID,
                                    TENURE_ID,
                                    NEXT_TENURE_ID,
                                    nextHolder(),
                                    LocalDate.parse(handover),
                                    REASON,
                                    source())),
                    MissionRefusal.TENURE_ENDS_BEFORE_START);
        }

        @ParameterizedTest
        @ValueSource(strings = {TENURE_ID, TARGET_TENURE_ID})
        void refusesANewTenureIdAlreadyUsed(String newTenureId) {
            expectRefusal(
                    fixture.given(missionDeclared(), targetSet(), tenureAssigned(), targetTenureAssigned())
                            .when(new ReassignAccountability(
                                    MISSION_ID,
                                    TENURE_ID,
                                    newTenureId,
                                    nextHolder(),
                                    LocalDate.of(2025, 9, 5),
                                    REASON,
                                    source())),
                    MissionRefusal.TENURE_ALREADY_EXISTS);
        }

        @Test
        void refusesTheCurrentHolder() {
            expectRefusal(
                    fixture.given(missionDeclared(), tenureAssigned())
                            .when(new ReassignAccountability(
                                    MISSION_ID,
                                    TENURE_ID,
                                    NEXT_TENURE_ID,
                                    holder(),
                                    LocalDate.of(2025, 9, 5),
                                    REASON,
                                    source())),
                    MissionRefusal.REASSIGN_TO_CURRENT_HOLDER);
        }
    }

    // ============================================================================================= corrections

    @Nested
    class CorrectingTheRecord {

        private static final String WHAT_WAS_WRONG = "Mistyped when recorded";

        private CorrectMissionRecord correction(String eventId, String field, String value) {
            return new CorrectMissionRecord(MISSION_ID, eventId, Map.of(field, value), WHAT_WAS_WRONG);
        }

        private MissionRecordCorrected corrected(String eventId, String subject, FieldChange... changes) {
            return new MissionRecordCorrected(MISSION_ID, eventId, subject, List.of(changes), WHAT_WAS_WRONG);
        }

        @Test
        void correctsATargetsDeadline() {
            TestExecutor<MissionAggregate> given = fixture.given(missionDeclared(), targetSet());
            String targetSetId = givenEventIds().get(1);
            given.when(correction(targetSetId, "deadline", "2031-12-31"))
                    .expectEvents(corrected(
                            targetSetId,
                            "target:" + TARGET_ID,
                            new FieldChange("deadline", "2030-12-31", "2031-12-31")))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void laterRevisionsStartFromTheCorrectedDeadline() {
            TestExecutor<MissionAggregate> given = fixture.given(missionDeclared(), targetSet());
            String targetSetId = givenEventIds().get(1);
            given.andGiven(corrected(
                            targetSetId,
                            "target:" + TARGET_ID,
                            new FieldChange("deadline", "2030-12-31", "2031-12-31")))
                    .when(new ReviseTarget(
                            MISSION_ID,
                            TARGET_ID,
                            terms().deadline(LocalDate.of(2031, 12, 31)).build(),
                            REASON,
                            source(),
                            null))
                    .expectNoEvents()
                    .expectException(refusedWith(CommonRefusal.NOTHING_CHANGED));
        }

        @Test
        void revisingToTheCorrectedWordingChangesNothingOnWording() {
            String correctedWording = "At least 95% clean power by 2030, in Great Britain";
            TestExecutor<MissionAggregate> given = fixture.given(missionDeclared(), targetSet());
            String targetSetId = givenEventIds().get(1);
            expectRefusal(
                    given.andGiven(corrected(
                                    targetSetId,
                                    "target:" + TARGET_ID,
                                    new FieldChange("wording", targetTerms().wording(), correctedWording)))
                            .when(new ReviseTarget(
                                    MISSION_ID,
                                    TARGET_ID,
                                    terms().wording(correctedWording).build(),
                                    REASON,
                                    source(),
                                    null)),
                    CommonRefusal.NOTHING_CHANGED);
        }

        @Test
        void aRevisionAfterAWordingCorrectionRecordsTheCorrectedWordingAsBefore() {
            String correctedWording = "At least 95% clean power by 2030, in Great Britain";
            TestExecutor<MissionAggregate> given = fixture.given(missionDeclared(), targetSet());
            String targetSetId = givenEventIds().get(1);
            TargetTerms correctedTerms = terms().wording(correctedWording).build();
            TargetTerms postponed = termsFrom(correctedTerms)
                    .deadline(LocalDate.of(2032, 12, 31))
                    .build();
            given.andGiven(corrected(
                            targetSetId,
                            "target:" + TARGET_ID,
                            new FieldChange("wording", targetTerms().wording(), correctedWording)))
                    .when(new ReviseTarget(MISSION_ID, TARGET_ID, postponed, REASON, source(), null))
                    .expectEvents(new TargetRevised(
                            MISSION_ID,
                            TARGET_ID,
                            correctedTerms,
                            postponed,
                            List.of(new FieldChange("deadline", "2030-12-31", "2032-12-31")),
                            List.of(AlterationKind.POSTPONED),
                            REASON,
                            source(),
                            null));
        }

        @Test
        void correctsAHoldersName() {
            TestExecutor<MissionAggregate> given = fixture.given(missionDeclared(), tenureAssigned());
            String assignedId = givenEventIds().get(1);
            given.when(correction(assignedId, "holder.name", "Alexandra Rivers"))
                    .expectEvents(corrected(
                            assignedId,
                            "tenure:" + TENURE_ID,
                            new FieldChange("holder.name", "Alex Rivers", "Alexandra Rivers")));
        }

        @Test
        void laterCommandsSeeTheCorrectedHolder() {
            TestExecutor<MissionAggregate> given = fixture.given(missionDeclared(), tenureAssigned());
            String assignedId = givenEventIds().get(1);
            Holder correctedHolder = new Holder("Alexandra Rivers", holder().post());
            given.andGiven(corrected(
                            assignedId,
                            "tenure:" + TENURE_ID,
                            new FieldChange("holder.name", "Alex Rivers", "Alexandra Rivers")))
                    .when(new ReassignAccountability(
                            MISSION_ID,
                            TENURE_ID,
                            NEXT_TENURE_ID,
                            correctedHolder,
                            LocalDate.of(2025, 9, 5),
                            REASON,
                            source()))
                    .expectNoEvents()
                    .expectException(refusedWith(MissionRefusal.REASSIGN_TO_CURRENT_HOLDER));
        }

        @Test
        void aReassignmentNamesTheCorrectedHolderAsPrevious() {
            TestExecutor<MissionAggregate> given = fixture.given(missionDeclared(), tenureAssigned());
            String assignedId = givenEventIds().get(1);
            given.andGiven(corrected(
                            assignedId,
                            "tenure:" + TENURE_ID,
                            new FieldChange("holder.post", holder().post(), "Minister for Net Zero")))
                    .when(new ReassignAccountability(
                            MISSION_ID,
                            TENURE_ID,
                            NEXT_TENURE_ID,
                            nextHolder(),
                            LocalDate.of(2025, 9, 5),
                            REASON,
                            source()))
                    .expectEvents(new AccountabilityReassigned(
                            MISSION_ID,
                            TENURE_ID,
                            NEXT_TENURE_ID,
                            null,
                            leadMinister(),
                            new Holder(holder().name(), "Minister for Net Zero"),
                            nextHolder(),
                            LocalDate.of(2025, 9, 5),
                            REASON,
                            source()));
        }

        @Test
        void aCorrectedTenureStartBindsLaterEnds() {
            TestExecutor<MissionAggregate> given = fixture.given(missionDeclared(), tenureAssigned());
            String assignedId = givenEventIds().get(1);
            expectRefusal(
                    given.andGiven(corrected(
                                    assignedId,
                                    "tenure:" + TENURE_ID,
                                    new FieldChange("effectiveFrom", "2024-07-05", "2024-09-01")))
                            .when(new EndAccountability(
                                    MISSION_ID, TENURE_ID, LocalDate.of(2024, 8, 1), REASON, source())),
                    MissionRefusal.TENURE_ENDS_BEFORE_START);
        }

        @Test
        void aReassignmentIsCorrectedOnTheNewTenure() {
            TestExecutor<MissionAggregate> given = fixture.given(missionDeclared(), tenureAssigned(), reassigned());
            String reassignedId = givenEventIds().get(2);
            given.when(correction(reassignedId, "holder.name", "Samuel Okafor"))
                    .expectEvents(corrected(
                            reassignedId,
                            "tenure:" + NEXT_TENURE_ID,
                            new FieldChange("holder.name", "Sam Okafor", "Samuel Okafor")));
        }

        @Test
        void correctsTheMissionTitle() {
            TestExecutor<MissionAggregate> given = fixture.given(missionDeclared());
            String declaredId = givenEventIds().get(0);
            given.when(correction(declaredId, "title", "Clean Energy Superpower"))
                    .expectEvents(corrected(
                            declaredId, "mission", new FieldChange("title", TITLE, "Clean Energy Superpower")))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void rewordingToTheCorrectedTitleChangesNothing() {
            TestExecutor<MissionAggregate> given = fixture.given(missionDeclared());
            String declaredId = givenEventIds().get(0);
            expectRefusal(
                    given.andGiven(corrected(
                                    declaredId, "mission", new FieldChange("title", TITLE, "Clean Energy Superpower")))
                            .when(new RewordMission(
                                    MISSION_ID, "Clean Energy Superpower", null, REASON, source(), null)),
                    CommonRefusal.NOTHING_CHANGED);
        }

        @Test
        void correctsSeveralMissionFieldsInNameOrder() {
            TestExecutor<MissionAggregate> given = fixture.given(missionDeclared());
            String declaredId = givenEventIds().get(0);
            Map<String, String> corrections = new LinkedHashMap<>();
            corrections.put("title", "Clean Energy Superpower");
            corrections.put("policyArea", "");
            corrections.put("horizon", "2030-03-31");
            corrections.put("declaredOn", "2023-02-24");
            corrections.put("body.name", "Labour Party");
            corrections.put("statement", STATEMENT);
            given.when(new CorrectMissionRecord(MISSION_ID, declaredId, corrections, WHAT_WAS_WRONG))
                    .expectEvents(corrected(
                            declaredId,
                            "mission",
                            new FieldChange("body.name", "The Labour Party", "Labour Party"),
                            new FieldChange("declaredOn", "2023-02-23", "2023-02-24"),
                            new FieldChange("horizon", "2030-12-31", "2030-03-31"),
                            new FieldChange("policyArea", "energy", null),
                            new FieldChange("title", TITLE, "Clean Energy Superpower")));
        }

        @Test
        void correctsTheBodysJurisdictionAndLevel() {
            TestExecutor<MissionAggregate> given = fixture.given(missionDeclared());
            String declaredId = givenEventIds().get(0);
            Map<String, String> corrections = new LinkedHashMap<>();
            corrections.put("body.jurisdiction", "GB");
            corrections.put("body.level", "LOCAL");
            given.when(new CorrectMissionRecord(MISSION_ID, declaredId, corrections, WHAT_WAS_WRONG))
                    .expectEvents(corrected(
                            declaredId,
                            "mission",
                            new FieldChange("body.jurisdiction", null, "GB"),
                            new FieldChange("body.level", "NATIONAL", "LOCAL")));
        }

        @Test
        void correctsAnEventsSourceUrl() {
            TestExecutor<MissionAggregate> given = fixture.given(missionDeclared(), targetSet());
            String targetSetId = givenEventIds().get(1);
            given.when(correction(targetSetId, "source.url", "https://www.gov.uk/missions"))
                    .expectEvents(corrected(
                            targetSetId,
                            "target:" + TARGET_ID,
                            new FieldChange("source.url", source().url(), "https://www.gov.uk/missions")));
        }

        @Test
        void aCorrectedSourceIsTheBeforeOfTheNextCorrection() {
            TestExecutor<MissionAggregate> given = fixture.given(missionDeclared(), targetSet());
            String targetSetId = givenEventIds().get(1);
            given.andGiven(corrected(
                            targetSetId,
                            "target:" + TARGET_ID,
                            new FieldChange("source.url", source().url(), "https://www.gov.uk/missions")))
                    .when(correction(targetSetId, "source.url", "https://www.gov.uk/missions/clean-power"))
                    .expectEvents(corrected(
                            targetSetId,
                            "target:" + TARGET_ID,
                            new FieldChange(
                                    "source.url",
                                    "https://www.gov.uk/missions",
                                    "https://www.gov.uk/missions/clean-power")));
        }

        @Test
        void correctingASourceLeavesOtherEventsSourcesAlone() {
            TestExecutor<MissionAggregate> given = fixture.given(missionDeclared(), targetSet());
            List<String> ids = givenEventIds();
            given.andGiven(corrected(
                            ids.get(1),
                            "target:" + TARGET_ID,
                            new FieldChange("source.url", source().url(), "https://www.gov.uk/missions")))
                    .when(correction(ids.get(0), "source.url", "https://www.gov.uk/missions"))
                    .expectEvents(corrected(
                            ids.get(0),
                            "mission",
                            new FieldChange("source.url", source().url(), "https://www.gov.uk/missions")));
        }

        @Test
        void correctsTheRestOfASource() {
            TestExecutor<MissionAggregate> given = fixture.given(missionDeclared());
            String declaredId = givenEventIds().get(0);
            Map<String, String> corrections = Map.of(
                    "source.title", "Plan for Change",
                    "source.publisher", "Cabinet Office",
                    "source.publishedOn", "",
                    "source.contentSha256", "");
            given.when(new CorrectMissionRecord(MISSION_ID, declaredId, corrections, WHAT_WAS_WRONG))
                    .expectEvents(corrected(
                            declaredId,
                            "mission",
                            new FieldChange("source.contentSha256", source().contentSha256(), null),
                            new FieldChange("source.publishedOn", "2024-12-05", null),
                            new FieldChange("source.publisher", source().publisher(), "Cabinet Office"),
                            new FieldChange("source.title", source().title(), "Plan for Change")));
        }

        @Test
        void correctsTargetNumbersInPlainNotation() {
            TestExecutor<MissionAggregate> given = fixture.given(missionDeclared(), targetSet());
            String targetSetId = givenEventIds().get(1);
            given.when(new CorrectMissionRecord(
                            MISSION_ID,
                            targetSetId,
                            Map.of("goalValue", "96.50", "baselineValue", "74.0", "comparator", "EXACTLY"),
                            WHAT_WAS_WRONG))
                    .expectEvents(corrected(
                            targetSetId,
                            "target:" + TARGET_ID,
                            new FieldChange("comparator", "AT_LEAST", "EXACTLY"),
                            new FieldChange("goalValue", "95", "96.5")));
        }

        @Test
        void refusesACorrectionThatChangesNothing() {
            TestExecutor<MissionAggregate> given = fixture.given(missionDeclared(), targetSet());
            String targetSetId = givenEventIds().get(1);
            expectRefusal(
                    given.when(new CorrectMissionRecord(
                            MISSION_ID,
                            targetSetId,
                            Map.of(
                                    "goalValue",
                                    "95.000",
                                    "wording",
                                    targetTerms().wording(),
                                    "source.url",
                                    source().url()),
                            WHAT_WAS_WRONG)),
                    CommonRefusal.NOTHING_CHANGED);
        }

        @Test
        void refusesAnEventNotOfThisMission() {
            fixture.given(missionDeclared(), targetSet())
                    .when(correction("0b5f9a43-5a4e-4a5e-9d53-3d1c7c0b7a10", "title", "Clean"))
                    .expectNoEvents()
                    .expectException(CommandRefused.class)
                    .expectException(refusedWith(CommonRefusal.UNKNOWN_EVENT))
                    .expectExceptionMessage(
                            "No event '0b5f9a43-5a4e-4a5e-9d53-3d1c7c0b7a10' belongs to mission '" + MISSION_ID + "'.");
        }

        @Test
        void refusesCorrectingACorrection() {
            TestExecutor<MissionAggregate> given = fixture.given(missionDeclared());
            String declaredId = givenEventIds().get(0);
            TestExecutor<MissionAggregate> corrected =
                    given.andGiven(corrected(declaredId, "mission", new FieldChange("title", TITLE, "Clean")));
            String correctionId = givenEventIds().get(1);
            expectRefusal(
                    corrected.when(correction(correctionId, "title", "Clean energy")), CommonRefusal.UNKNOWN_EVENT);
        }

        static Stream<Arguments> fieldsNotCorrectable() {
            return Stream.of(
                    Arguments.of(0, "missionId"),
                    Arguments.of(0, "body.id"),
                    Arguments.of(0, "status"),
                    Arguments.of(1, "targetId"),
                    Arguments.of(1, "status"),
                    Arguments.of(2, "targetId"),
                    Arguments.of(2, "role.kind"),
                    Arguments.of(0, "source"),
                    Arguments.of(1, "source.author"));
        }

        @ParameterizedTest(name = "{1} of given event {0}")
        @MethodSource("fieldsNotCorrectable")
        void refusesAFieldThatCannotBeCorrected(int eventIndex, String field) {
            TestExecutor<MissionAggregate> given = fixture.given(missionDeclared(), targetSet(), tenureAssigned());
            String eventId = givenEventIds().get(eventIndex);
            expectRefusal(given.when(correction(eventId, field, "x")), CommonRefusal.FIELD_NOT_CORRECTABLE);
        }

        static Stream<Arguments> invalidCorrections() {
            return Stream.of(
                    Arguments.of(0, "title", ""),
                    Arguments.of(0, "title", "Clean\u0007power"),
                    Arguments.of(0, "title", "x".repeat(301)),
                    Arguments.of(0, "statement", " "),
                    Arguments.of(0, "declaredOn", "23 February 2023"),
                    Arguments.of(0, "declaredOn", "2023-02-30"),
                    Arguments.of(0, "horizon", "2201-01-01"),
                    Arguments.of(0, "body.name", ""),
                    Arguments.of(0, "body.jurisdiction", "United Kingdom"),
                    Arguments.of(0, "body.jurisdiction", "gb"),
                    Arguments.of(0, "body.level", "PLANETARY"),
                    Arguments.of(1, "deadline", ""),
                    Arguments.of(1, "goalValue", "ninety-five"),
                    Arguments.of(1, "goalValue", "95.1234567"),
                    Arguments.of(1, "baselineValue", "1e16"),
                    Arguments.of(1, "comparator", "MORE_THAN"),
                    Arguments.of(1, "indicatorId", "Not An Id"),
                    Arguments.of(1, "wording", ""),
                    Arguments.of(2, "holder.name", ""),
                    Arguments.of(2, "effectiveFrom", ""),
                    Arguments.of(2, "effectiveTo", "next week"),
                    Arguments.of(0, "source.url", "ftp://example.org/plan.pdf"),
                    Arguments.of(0, "source.url", ""),
                    Arguments.of(0, "source.title", ""),
                    Arguments.of(0, "source.publishedOn", "1899-12-31"),
                    Arguments.of(0, "source.contentSha256", "ABC123"));
        }

        @ParameterizedTest(name = "{1} = \"{2}\" on given event {0}")
        @MethodSource("invalidCorrections")
        void refusesAnInvalidValue(int eventIndex, String field, String value) {
            TestExecutor<MissionAggregate> given = fixture.given(missionDeclared(), targetSet(), tenureAssigned());
            String eventId = givenEventIds().get(eventIndex);
            expectRefusal(given.when(correction(eventId, field, value)), CommonRefusal.INVALID_CORRECTION);
        }

        @Test
        void refusesACorrectionThatPutsTheDeadlineBeforeTheBaseline() {
            TestExecutor<MissionAggregate> given = fixture.given(missionDeclared(), targetSet());
            String targetSetId = givenEventIds().get(1);
            expectRefusal(
                    given.when(correction(targetSetId, "deadline", "2023-06-30")),
                    MissionRefusal.DEADLINE_BEFORE_BASELINE);
        }

        @Test
        void refusesACorrectionThatLeavesTheGoalIncomplete() {
            TestExecutor<MissionAggregate> given = fixture.given(missionDeclared(), targetSet());
            String targetSetId = givenEventIds().get(1);
            expectRefusal(given.when(correction(targetSetId, "unit", "")), MissionRefusal.INCOMPLETE_GOAL);
        }

        @Test
        void correctsATargetsIndicatorToAnotherDefinedOne() {
            TestExecutor<MissionAggregate> given = fixture.given(missionDeclared(), targetSet());
            String targetSetId = givenEventIds().get(1);
            given.when(correction(targetSetId, "indicatorId", OTHER_INDICATOR_ID))
                    .expectEvents(corrected(
                            targetSetId,
                            "target:" + TARGET_ID,
                            new FieldChange("indicatorId", INDICATOR_ID, OTHER_INDICATOR_ID)));
        }

        @Test
        void refusesACorrectionToAnUndefinedIndicator() {
            TestExecutor<MissionAggregate> given = fixture.given(missionDeclared(), targetSet());
            String targetSetId = givenEventIds().get(1);
            expectRefusal(
                    given.when(correction(targetSetId, "indicatorId", "not-defined")),
                    MissionRefusal.UNKNOWN_INDICATOR);
        }

        @Test
        void correctsTheEndOfATenure() {
            TestExecutor<MissionAggregate> given = fixture.given(missionDeclared(), tenureAssigned(), tenureEnded());
            String endedId = givenEventIds().get(2);
            given.when(correction(endedId, "effectiveTo", "2025-09-06"))
                    .expectEvents(corrected(
                            endedId,
                            "tenure:" + TENURE_ID,
                            new FieldChange("effectiveTo", "2025-09-05", "2025-09-06")));
        }

        @Test
        void refusesACorrectedEndBeforeTheStart() {
            TestExecutor<MissionAggregate> given = fixture.given(missionDeclared(), tenureAssigned(), tenureEnded());
            String endedId = givenEventIds().get(2);
            expectRefusal(
                    given.when(correction(endedId, "effectiveTo", "2024-01-01")),
                    MissionRefusal.TENURE_ENDS_BEFORE_START);
        }

        @Test
        void refusesACorrectedStartAfterTheEnd() {
            TestExecutor<MissionAggregate> given = fixture.given(missionDeclared(), tenureAssigned(), tenureEnded());
            String assignedId = givenEventIds().get(1);
            expectRefusal(
                    given.when(correction(assignedId, "effectiveFrom", "2025-09-05")),
                    MissionRefusal.TENURE_ENDS_BEFORE_START);
        }

        @Test
        void refusesClearingTheTitleOfAnOtherRole() {
            AccountabilityAssigned chair = new AccountabilityAssigned(
                    MISSION_ID,
                    TENURE_ID,
                    null,
                    new AccountableRole(RoleKind.OTHER, "Chair, Mission Board"),
                    holder(),
                    TENURE_START,
                    source());
            TestExecutor<MissionAggregate> given = fixture.given(missionDeclared(), chair);
            String assignedId = givenEventIds().get(1);
            expectRefusal(given.when(correction(assignedId, "role.title", "")), MissionRefusal.ROLE_TITLE_REQUIRED);
        }

        @Test
        void clearsTheTitleOfANamedRole() {
            TestExecutor<MissionAggregate> given =
                    fixture.given(missionDeclared(), targetSet(), targetTenureAssigned());
            String assignedId = givenEventIds().get(2);
            given.when(correction(assignedId, "role.title", ""))
                    .expectEvents(corrected(
                            assignedId,
                            "tenure:" + TARGET_TENURE_ID,
                            new FieldChange("role.title", "Clean Power 2030 SRO", null)));
        }

        @Test
        void acceptsACorrectionThatRemovesTheWholeGoal() {
            TestExecutor<MissionAggregate> given = fixture.given(missionDeclared(), targetSet());
            String targetSetId = givenEventIds().get(1);
            given.when(new CorrectMissionRecord(
                            MISSION_ID, targetSetId, Map.of("comparator", "", "goalValue", ""), WHAT_WAS_WRONG))
                    .expectEvents(corrected(
                            targetSetId,
                            "target:" + TARGET_ID,
                            new FieldChange("comparator", "AT_LEAST", null),
                            new FieldChange("goalValue", "95", null)));
        }
    }
}
