package org.missionledger.indicator.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.missionledger.indicator.command.IndicatorFixtures.BASIS;
import static org.missionledger.indicator.command.IndicatorFixtures.INDICATOR_ID;
import static org.missionledger.indicator.command.IndicatorFixtures.METHODOLOGY;
import static org.missionledger.indicator.command.IndicatorFixtures.PUBLISHED_ON;
import static org.missionledger.indicator.command.IndicatorFixtures.indicatorDefined;
import static org.missionledger.indicator.command.IndicatorFixtures.readingRecorded;
import static org.missionledger.indicator.command.IndicatorFixtures.revisionSource;
import static org.missionledger.indicator.command.IndicatorFixtures.statisticsSource;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
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
import org.missionledger.common.api.CommonRefusal;
import org.missionledger.common.api.FieldChange;
import org.missionledger.common.command.CommandRefused;
import org.missionledger.indicator.api.ChangeIndicatorMethodology;
import org.missionledger.indicator.api.CorrectIndicatorRecord;
import org.missionledger.indicator.api.Frequency;
import org.missionledger.indicator.api.IndicatorMethodologyChanged;
import org.missionledger.indicator.api.IndicatorRecordCorrected;
import org.missionledger.indicator.api.IndicatorRefusal;
import org.missionledger.indicator.api.ReadingRecorded;
import org.missionledger.indicator.api.ReadingRevised;
import org.missionledger.indicator.api.ReadingWithdrawn;
import org.missionledger.indicator.api.RecordReading;
import org.missionledger.indicator.api.ReviseReading;
import org.missionledger.indicator.api.WithdrawReading;
import org.missionledger.platform.axon.EventJson;

/**
 * An indicator snapshot, written and read with the snapshot serializer the application uses, restores an indicator
 * with the same readings that decides every command the same way as the one it was taken from.
 */
class IndicatorSnapshotTest {

    private static final String REASON = "Benchmarked";

    private final Serializer snapshotSerializer =
            JacksonSerializer.builder().objectMapper(EventJson.snapshotMapper()).build();

    private IndicatorAggregate indicator;
    private IndicatorAggregate restored;

    /** A monthly series: January revised and then corrected, February withdrawn, the methodology changed. */
    static IndicatorAggregate anIndicatorWithReadings() {
        IndicatorAggregate indicator = new IndicatorAggregate();
        indicator.on(indicatorDefined(Frequency.MONTHLY), "event-0");
        indicator.on(readingRecorded("2024-01", new BigDecimal("41.20"), "ET 2024-03"), "event-1");
        indicator.on(readingRecorded("2024-02", new BigDecimal("43.5"), null), "event-2");
        indicator.on(
                new ReadingRevised(
                        INDICATOR_ID,
                        "2024-01",
                        new BigDecimal("41.20"),
                        "ET 2024-03",
                        new BigDecimal("41.9"),
                        PUBLISHED_ON,
                        "ET 2024-06",
                        REASON,
                        revisionSource()),
                "event-3");
        indicator.on(new ReadingWithdrawn(INDICATOR_ID, "2024-02", "Withdrawn", statisticsSource()), "event-4");
        indicator.on(
                new IndicatorMethodologyChanged(
                        INDICATOR_ID, List.of(), "Revised methodology", BASIS, REASON, revisionSource(), null),
                "event-5");
        indicator.on(new IndicatorRecordCorrected(
                INDICATOR_ID,
                "event-3",
                "reading:2024-01",
                List.of(
                        new FieldChange("value", "41.9", "42.9"),
                        new FieldChange("source.title", revisionSource().title(), "DUKES 2024, chapter 5")),
                "Transposed"));
        return indicator;
    }

    @BeforeEach
    void takeASnapshot() {
        indicator = anIndicatorWithReadings();
        SerializedObject<byte[]> snapshot = snapshotSerializer.serialize(indicator, byte[].class);
        restored = snapshotSerializer.deserialize(snapshot);
    }

    private static JsonNode state(IndicatorAggregate aggregate) {
        return EventJson.snapshotMapper().valueToTree(aggregate);
    }

    @Test
    void holdsEveryFieldOfTheState() {
        JsonNode state = state(indicator);

        assertThat(state.path("indicatorId").asText()).isEqualTo(INDICATOR_ID);
        assertThat(state.path("frequency").asText()).isEqualTo("MONTHLY");
        assertThat(state.path("methodology").asText()).isEqualTo("Revised methodology");
        assertThat(state.path("readings").size()).isEqualTo(2);
        assertThat(state.at("/readings/2024-01/value").decimalValue()).isEqualByComparingTo("42.9");
        assertThat(state.at("/readings/2024-01/vintage").asText()).isEqualTo("ET 2024-06");
        assertThat(state.at("/readings/2024-02/withdrawn").asBoolean()).isTrue();
        assertThat(state.path("recorded").size()).isEqualTo(6);
        assertThat(state.at("/recorded/event-3/source/title").asText()).isEqualTo("DUKES 2024, chapter 5");
    }

    @Test
    void restoresTheSameState() {
        assertThat(restored).isNotSameAs(indicator);
        assertThat(state(restored)).isEqualTo(state(indicator));
    }

    @Test
    void keepsBeingSourcedLikeTheOriginal() {
        Consumer<IndicatorAggregate> laterEvents = aggregate -> {
            aggregate.on(readingRecorded("2024-03", new BigDecimal("44"), null), "event-6");
            aggregate.on(
                    new ReadingRevised(
                            INDICATOR_ID,
                            "2024-02",
                            new BigDecimal("43.5"),
                            null,
                            new BigDecimal("43.6"),
                            PUBLISHED_ON,
                            "ET 2024-09",
                            REASON,
                            revisionSource()),
                    "event-7");
            aggregate.on(new IndicatorRecordCorrected(
                    INDICATOR_ID,
                    "event-0",
                    "indicator",
                    List.of(new FieldChange("unit", "% of generation", "%")),
                    "Unit"));
        };
        laterEvents.accept(indicator);
        laterEvents.accept(restored);

        assertThat(state(restored)).isEqualTo(state(indicator));
        assertThat(state(restored).at("/readings/2024-02/withdrawn").asBoolean())
                .isFalse();
    }

    private static Object outcome(IndicatorAggregate aggregate, Consumer<IndicatorAggregate> command) {
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

    private static Arguments command(String name, Consumer<IndicatorAggregate> command, Object expected) {
        return Arguments.of(name, command, expected);
    }

    static Stream<Arguments> commands() {
        return Stream.of(
                command(
                        "record a new month",
                        i -> i.handle(new RecordReading(
                                INDICATOR_ID, "2024-03", BigDecimal.TEN, PUBLISHED_ON, null, statisticsSource())),
                        List.of(new ReadingRecorded(
                                INDICATOR_ID, "2024-03", BigDecimal.TEN, PUBLISHED_ON, null, statisticsSource()))),
                command(
                        "record a year in a monthly series",
                        i -> i.handle(new RecordReading(
                                INDICATOR_ID, "2024", BigDecimal.TEN, PUBLISHED_ON, null, statisticsSource())),
                        IndicatorRefusal.PERIOD_DOES_NOT_MATCH_FREQUENCY),
                command(
                        "record a recorded month",
                        i -> i.handle(new RecordReading(
                                INDICATOR_ID, "2024-01", BigDecimal.TEN, PUBLISHED_ON, null, statisticsSource())),
                        IndicatorRefusal.READING_ALREADY_RECORDED),
                command(
                        "revise to the corrected value",
                        i -> i.handle(new ReviseReading(
                                INDICATOR_ID,
                                "2024-01",
                                new BigDecimal("42.90"),
                                PUBLISHED_ON,
                                "ET 2024-06",
                                REASON,
                                revisionSource())),
                        CommonRefusal.NOTHING_CHANGED),
                command(
                        "revise from the corrected value",
                        i -> i.handle(new ReviseReading(
                                INDICATOR_ID,
                                "2024-01",
                                new BigDecimal("43"),
                                PUBLISHED_ON,
                                "ET 2024-09",
                                REASON,
                                revisionSource())),
                        List.of(new ReadingRevised(
                                INDICATOR_ID,
                                "2024-01",
                                new BigDecimal("42.9"),
                                "ET 2024-06",
                                new BigDecimal("43"),
                                PUBLISHED_ON,
                                "ET 2024-09",
                                REASON,
                                revisionSource()))),
                command(
                        "withdraw a withdrawn month",
                        i -> i.handle(new WithdrawReading(INDICATOR_ID, "2024-02", REASON, statisticsSource())),
                        IndicatorRefusal.READING_WITHDRAWN),
                command(
                        "revise a withdrawn month back in",
                        i -> i.handle(new ReviseReading(
                                INDICATOR_ID,
                                "2024-02",
                                new BigDecimal("43.5"),
                                PUBLISHED_ON,
                                null,
                                REASON,
                                revisionSource())),
                        List.of(new ReadingRevised(
                                INDICATOR_ID,
                                "2024-02",
                                new BigDecimal("43.5"),
                                null,
                                new BigDecimal("43.5"),
                                PUBLISHED_ON,
                                null,
                                REASON,
                                revisionSource()))),
                command(
                        "change to the current methodology",
                        i -> i.handle(new ChangeIndicatorMethodology(
                                INDICATOR_ID, "Revised methodology", BASIS, REASON, revisionSource(), null)),
                        CommonRefusal.NOTHING_CHANGED),
                command(
                        "change back to the first methodology",
                        i -> i.handle(new ChangeIndicatorMethodology(
                                INDICATOR_ID, METHODOLOGY, null, REASON, revisionSource(), null)),
                        List.of(new IndicatorMethodologyChanged(
                                INDICATOR_ID,
                                List.of(new FieldChange("methodology", "Revised methodology", METHODOLOGY)),
                                METHODOLOGY,
                                BASIS,
                                REASON,
                                revisionSource(),
                                null))),
                command(
                        "correct a corrected source",
                        i -> i.handle(new CorrectIndicatorRecord(
                                INDICATOR_ID, "event-3", Map.of("source.title", "DUKES 2024"), "Shorter")),
                        List.of(new IndicatorRecordCorrected(
                                INDICATOR_ID,
                                "event-3",
                                "reading:2024-01",
                                List.of(new FieldChange("source.title", "DUKES 2024, chapter 5", "DUKES 2024")),
                                "Shorter"))),
                command(
                        "correct an unknown event",
                        i -> i.handle(
                                new CorrectIndicatorRecord(INDICATOR_ID, "event-99", Map.of("name", "x"), "Mistyped")),
                        CommonRefusal.UNKNOWN_EVENT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void decidesEveryCommandLikeTheOriginal(String name, Consumer<IndicatorAggregate> command, Object expected) {
        assertThat(outcome(indicator, command)).as("the original").isEqualTo(expected);
        assertThat(outcome(restored, command)).as("the restored snapshot").isEqualTo(expected);
    }
}
