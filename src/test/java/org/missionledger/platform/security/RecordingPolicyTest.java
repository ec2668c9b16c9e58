package org.missionledger.platform.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;
import org.missionledger.indicator.IndicatorFeature;
import org.missionledger.indicator.api.CorrectIndicatorRecord;
import org.missionledger.indicator.api.RecordReading;
import org.missionledger.mission.MissionFeature;
import org.missionledger.mission.api.Body;
import org.missionledger.mission.api.BodyKind;
import org.missionledger.mission.api.CorrectMissionRecord;
import org.missionledger.mission.api.DeclareMission;
import org.missionledger.mission.api.DropMission;
import org.missionledger.mission.api.MissionDeclared;
import org.missionledger.platform.feature.FeatureRegistry;
import org.missionledger.source.SourceFeature;
import org.missionledger.source.api.LinkSourceChange;
import org.missionledger.source.api.RecordSourceObservation;

/** The recording rules as the features registered them, applied by the platform's policy (messages unchanged). */
class RecordingPolicyTest {

    private static final Body UK = new Body("uk-government", "UK Government", BodyKind.NATIONAL_GOVERNMENT);

    private final RecordingPolicy policy;

    RecordingPolicyTest() {
        EmbeddedEventStore events = EmbeddedEventStore.builder()
                .storageEngine(new InMemoryEventStorageEngine())
                .build();
        events.publish(new GenericDomainEventMessage<>(
                "MissionAggregate",
                "uk-mission",
                0,
                new MissionDeclared("uk-mission", UK, "Title", "Statement", null, null, null, null)));
        policy = new RecordingPolicy(
                new FeatureRegistry(List.of(new MissionFeature(events), new IndicatorFeature(), new SourceFeature())));
    }

    private static Grants recorderFor(String... bodies) {
        return Grants.of(Set.of(Role.RECORDER), Set.of(bodies));
    }

    private static Grants only(Role role) {
        return Grants.of(Set.of(role), Set.of(Grants.ALL_BODIES));
    }

    @Test
    void aDeclarationNeedsARecorderGrantedTheBodyItNames() {
        DeclareMission declare = new DeclareMission("m", UK, "T", "S", null, null, null, null);
        assertThatCode(() -> policy.check(declare, "uk", recorderFor("uk-government")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> policy.check(declare, "camden", recorderFor("camden")))
                .isInstanceOf(RecordingNotPermitted.class)
                .hasMessage("camden may not record for the body 'uk-government'.");
        assertThatThrownBy(() -> policy.check(declare, "reader", Grants.NONE))
                .hasMessage("reader may not record (RECORDER role needed).");
    }

    @Test
    void aMissionCommandNeedsARecorderGrantedTheBodyThatDeclaredTheMission() {
        DropMission drop = new DropMission("uk-mission", "Dropped", null, null);
        assertThatCode(() -> policy.check(drop, "uk", recorderFor("uk-government")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> policy.check(drop, "camden", recorderFor("camden")))
                .hasMessage("camden may not record for the body 'uk-government'.");
        // an unknown mission: nothing to check here; the aggregate answers 404
        assertThatCode(() -> policy.check(new DropMission("nowhere", "r", null, null), "camden", Grants.NONE))
                .doesNotThrowAnyException();
    }

    @Test
    void correctionsNeedAnEditorWhateverTheBody() {
        CorrectMissionRecord mission = new CorrectMissionRecord("uk-mission", "e", Map.of("title", "x"), "typo");
        CorrectIndicatorRecord indicator = new CorrectIndicatorRecord("i", "e", Map.of("name", "x"), "typo");
        for (Object correction : List.of(mission, indicator)) {
            assertThatThrownBy(() -> policy.check(correction, "uk", recorderFor("uk-government")))
                    .hasMessage("uk may not record corrections (EDITOR role needed).");
            assertThatCode(() -> policy.check(correction, "editor", Grants.of(Set.of(Role.EDITOR), Set.of())))
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void indicatorsAndResolvingSourceChangesNeedAnyRecorder() {
        RecordReading reading = new RecordReading("i", "2025", BigDecimal.ONE, LocalDate.of(2025, 3, 1), null, null);
        assertThatCode(() -> policy.check(reading, "camden", recorderFor("camden")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> policy.check(reading, "reader", Grants.NONE))
                .hasMessage("reader may not record indicators (RECORDER role needed).");
        LinkSourceChange link = new LinkSourceChange("s", 2, 7, "e", "uk-mission", null);
        assertThatCode(() -> policy.check(link, "camden", recorderFor())).doesNotThrowAnyException();
        assertThatThrownBy(() -> policy.check(link, "reader", Grants.NONE))
                .hasMessage("reader may not resolve changes of cited pages (RECORDER role needed).");
    }

    @Test
    void observationsAndAnythingNoFeatureDeclaredAreForAdmins() {
        RecordSourceObservation observation = new RecordSourceObservation(
                "s", "https://example.org", Instant.EPOCH, 200, null, null, null, false, null, null, null);
        assertThatThrownBy(() -> policy.check(observation, "editor", only(Role.EDITOR)))
                .hasMessage("editor may not send RecordSourceObservation.");
        assertThatCode(() -> policy.check(observation, "admin", only(Role.ADMIN)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> policy.check("a string", "editor", only(Role.EDITOR)))
                .hasMessage("editor may not send String.");
    }
}
