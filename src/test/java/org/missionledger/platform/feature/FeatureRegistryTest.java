package org.missionledger.platform.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Executable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.junit.jupiter.api.Test;
import org.missionledger.common.api.RefusalCode;
import org.missionledger.indicator.IndicatorFeature;
import org.missionledger.indicator.api.IndicatorRefusal;
import org.missionledger.mission.MissionFeature;
import org.missionledger.mission.api.MissionRefusal;
import org.missionledger.source.SourceFeature;

/** The features' registrations agree with their code, and the refusal codes clients match on are unchanged. */
class FeatureRegistryTest {

    static List<FeatureRegistration> features() {
        EmbeddedEventStore events = EmbeddedEventStore.builder()
                .storageEngine(new InMemoryEventStorageEngine())
                .build();
        return List.of(new MissionFeature(events), new IndicatorFeature(), new SourceFeature());
    }

    private final FeatureRegistry registry = new FeatureRegistry(features());

    @Test
    void everyRegisteredAggregateTypeIsTheNameAxonStoresItsEventsUnder() {
        assertThat(registry.aggregates()).hasSize(3);
        for (FeatureRegistration.Aggregate aggregate : registry.aggregates()) {
            assertThat(AnnotatedAggregateMetaModelFactory.inspectAggregate(aggregate.aggregateClass())
                            .type())
                    .as(aggregate.aggregateClass().getSimpleName())
                    .isEqualTo(aggregate.typeName());
        }
    }

    @Test
    void everyCommandARegisteredAggregateHandlesHasARecordingRule() {
        List<Class<?>> handled = new ArrayList<>();
        for (FeatureRegistration.Aggregate aggregate : registry.aggregates()) {
            List<Executable> handlers = new ArrayList<>();
            handlers.addAll(Arrays.asList(aggregate.aggregateClass().getDeclaredMethods()));
            handlers.addAll(Arrays.asList(aggregate.aggregateClass().getDeclaredConstructors()));
            for (Executable handler : handlers) {
                if (handler.isAnnotationPresent(CommandHandler.class)) {
                    handled.add(handler.getParameterTypes()[0]);
                }
            }
        }
        assertThat(handled).hasSize(24);
        assertThat(registry.commandTypes()).containsExactlyInAnyOrderElementsOf(handled);
    }

    @Test
    void theRefusalCodesTheirStatusesAndTitlesAreExactlyTheOnesClientsKnow() {
        Map<String, String> actual = new LinkedHashMap<>();
        registry.refusals().forEach((slug, code) -> actual.put(slug, code.kind().status() + " " + code.title()));
        assertThat(actual)
                .containsOnly(
                        Map.entry("mission-already-declared", "409 Mission already declared"),
                        Map.entry("mission-closed", "409 Mission is no longer active"),
                        Map.entry("successor-is-self", "422 A mission or target cannot succeed itself"),
                        Map.entry("unknown-successor", "422 Unknown successor"),
                        Map.entry("nothing-changed", "422 Nothing changed"),
                        Map.entry("target-already-set", "409 Target already set"),
                        Map.entry("mission-has-targets", "409 Mission has active targets"),
                        Map.entry("unknown-target", "404 Unknown target"),
                        Map.entry("target-already-dropped", "409 Target already dropped"),
                        Map.entry("target-not-dropped", "409 Target is not dropped"),
                        Map.entry("target-superseded", "409 Target already superseded"),
                        Map.entry("target-dropped", "409 Target is dropped"),
                        Map.entry("deadline-before-baseline", "422 Deadline before baseline"),
                        Map.entry("incomplete-goal", "422 Incomplete goal"),
                        Map.entry("unknown-indicator", "422 Unknown indicator"),
                        Map.entry("tenure-already-exists", "409 Tenure already exists"),
                        Map.entry("unknown-tenure", "404 Unknown tenure"),
                        Map.entry("tenure-already-ended", "409 Tenure already ended"),
                        Map.entry("tenure-ends-before-start", "422 Tenure cannot end before it starts"),
                        Map.entry("reassign-to-current-holder", "422 Reassigning to the current holder"),
                        Map.entry("role-title-required", "422 Role title required"),
                        Map.entry("unknown-event", "422 Unknown event"),
                        Map.entry("field-not-correctable", "422 Field cannot be corrected"),
                        Map.entry("invalid-correction", "422 Invalid corrected value"),
                        Map.entry("indicator-already-defined", "409 Indicator already defined"),
                        Map.entry("reading-already-recorded", "409 Reading already recorded for this period"),
                        Map.entry("no-reading-for-period", "422 No reading for this period"),
                        Map.entry("reading-withdrawn", "409 Reading withdrawn"),
                        Map.entry(
                                "period-does-not-match-frequency",
                                "422 Period does not match the indicator's frequency"),
                        Map.entry("source-unchanged", "409 The page says what it said at the last observation"),
                        Map.entry("source-url-mismatch", "422 The URL does not name this source"),
                        Map.entry("unknown-observation", "404 Unknown observation"),
                        Map.entry("not-a-change", "422 The observation is not a change"),
                        Map.entry(
                                "source-change-already-resolved",
                                "409 The change is already linked or marked not material"));
        assertThat(actual).hasSize(34);
    }

    @Test
    void anAlreadyUsedIdentifierIsRefusedWithTheCreatingFeaturesCode() {
        assertThat(registry.aggregate("MissionAggregate").flatMap(FeatureRegistration.Aggregate::alreadyRecorded))
                .contains(MissionRefusal.MISSION_ALREADY_DECLARED);
        assertThat(registry.aggregate("IndicatorAggregate").flatMap(FeatureRegistration.Aggregate::alreadyRecorded))
                .contains(IndicatorRefusal.INDICATOR_ALREADY_DEFINED);
        assertThat(registry.aggregate("SourceAggregate").flatMap(FeatureRegistration.Aggregate::alreadyRecorded))
                .isEmpty();
        assertThat(registry.aggregate("NoSuchAggregate")).isEmpty();
    }

    @Test
    void twoFeaturesCannotClaimTheSameRefusalCode() {
        FeatureRegistration copycat = new FeatureRegistration() {
            @Override
            public String name() {
                return "copycat";
            }

            @Override
            public List<? extends RefusalCode> refusals() {
                return List.of(Copycat.MISSION_CLOSED);
            }
        };
        List<FeatureRegistration> all = new ArrayList<>(features());
        all.add(copycat);
        assertThatThrownBy(() -> new FeatureRegistry(all))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("copycat")
                .hasMessageContaining("mission-closed");
    }

    @Test
    void twoFeaturesCannotClaimTheSameAggregateType() {
        List<FeatureRegistration> twice = new ArrayList<>(features());
        twice.add(new IndicatorFeature());
        assertThatThrownBy(() -> new FeatureRegistry(twice))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("IndicatorAggregate");
    }

    private enum Copycat implements RefusalCode {
        MISSION_CLOSED;

        @Override
        public Kind kind() {
            return Kind.CONFLICT;
        }

        @Override
        public String title() {
            return "Copied";
        }
    }
}
