package org.missionledger.mission.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.missionledger.common.api.SourceBuilder.source;
import static org.missionledger.mission.command.MissionFixtures.EFFECTIVE_ON;
import static org.missionledger.mission.command.MissionFixtures.INDICATOR_ID;
import static org.missionledger.mission.command.MissionFixtures.MISSION_ID;
import static org.missionledger.mission.command.MissionFixtures.NEXT_TENURE_ID;
import static org.missionledger.mission.command.MissionFixtures.OTHER_INDICATOR_ID;
import static org.missionledger.mission.command.MissionFixtures.OTHER_TARGET_ID;
import static org.missionledger.mission.command.MissionFixtures.TARGET_ID;
import static org.missionledger.mission.command.MissionFixtures.TARGET_TENURE_ID;
import static org.missionledger.mission.command.MissionFixtures.TENURE_ID;
import static org.missionledger.mission.command.MissionFixtures.TITLE;
import static org.missionledger.mission.command.MissionFixtures.holder;
import static org.missionledger.mission.command.MissionFixtures.leadMinister;
import static org.missionledger.mission.command.MissionFixtures.missionDeclared;
import static org.missionledger.mission.command.MissionFixtures.nextHolder;
import static org.missionledger.mission.command.MissionFixtures.otherTargetSet;
import static org.missionledger.mission.command.MissionFixtures.targetSet;
import static org.missionledger.mission.command.MissionFixtures.targetTenureAssigned;
import static org.missionledger.mission.command.MissionFixtures.targetTerms;
import static org.missionledger.mission.command.MissionFixtures.tenureAssigned;
import static org.missionledger.mission.command.TargetTermsBuilder.terms;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.test.aggregate.StubAggregateLifecycle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.missionledger.common.api.AlterationKind;
import org.missionledger.common.api.CommonRefusal;
import org.missionledger.common.api.FieldChange;
import org.missionledger.common.command.CommandRefused;
import org.missionledger.mission.api.AccountabilityEnded;
import org.missionledger.mission.api.AccountabilityReassigned;
import org.missionledger.mission.api.CorrectMissionRecord;
import org.missionledger.mission.api.DropTarget;
import org.missionledger.mission.api.EndAccountability;
import org.missionledger.mission.api.MissionAchieved;
import org.missionledger.mission.api.MissionRecordCorrected;
import org.missionledger.mission.api.MissionRefusal;
import org.missionledger.mission.api.MissionReworded;
import org.missionledger.mission.api.ReassignAccountability;
import org.missionledger.mission.api.ReinstateTarget;
import org.missionledger.mission.api.ReviseTarget;
import org.missionledger.mission.api.RewordMission;
import org.missionledger.mission.api.SetTarget;
import org.missionledger.mission.api.TargetDropped;
import org.missionledger.mission.api.TargetReinstated;
import org.missionledger.mission.api.TargetRevised;
import org.missionledger.mission.api.TargetTerms;
import org.missionledger.platform.axon.EventJson;

/**
 * A mission snapshot, written and read with the snapshot serializer the application uses, restores a mission that
 * holds the same state and decides every command the same way as the mission it was taken from.
 */
class MissionSnapshotTest {

    private static final String REASON = "Restated";
    private static final String CORRECTED_WORDING = "At least 95% clean power by 2030, Great Britain";
    private static final TargetTerms CORRECTED_TERMS =
            terms().wording(CORRECTED_WORDING).build();
    private static final FakeLedgerDirectory DIRECTORY =
            new FakeLedgerDirectory().withIndicators(INDICATOR_ID, OTHER_INDICATOR_ID);

    private final Serializer snapshotSerializer =
            JacksonSerializer.builder().objectMapper(EventJson.snapshotMapper()).build();

    private MissionAggregate mission;
    private MissionAggregate restored;

    /** A mission with two targets (one dropped), a reassigned mission tenure, a target tenure and two corrections. */
    static MissionAggregate aMissionWithHistory() {
        MissionAggregate mission = new MissionAggregate();
        mission.on(missionDeclared(), "event-0");
        mission.on(
                new MissionReworded(
                        MISSION_ID,
                        List.of(new FieldChange("title", TITLE, "Clean power 2030")),
                        "Clean power 2030",
                        missionDeclared().statement(),
                        REASON,
                        source(),
                        null),
                "event-1");
        mission.on(targetSet(), "event-2");
        mission.on(otherTargetSet(), "event-3");
        mission.on(
                new TargetRevised(
                        MISSION_ID,
                        TARGET_ID,
                        targetTerms(),
                        targetTerms(),
                        List.of(),
                        List.of(AlterationKind.REWORDED),
                        REASON,
                        source(),
                        null),
                "event-4");
        mission.on(new TargetDropped(MISSION_ID, OTHER_TARGET_ID, REASON, source(), EFFECTIVE_ON), "event-5");
        mission.on(tenureAssigned(), "event-6");
        mission.on(targetTenureAssigned(), "event-7");
        mission.on(
                new AccountabilityReassigned(
                        MISSION_ID,
                        TENURE_ID,
                        NEXT_TENURE_ID,
                        null,
                        leadMinister(),
                        holder(),
                        nextHolder(),
                        LocalDate.of(2025, 9, 5),
                        REASON,
                        source()),
                "event-8");
        // corrects the latest revision of the target (event-4), so the corrected wording is the current one
        mission.on(new MissionRecordCorrected(
                MISSION_ID,
                "event-4",
                "target:" + TARGET_ID,
                List.of(
                        new FieldChange("source.url", source().url(), "https://www.gov.uk/missions"),
                        new FieldChange("wording", targetTerms().wording(), CORRECTED_WORDING)),
                "Mistyped"));
        return mission;
    }

    @BeforeEach
    void takeASnapshot() {
        mission = aMissionWithHistory();
        SerializedObject<byte[]> snapshot = snapshotSerializer.serialize(mission, byte[].class);
        restored = snapshotSerializer.deserialize(snapshot);
    }

    private JsonNode state(MissionAggregate aggregate) {
        return EventJson.snapshotMapper().valueToTree(aggregate);
    }

    @Test
    void holdsEveryFieldOfTheState() {
        JsonNode state = state(mission);

        assertThat(state.path("missionId").asText()).isEqualTo(MISSION_ID);
        assertThat(state.path("title").asText()).isEqualTo("Clean power 2030");
        assertThat(state.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(state.path("targets").size()).isEqualTo(2);
        assertThat(state.at("/targets/" + TARGET_ID + "/terms/wording").asText())
                .isEqualTo(CORRECTED_WORDING);
        assertThat(state.at("/targets/" + OTHER_TARGET_ID + "/status").asText()).isEqualTo("DROPPED");
        assertThat(state.path("tenures").size()).isEqualTo(3);
        assertThat(state.at("/tenures/" + TENURE_ID + "/effectiveTo").asText()).isEqualTo("2025-09-05");
        assertThat(state.at("/tenures/" + NEXT_TENURE_ID + "/holder/name").asText())
                .isEqualTo("Sam Okafor");
        assertThat(state.path("recorded").size()).isEqualTo(9);
        assertThat(state.at("/recorded/event-4/source/url").asText()).isEqualTo("https://www.gov.uk/missions");
        assertThat(state.at("/recorded/event-4/subject").asText()).isEqualTo("target:" + TARGET_ID);
    }

    @Test
    void restoresTheSameState() {
        assertThat(restored).isNotSameAs(mission);
        assertThat(state(restored)).isEqualTo(state(mission));
    }

    @Test
    void keepsBeingSourcedLikeTheOriginal() {
        Consumer<MissionAggregate> laterEvents = aggregate -> {
            aggregate.on(new TargetReinstated(MISSION_ID, OTHER_TARGET_ID, REASON, source(), null), "event-9");
            aggregate.on(
                    new AccountabilityEnded(MISSION_ID, TARGET_TENURE_ID, LocalDate.of(2026, 1, 1), REASON, source()),
                    "event-10");
            aggregate.on(new MissionRecordCorrected(
                    MISSION_ID,
                    "event-6",
                    "tenure:" + TENURE_ID,
                    List.of(new FieldChange("holder.name", "Alex Rivers", "Alexandra Rivers")),
                    "Mistyped"));
            aggregate.on(new MissionAchieved(MISSION_ID, REASON, source(), null), "event-11");
        };
        laterEvents.accept(mission);
        laterEvents.accept(restored);

        assertThat(state(restored)).isEqualTo(state(mission));
        assertThat(state(restored).at("/tenures/" + TENURE_ID + "/holder/name").asText())
                .isEqualTo("Alexandra Rivers");
    }

    /** A command run against an aggregate: the events it applied, or the code it was refused with. */
    private static Object outcome(MissionAggregate aggregate, Consumer<MissionAggregate> command) {
        StubAggregateLifecycle lifecycle = new StubAggregateLifecycle();
        lifecycle.activate();
        try {
            command.accept(aggregate);
            return lifecycle.getAppliedEventPayloads();
        } catch (CommandRefused refusal) {
            return refusal.code();
        } finally {
            lifecycle.close();
        }
    }

    static Stream<Arguments> commands() {
        TargetTerms postponed = CORRECTED_TERMS.withField("deadline", "2032-12-31");
        return Stream.of(
                Arguments.of(
                        "revise from the corrected terms",
                        (Consumer<MissionAggregate>) m -> m.handle(
                                new ReviseTarget(MISSION_ID, TARGET_ID, postponed, REASON, source(), null), DIRECTORY),
                        List.of(new TargetRevised(
                                MISSION_ID,
                                TARGET_ID,
                                CORRECTED_TERMS,
                                postponed,
                                List.of(new FieldChange("deadline", "2030-12-31", "2032-12-31")),
                                List.of(AlterationKind.POSTPONED),
                                REASON,
                                source(),
                                null))),
                Arguments.of(
                        "revise to the corrected terms",
                        (Consumer<MissionAggregate>) m -> m.handle(
                                new ReviseTarget(MISSION_ID, TARGET_ID, CORRECTED_TERMS, REASON, source(), null),
                                DIRECTORY),
                        CommonRefusal.NOTHING_CHANGED),
                Arguments.of(
                        "reinstate the dropped target",
                        (Consumer<MissionAggregate>)
                                m -> m.handle(new ReinstateTarget(MISSION_ID, OTHER_TARGET_ID, REASON, source(), null)),
                        List.of(new TargetReinstated(MISSION_ID, OTHER_TARGET_ID, REASON, source(), null))),
                Arguments.of(
                        "drop the dropped target",
                        (Consumer<MissionAggregate>)
                                m -> m.handle(new DropTarget(MISSION_ID, OTHER_TARGET_ID, REASON, source(), null)),
                        MissionRefusal.TARGET_ALREADY_DROPPED),
                Arguments.of(
                        "set an existing target",
                        (Consumer<MissionAggregate>) m -> m.handle(
                                new SetTarget(MISSION_ID, TARGET_ID, targetTerms(), source(), null), DIRECTORY),
                        MissionRefusal.TARGET_ALREADY_SET),
                Arguments.of(
                        "reword to the current title",
                        (Consumer<MissionAggregate>) m -> m.handle(
                                new RewordMission(MISSION_ID, "Clean power 2030", null, REASON, source(), null)),
                        CommonRefusal.NOTHING_CHANGED),
                Arguments.of(
                        "end the new tenure",
                        (Consumer<MissionAggregate>) m -> m.handle(new EndAccountability(
                                MISSION_ID, NEXT_TENURE_ID, LocalDate.of(2026, 1, 1), REASON, source())),
                        List.of(new AccountabilityEnded(
                                MISSION_ID, NEXT_TENURE_ID, LocalDate.of(2026, 1, 1), REASON, source()))),
                Arguments.of(
                        "end the reassigned tenure",
                        (Consumer<MissionAggregate>) m -> m.handle(new EndAccountability(
                                MISSION_ID, TENURE_ID, LocalDate.of(2026, 1, 1), REASON, source())),
                        MissionRefusal.TENURE_ALREADY_ENDED),
                Arguments.of(
                        "reassign to the current holder",
                        (Consumer<MissionAggregate>) m -> m.handle(new ReassignAccountability(
                                MISSION_ID,
                                NEXT_TENURE_ID,
                                "lead-minister-2027",
                                nextHolder(),
                                LocalDate.of(2026, 1, 1),
                                REASON,
                                source())),
                        MissionRefusal.REASSIGN_TO_CURRENT_HOLDER),
                Arguments.of(
                        "correct the corrected source again",
                        (Consumer<MissionAggregate>) m -> m.handle(
                                new CorrectMissionRecord(
                                        MISSION_ID,
                                        "event-4",
                                        Map.of("source.url", "https://www.gov.uk/missions/2"),
                                        "Mistyped"),
                                DIRECTORY),
                        List.of(new MissionRecordCorrected(
                                MISSION_ID,
                                "event-4",
                                "target:" + TARGET_ID,
                                List.of(new FieldChange(
                                        "source.url", "https://www.gov.uk/missions", "https://www.gov.uk/missions/2")),
                                "Mistyped"))),
                Arguments.of(
                        "correct an unknown event",
                        (Consumer<MissionAggregate>) m -> m.handle(
                                new CorrectMissionRecord(MISSION_ID, "event-99", Map.of("title", "x"), "Mistyped"),
                                DIRECTORY),
                        CommonRefusal.UNKNOWN_EVENT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void decidesEveryCommandLikeTheOriginal(String name, Consumer<MissionAggregate> command, Object expected) {
        assertThat(outcome(mission, command)).as("the original").isEqualTo(expected);
        assertThat(outcome(restored, command)).as("the restored snapshot").isEqualTo(expected);
    }
}
