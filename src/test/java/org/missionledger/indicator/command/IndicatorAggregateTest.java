package org.missionledger.indicator.command;

import static org.missionledger.common.command.Refusals.refusedWith;
import static org.missionledger.indicator.command.IndicatorFixtures.BASIS;
import static org.missionledger.indicator.command.IndicatorFixtures.INDICATOR_ID;
import static org.missionledger.indicator.command.IndicatorFixtures.METHODOLOGY;
import static org.missionledger.indicator.command.IndicatorFixtures.NAME;
import static org.missionledger.indicator.command.IndicatorFixtures.PERIOD;
import static org.missionledger.indicator.command.IndicatorFixtures.PUBLISHED_ON;
import static org.missionledger.indicator.command.IndicatorFixtures.UNIT;
import static org.missionledger.indicator.command.IndicatorFixtures.VALUE;
import static org.missionledger.indicator.command.IndicatorFixtures.VINTAGE;
import static org.missionledger.indicator.command.IndicatorFixtures.defineIndicator;
import static org.missionledger.indicator.command.IndicatorFixtures.indicatorDefined;
import static org.missionledger.indicator.command.IndicatorFixtures.readingRecorded;
import static org.missionledger.indicator.command.IndicatorFixtures.readingRevised;
import static org.missionledger.indicator.command.IndicatorFixtures.readingWithdrawn;
import static org.missionledger.indicator.command.IndicatorFixtures.revisionSource;
import static org.missionledger.indicator.command.IndicatorFixtures.statisticsSource;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.missionledger.common.api.CommonRefusal;
import org.missionledger.common.api.FieldChange;
import org.missionledger.common.api.RefusalCode;
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

/**
 * Every indicator command, its success and each of its refusals, given/when/then. A second definition of the same
 * indicator is refused by the event store (the stream already exists), not by the aggregate, so it is not tested here.
 */
class IndicatorAggregateTest {

    private static final String REASON = "Annual benchmark to the Digest of UK Energy Statistics";
    private static final BigDecimal REVISED = new BigDecimal("58.4");
    private static final String REVISED_VINTAGE = "DUKES 2024";
    private static final LocalDate REVISED_ON = LocalDate.of(2024, 7, 30);

    private FixtureConfiguration<IndicatorAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(IndicatorAggregate.class);
    }

    private static void expectRefusal(ResultValidator<?> result, RefusalCode code) {
        result.expectNoEvents().expectException(CommandRefused.class).expectException(refusedWith(code));
    }

    /** The identifiers the fixture gave to the given events, in order; call between {@code given} and {@code when}. */
    private List<String> givenEventIds() {
        return fixture.getEventStore()
                .readEvents(INDICATOR_ID)
                .asStream()
                .map(DomainEventMessage::getIdentifier)
                .toList();
    }

    private static RecordReading recordReading(String period) {
        return new RecordReading(INDICATOR_ID, period, VALUE, PUBLISHED_ON, VINTAGE, statisticsSource());
    }

    private static ReviseReading reviseReading(BigDecimal value, String vintage) {
        return new ReviseReading(INDICATOR_ID, PERIOD, value, REVISED_ON, vintage, REASON, revisionSource());
    }

    private static WithdrawReading withdrawReading(String period) {
        return new WithdrawReading(INDICATOR_ID, period, "Withdrawn pending a methods review", statisticsSource());
    }

    @Nested
    class DefiningAnIndicator {

        @Test
        void recordsTheDefinitionAndAnswersTheIndicatorId() {
            fixture.givenNoPriorActivity()
                    .when(defineIndicator(Frequency.QUARTERLY))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(indicatorDefined(Frequency.QUARTERLY))
                    .expectResultMessagePayload(INDICATOR_ID);
        }
    }

    @Nested
    class ChangingTheMethodology {

        @Test
        void recordsBothChanges() {
            fixture.given(indicatorDefined())
                    .when(new ChangeIndicatorMethodology(
                            INDICATOR_ID, "New methodology", "United Kingdom", REASON, revisionSource(), REVISED_ON))
                    .expectEvents(new IndicatorMethodologyChanged(
                            INDICATOR_ID,
                            List.of(
                                    new FieldChange("methodology", METHODOLOGY, "New methodology"),
                                    new FieldChange("measurementBasis", BASIS, "United Kingdom")),
                            "New methodology",
                            "United Kingdom",
                            REASON,
                            revisionSource(),
                            REVISED_ON))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void keepsTheBasisWhenOnlyTheMethodologyIsGiven() {
            fixture.given(indicatorDefined(), readingRecorded())
                    .when(new ChangeIndicatorMethodology(
                            INDICATOR_ID, "New methodology", null, REASON, revisionSource(), null))
                    .expectEvents(new IndicatorMethodologyChanged(
                            INDICATOR_ID,
                            List.of(new FieldChange("methodology", METHODOLOGY, "New methodology")),
                            "New methodology",
                            BASIS,
                            REASON,
                            revisionSource(),
                            null))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void comparesWithTheLatestMethodology() {
            fixture.given(
                            indicatorDefined(),
                            new IndicatorMethodologyChanged(
                                    INDICATOR_ID, List.of(), "New methodology", BASIS, REASON, revisionSource(), null))
                    .when(new ChangeIndicatorMethodology(
                            INDICATOR_ID, METHODOLOGY, "United Kingdom", REASON, revisionSource(), null))
                    .expectEvents(new IndicatorMethodologyChanged(
                            INDICATOR_ID,
                            List.of(
                                    new FieldChange("methodology", "New methodology", METHODOLOGY),
                                    new FieldChange("measurementBasis", BASIS, "United Kingdom")),
                            METHODOLOGY,
                            "United Kingdom",
                            REASON,
                            revisionSource(),
                            null));
        }

        @Test
        void refusesNoChangeGiven() {
            expectRefusal(
                    fixture.given(indicatorDefined())
                            .when(new ChangeIndicatorMethodology(
                                    INDICATOR_ID, null, null, REASON, revisionSource(), null)),
                    CommonRefusal.NOTHING_CHANGED);
        }

        @Test
        void refusesTheSameMethodologyAndBasis() {
            expectRefusal(
                    fixture.given(indicatorDefined())
                            .when(new ChangeIndicatorMethodology(
                                    INDICATOR_ID, METHODOLOGY, BASIS, REASON, revisionSource(), null)),
                    CommonRefusal.NOTHING_CHANGED);
        }
    }

    @Nested
    class RecordingAReading {

        @Test
        void recordsTheFirstPublishedValue() {
            fixture.given(indicatorDefined())
                    .when(recordReading(PERIOD))
                    .expectEvents(readingRecorded())
                    .expectResultMessagePayload(1L);
        }

        @Test
        void recordsAnotherPeriod() {
            fixture.given(indicatorDefined(), readingRecorded())
                    .when(recordReading("2024"))
                    .expectEvents(readingRecorded("2024", VALUE, VINTAGE))
                    .expectResultMessagePayload(2L);
        }

        @ParameterizedTest(name = "{1} in a {0} series")
        @CsvSource({
            "ANNUAL, 2024",
            "ANNUAL, 2024/25",
            "QUARTERLY, 2024-Q1",
            "MONTHLY, 2024-03",
            "WEEKLY, 2024-W05",
            "IRREGULAR, 2024-03-31",
            "IRREGULAR, 2024",
            "IRREGULAR, 2024-Q4",
            "IRREGULAR, 2024/25"
        })
        void acceptsAPeriodOfTheSeriesFrequency(Frequency frequency, String period) {
            fixture.given(indicatorDefined(frequency))
                    .when(recordReading(period))
                    .expectEvents(readingRecorded(period, VALUE, VINTAGE));
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "2024-13",
                    "2024-00",
                    "2024-Q5",
                    "2023/25",
                    "2024-W54",
                    "2024-W00",
                    "2024-02-30",
                    "24",
                    "Q1 2024",
                    "2024-q1",
                    "March 2024",
                    ""
                })
        void refusesTextThatIsNoPeriod(String period) {
            expectRefusal(
                    fixture.given(indicatorDefined(Frequency.IRREGULAR)).when(recordReading(period)),
                    IndicatorRefusal.PERIOD_DOES_NOT_MATCH_FREQUENCY);
        }

        @ParameterizedTest(name = "{1} in a {0} series")
        @CsvSource({
            "ANNUAL, 2024-Q1",
            "ANNUAL, 2024-03",
            "QUARTERLY, 2024",
            "QUARTERLY, 2024-03",
            "MONTHLY, 2024",
            "MONTHLY, 2024/25",
            "MONTHLY, 2024-03-31",
            "WEEKLY, 2024-02",
            "WEEKLY, 2024-03-31"
        })
        void refusesAPeriodOfAnotherShape(Frequency frequency, String period) {
            fixture.given(indicatorDefined(frequency))
                    .when(recordReading(period))
                    .expectNoEvents()
                    .expectException(refusedWith(IndicatorRefusal.PERIOD_DOES_NOT_MATCH_FREQUENCY))
                    .expectExceptionMessage(
                            "'" + period + "' does not fit the " + frequency + " series '" + INDICATOR_ID + "'.");
        }

        @Test
        void refusesAPeriodAlreadyRecorded() {
            expectRefusal(
                    fixture.given(indicatorDefined(), readingRecorded()).when(recordReading(PERIOD)),
                    IndicatorRefusal.READING_ALREADY_RECORDED);
        }

        @Test
        void refusesAPeriodAlreadyRevised() {
            expectRefusal(
                    fixture.given(indicatorDefined(), readingRecorded(), readingRevised(VALUE, REVISED, "DUKES"))
                            .when(recordReading(PERIOD)),
                    IndicatorRefusal.READING_ALREADY_RECORDED);
        }

        @Test
        void refusesAPeriodWhoseReadingWasWithdrawn() {
            expectRefusal(
                    fixture.given(indicatorDefined(), readingRecorded(), readingWithdrawn())
                            .when(recordReading(PERIOD)),
                    IndicatorRefusal.READING_ALREADY_RECORDED);
        }
    }

    @Nested
    class RevisingAReading {

        @Test
        void recordsTheNewVintageAndKeepsThePrevious() {
            fixture.given(indicatorDefined(), readingRecorded())
                    .when(reviseReading(REVISED, REVISED_VINTAGE))
                    .expectEvents(new ReadingRevised(
                            INDICATOR_ID,
                            PERIOD,
                            VALUE,
                            VINTAGE,
                            REVISED,
                            REVISED_ON,
                            REVISED_VINTAGE,
                            REASON,
                            revisionSource()))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void acceptsANewVintageWithTheSameValue() {
            fixture.given(indicatorDefined(), readingRecorded())
                    .when(reviseReading(VALUE, REVISED_VINTAGE))
                    .expectEvents(new ReadingRevised(
                            INDICATOR_ID,
                            PERIOD,
                            VALUE,
                            VINTAGE,
                            VALUE,
                            REVISED_ON,
                            REVISED_VINTAGE,
                            REASON,
                            revisionSource()));
        }

        @Test
        void acceptsANewValueInTheSameVintage() {
            fixture.given(indicatorDefined(), readingRecorded())
                    .when(reviseReading(REVISED, VINTAGE))
                    .expectEvents(new ReadingRevised(
                            INDICATOR_ID,
                            PERIOD,
                            VALUE,
                            VINTAGE,
                            REVISED,
                            REVISED_ON,
                            VINTAGE,
                            REASON,
                            revisionSource()));
        }

        @Test
        void revisesTheLatestVintage() {
            BigDecimal third = new BigDecimal("58.5");
            fixture.given(indicatorDefined(), readingRecorded(), readingRevised(VALUE, REVISED, REVISED_VINTAGE))
                    .when(reviseReading(third, "DUKES 2025"))
                    .expectEvents(new ReadingRevised(
                            INDICATOR_ID,
                            PERIOD,
                            REVISED,
                            REVISED_VINTAGE,
                            third,
                            REVISED_ON,
                            "DUKES 2025",
                            REASON,
                            revisionSource()))
                    .expectResultMessagePayload(3L);
        }

        @Test
        void revisesAWithdrawnReadingBackIn() {
            fixture.given(indicatorDefined(), readingRecorded(), readingWithdrawn())
                    .when(reviseReading(VALUE, VINTAGE))
                    .expectEvents(new ReadingRevised(
                            INDICATOR_ID, PERIOD, VALUE, VINTAGE, VALUE, REVISED_ON, VINTAGE, REASON, revisionSource()))
                    .expectResultMessagePayload(3L);
        }

        @Test
        void refusesAPeriodWithoutReading() {
            fixture.given(indicatorDefined(), readingRecorded())
                    .when(new ReviseReading(
                            INDICATOR_ID, "2022", REVISED, REVISED_ON, REVISED_VINTAGE, REASON, revisionSource()))
                    .expectNoEvents()
                    .expectException(refusedWith(IndicatorRefusal.NO_READING_FOR_PERIOD))
                    .expectExceptionMessage(
                            "No reading for 2022 is recorded for '" + INDICATOR_ID + "'; record it first.");
        }

        @Test
        void refusesTheSameValueAndVintage() {
            expectRefusal(
                    fixture.given(indicatorDefined(), readingRecorded()).when(reviseReading(VALUE, VINTAGE)),
                    CommonRefusal.NOTHING_CHANGED);
        }

        @Test
        void refusesTheSameValueAtAnotherScale() {
            expectRefusal(
                    fixture.given(indicatorDefined(), readingRecorded())
                            .when(reviseReading(new BigDecimal("58.100"), VINTAGE)),
                    CommonRefusal.NOTHING_CHANGED);
        }

        @Test
        void refusesAPeriodOfAnotherShape() {
            expectRefusal(
                    fixture.given(indicatorDefined(), readingRecorded())
                            .when(new ReviseReading(
                                    INDICATOR_ID, "2023-Q4", REVISED, REVISED_ON, null, REASON, revisionSource())),
                    IndicatorRefusal.PERIOD_DOES_NOT_MATCH_FREQUENCY);
        }
    }

    @Nested
    class WithdrawingAReading {

        @Test
        void recordsTheWithdrawal() {
            fixture.given(indicatorDefined(), readingRecorded())
                    .when(withdrawReading(PERIOD))
                    .expectEvents(readingWithdrawn())
                    .expectResultMessagePayload(2L);
        }

        @Test
        void withdrawsARevisedReading() {
            fixture.given(indicatorDefined(), readingRecorded(), readingRevised(VALUE, REVISED, REVISED_VINTAGE))
                    .when(withdrawReading(PERIOD))
                    .expectEvents(readingWithdrawn())
                    .expectResultMessagePayload(3L);
        }

        @Test
        void withdrawsAReadingRevisedBackIn() {
            fixture.given(
                            indicatorDefined(),
                            readingRecorded(),
                            readingWithdrawn(),
                            readingRevised(VALUE, REVISED, REVISED_VINTAGE))
                    .when(withdrawReading(PERIOD))
                    .expectEvents(readingWithdrawn());
        }

        @Test
        void refusesAPeriodWithoutReading() {
            expectRefusal(
                    fixture.given(indicatorDefined(), readingRecorded()).when(withdrawReading("2022")),
                    IndicatorRefusal.NO_READING_FOR_PERIOD);
        }

        @Test
        void refusesAReadingAlreadyWithdrawn() {
            expectRefusal(
                    fixture.given(indicatorDefined(), readingRecorded(), readingWithdrawn())
                            .when(withdrawReading(PERIOD)),
                    IndicatorRefusal.READING_WITHDRAWN);
        }

        @Test
        void refusesAPeriodOfAnotherShape() {
            expectRefusal(
                    fixture.given(indicatorDefined(), readingRecorded()).when(withdrawReading("2023-12")),
                    IndicatorRefusal.PERIOD_DOES_NOT_MATCH_FREQUENCY);
        }
    }

    @Nested
    class CorrectingTheRecord {

        private static final String WHAT_WAS_WRONG = "Mistyped when recorded";

        private CorrectIndicatorRecord correction(String eventId, String field, String value) {
            return new CorrectIndicatorRecord(INDICATOR_ID, eventId, Map.of(field, value), WHAT_WAS_WRONG);
        }

        private IndicatorRecordCorrected corrected(String eventId, String subject, FieldChange... changes) {
            return new IndicatorRecordCorrected(INDICATOR_ID, eventId, subject, List.of(changes), WHAT_WAS_WRONG);
        }

        @Test
        void correctsAReadingsValue() {
            TestExecutor<IndicatorAggregate> given = fixture.given(indicatorDefined(), readingRecorded());
            String recordedId = givenEventIds().get(1);
            given.when(correction(recordedId, "value", "51.80"))
                    .expectEvents(corrected(recordedId, "reading:" + PERIOD, new FieldChange("value", "58.1", "51.8")))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void laterRevisionsStartFromTheCorrectedValue() {
            TestExecutor<IndicatorAggregate> given = fixture.given(indicatorDefined(), readingRecorded());
            String recordedId = givenEventIds().get(1);
            given.andGiven(corrected(recordedId, "reading:" + PERIOD, new FieldChange("value", "58.1", "51.8")))
                    .when(reviseReading(REVISED, REVISED_VINTAGE))
                    .expectEvents(new ReadingRevised(
                            INDICATOR_ID,
                            PERIOD,
                            new BigDecimal("51.8"),
                            VINTAGE,
                            REVISED,
                            REVISED_ON,
                            REVISED_VINTAGE,
                            REASON,
                            revisionSource()));
        }

        @Test
        void correctingTheFirstVintageAfterARevisionFixesHistoryNotTheLatestValue() {
            TestExecutor<IndicatorAggregate> given = fixture.given(
                    indicatorDefined(), readingRecorded(), readingRevised(VALUE, REVISED, REVISED_VINTAGE));
            String firstVintageId = givenEventIds().get(1);
            given.when(correction(firstVintageId, "value", "51.8"))
                    .expectEvents(new IndicatorRecordCorrected(
                            INDICATOR_ID,
                            firstVintageId,
                            "reading:" + PERIOD,
                            List.of(new FieldChange("value", "58.1", "51.8")),
                            WHAT_WAS_WRONG,
                            List.of("value")));
            // the latest value is still the revision's: revising to it changes nothing
            expectRefusal(
                    fixture.given(
                                    indicatorDefined(),
                                    readingRecorded(),
                                    readingRevised(VALUE, REVISED, REVISED_VINTAGE))
                            .andGiven(new IndicatorRecordCorrected(
                                    INDICATOR_ID,
                                    givenEventIds().get(1),
                                    "reading:" + PERIOD,
                                    List.of(new FieldChange("value", "58.1", "51.8")),
                                    WHAT_WAS_WRONG,
                                    List.of("value")))
                            .when(reviseReading(REVISED, REVISED_VINTAGE)),
                    CommonRefusal.NOTHING_CHANGED);
        }

        @Test
        void revisingToTheCorrectedValueChangesNothing() {
            TestExecutor<IndicatorAggregate> given = fixture.given(indicatorDefined(), readingRecorded());
            String recordedId = givenEventIds().get(1);
            expectRefusal(
                    given.andGiven(corrected(recordedId, "reading:" + PERIOD, new FieldChange("value", "58.1", "51.8")))
                            .when(reviseReading(new BigDecimal("51.8"), VINTAGE)),
                    CommonRefusal.NOTHING_CHANGED);
        }

        @Test
        void correctsAndClearsAVintage() {
            TestExecutor<IndicatorAggregate> given = fixture.given(indicatorDefined(), readingRecorded());
            String recordedId = givenEventIds().get(1);
            given.when(correction(recordedId, "vintage", ""))
                    .expectEvents(
                            corrected(recordedId, "reading:" + PERIOD, new FieldChange("vintage", VINTAGE, null)));
        }

        @Test
        void revisingToTheCorrectedVintageChangesNothing() {
            TestExecutor<IndicatorAggregate> given = fixture.given(indicatorDefined(), readingRecorded());
            String recordedId = givenEventIds().get(1);
            expectRefusal(
                    given.andGiven(corrected(
                                    recordedId, "reading:" + PERIOD, new FieldChange("vintage", VINTAGE, "ET 2024-03")))
                            .when(reviseReading(VALUE, "ET 2024-03")),
                    CommonRefusal.NOTHING_CHANGED);
        }

        @Test
        void aCorrectedWithdrawnReadingStaysWithdrawn() {
            TestExecutor<IndicatorAggregate> given =
                    fixture.given(indicatorDefined(), readingRecorded(), readingWithdrawn());
            String recordedId = givenEventIds().get(1);
            expectRefusal(
                    given.andGiven(corrected(recordedId, "reading:" + PERIOD, new FieldChange("value", "58.1", "51.8")))
                            .when(withdrawReading(PERIOD)),
                    IndicatorRefusal.READING_WITHDRAWN);
        }

        @Test
        void correctsTheDefinitionInNameOrder() {
            TestExecutor<IndicatorAggregate> given = fixture.given(indicatorDefined());
            String definedId = givenEventIds().get(0);
            Map<String, String> corrections = new LinkedHashMap<>();
            corrections.put("unit", "%");
            corrections.put("name", "Low-carbon share of generation");
            corrections.put("methodology", "");
            corrections.put("measurementBasis", BASIS);
            given.when(new CorrectIndicatorRecord(INDICATOR_ID, definedId, corrections, WHAT_WAS_WRONG))
                    .expectEvents(corrected(
                            definedId,
                            "indicator",
                            new FieldChange("methodology", METHODOLOGY, null),
                            new FieldChange("name", NAME, "Low-carbon share of generation"),
                            new FieldChange("unit", UNIT, "%")))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void laterMethodologyChangesStartFromTheCorrectedDefinition() {
            TestExecutor<IndicatorAggregate> given = fixture.given(indicatorDefined());
            String definedId = givenEventIds().get(0);
            expectRefusal(
                    given.andGiven(corrected(
                                    definedId, "indicator", new FieldChange("methodology", METHODOLOGY, "Corrected")))
                            .when(new ChangeIndicatorMethodology(
                                    INDICATOR_ID, "Corrected", null, REASON, revisionSource(), null)),
                    CommonRefusal.NOTHING_CHANGED);
        }

        @Test
        void correctsAReadingsSource() {
            TestExecutor<IndicatorAggregate> given = fixture.given(indicatorDefined(), readingRecorded());
            String recordedId = givenEventIds().get(1);
            String url = "https://www.gov.uk/government/statistics/energy-trends-march-2024";
            given.when(new CorrectIndicatorRecord(
                            INDICATOR_ID,
                            recordedId,
                            Map.of("source.url", url, "source.contentSha256", "a".repeat(64)),
                            WHAT_WAS_WRONG))
                    .expectEvents(corrected(
                            recordedId,
                            "reading:" + PERIOD,
                            new FieldChange("source.contentSha256", null, "a".repeat(64)),
                            new FieldChange("source.url", statisticsSource().url(), url)));
        }

        @Test
        void aCorrectedSourceIsTheBeforeOfTheNextCorrection() {
            TestExecutor<IndicatorAggregate> given = fixture.given(indicatorDefined());
            String definedId = givenEventIds().get(0);
            given.andGiven(corrected(
                            definedId,
                            "indicator",
                            new FieldChange("source.title", "Energy Trends: UK electricity", "Energy Trends")))
                    .when(correction(definedId, "source.title", "Energy Trends section 5"))
                    .expectEvents(corrected(
                            definedId,
                            "indicator",
                            new FieldChange("source.title", "Energy Trends", "Energy Trends section 5")));
        }

        @Test
        void refusesACorrectionThatChangesNothing() {
            TestExecutor<IndicatorAggregate> given = fixture.given(indicatorDefined(), readingRecorded());
            String recordedId = givenEventIds().get(1);
            expectRefusal(
                    given.when(new CorrectIndicatorRecord(
                            INDICATOR_ID,
                            recordedId,
                            Map.of("value", "58.100", "vintage", VINTAGE, "source.publishedOn", "2024-03-28"),
                            WHAT_WAS_WRONG)),
                    CommonRefusal.NOTHING_CHANGED);
        }

        @Test
        void refusesAnEventNotOfThisIndicator() {
            expectRefusal(
                    fixture.given(indicatorDefined()).when(correction("not-an-event", "name", "x")),
                    CommonRefusal.UNKNOWN_EVENT);
        }

        @Test
        void refusesCorrectingACorrection() {
            TestExecutor<IndicatorAggregate> given = fixture.given(indicatorDefined());
            String definedId = givenEventIds().get(0);
            TestExecutor<IndicatorAggregate> corrected =
                    given.andGiven(corrected(definedId, "indicator", new FieldChange("name", NAME, "Share")));
            String correctionId = givenEventIds().get(1);
            expectRefusal(
                    corrected.when(correction(correctionId, "name", "Low-carbon share")), CommonRefusal.UNKNOWN_EVENT);
        }

        static Stream<Arguments> fieldsNotCorrectable() {
            return Stream.of(
                    Arguments.of(0, "indicatorId"),
                    Arguments.of(0, "frequency"),
                    Arguments.of(0, "value"),
                    Arguments.of(1, "period"),
                    Arguments.of(1, "name"),
                    Arguments.of(1, "publishedOn"),
                    Arguments.of(1, "source.author"),
                    Arguments.of(0, "source"));
        }

        @ParameterizedTest(name = "{1} of given event {0}")
        @MethodSource("fieldsNotCorrectable")
        void refusesAFieldThatCannotBeCorrected(int eventIndex, String field) {
            TestExecutor<IndicatorAggregate> given = fixture.given(indicatorDefined(), readingRecorded());
            String eventId = givenEventIds().get(eventIndex);
            expectRefusal(given.when(correction(eventId, field, "x")), CommonRefusal.FIELD_NOT_CORRECTABLE);
        }

        static Stream<Arguments> invalidCorrections() {
            return Stream.of(
                    Arguments.of(0, "name", ""),
                    Arguments.of(0, "name", "x".repeat(301)),
                    Arguments.of(0, "unit", " "),
                    Arguments.of(0, "methodology", "bell\u0007"),
                    Arguments.of(1, "value", ""),
                    Arguments.of(1, "value", "fifty-eight"),
                    Arguments.of(1, "value", "58.1234567"),
                    Arguments.of(1, "vintage", "March\u00002024"),
                    Arguments.of(0, "source.title", ""),
                    Arguments.of(0, "source.publisher", ""),
                    Arguments.of(1, "source.url", "ftp://example.org/et.xlsx"),
                    Arguments.of(1, "source.url", ""),
                    Arguments.of(1, "source.publishedOn", "2024-13-01"),
                    Arguments.of(1, "source.contentSha256", "not-a-sha256"));
        }

        @ParameterizedTest(name = "{1} = \"{2}\" on given event {0}")
        @MethodSource("invalidCorrections")
        void refusesAnInvalidValue(int eventIndex, String field, String value) {
            TestExecutor<IndicatorAggregate> given = fixture.given(indicatorDefined(), readingRecorded());
            String eventId = givenEventIds().get(eventIndex);
            expectRefusal(given.when(correction(eventId, field, value)), CommonRefusal.INVALID_CORRECTION);
        }
    }

    @Test
    void aReadingsEventsAllNameTheReadingAsSubject() {
        TestExecutor<IndicatorAggregate> given = fixture.given(
                indicatorDefined(Frequency.QUARTERLY),
                readingRecorded("2024-Q1", VALUE, null),
                new ReadingWithdrawn(INDICATOR_ID, "2024-Q1", "Withdrawn", statisticsSource()));
        String withdrawnId = givenEventIds().get(2);
        given.when(new CorrectIndicatorRecord(
                        INDICATOR_ID, withdrawnId, Map.of("source.publisher", "ONS"), "Wrong publisher"))
                .expectEvents(new IndicatorRecordCorrected(
                        INDICATOR_ID,
                        withdrawnId,
                        "reading:2024-Q1",
                        List.of(new FieldChange(
                                "source.publisher", statisticsSource().publisher(), "ONS")),
                        "Wrong publisher"));
    }

    @Test
    void recordingTheSameValueForAnotherPeriodIsFine() {
        fixture.given(indicatorDefined(Frequency.MONTHLY), readingRecorded("2024-01", VALUE, VINTAGE))
                .when(recordReading("2024-02"))
                .expectEvents(
                        new ReadingRecorded(INDICATOR_ID, "2024-02", VALUE, PUBLISHED_ON, VINTAGE, statisticsSource()));
    }
}
