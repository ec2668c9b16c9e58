package org.missionledger.indicator.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionledger.common.api.FieldChange;
import org.missionledger.indicator.api.Frequency;
import org.missionledger.indicator.api.IndicatorDefined;
import org.missionledger.indicator.api.IndicatorRecordCorrected;
import org.missionledger.indicator.api.ReadingPoint;
import org.missionledger.indicator.api.ReadingRecorded;
import org.missionledger.indicator.api.ReadingRevised;
import org.missionledger.indicator.api.ReadingSeriesView;
import org.missionledger.indicator.api.ReadingView;
import org.missionledger.indicator.api.ReadingWithdrawn;
import org.missionledger.indicator.api.VintageKind;
import org.missionledger.platform.projection.LedgerEvent;
import org.missionledger.platform.projection.ProjectionStore;
import org.missionledger.platform.projection.ReadDocuments;
import org.missionledger.support.Fixtures;
import org.missionledger.support.LedgerEvents;
import org.missionledger.support.MemoryDatabase;

class IndicatorSeriesProjectorTest {

    final IndicatorSeriesProjector projector = new IndicatorSeriesProjector();
    final LedgerEvents events = new LedgerEvents();
    ProjectionStore store;

    @BeforeEach
    void freshStore() {
        store = ProjectionStore.live(MemoryDatabase.fresh());
    }

    LedgerEvent apply(Object payload) {
        LedgerEvent event = events.next(payload);
        projector.apply(event, store);
        return event;
    }

    IndicatorSeriesDocument series() {
        return ReadDocuments.find(
                store.collection(IndicatorSeriesProjector.SERIES), "gdp", IndicatorSeriesDocument.class);
    }

    void define() {
        apply(new IndicatorDefined(
                "gdp", "GDP growth", "%", "ONS", null, null, Frequency.QUARTERLY, "IHYQ", Fixtures.source("ONS")));
    }

    LedgerEvent record(String period, String value, LocalDate publishedOn) {
        return apply(new ReadingRecorded(
                "gdp",
                period,
                new BigDecimal(value),
                publishedOn,
                "first estimate",
                Fixtures.source("First estimate")));
    }

    LedgerEvent revise(String period, String from, String to, LocalDate publishedOn) {
        return apply(new ReadingRevised(
                "gdp",
                period,
                new BigDecimal(from),
                "first estimate",
                new BigDecimal(to),
                publishedOn,
                "second estimate",
                "More returns",
                Fixtures.source("Second estimate")));
    }

    @Test
    void keepsEveryVintageWithTheFirstPublishedAndTheLatest() {
        define();
        record("2024-Q1", "0.6", LocalDate.of(2024, 5, 10));
        revise("2024-Q1", "0.6", "0.7", LocalDate.of(2024, 6, 28));
        ReadingView q1 = SeriesFold.seriesView(series(), null).readings().get(0);
        assertThat(q1.value()).isEqualByComparingTo("0.7");
        assertThat(q1.firstPublished().value()).isEqualByComparingTo("0.6");
        assertThat(q1.firstPublished().kind()).isEqualTo(VintageKind.FIRST_PUBLISHED);
        assertThat(q1.latest().vintage()).isEqualTo("second estimate");
        assertThat(q1.vintages()).hasSize(2);
        assertThat(q1.periodEnd()).isEqualTo(LocalDate.of(2024, 3, 31));
    }

    @Test
    void theSeriesAsKnownBeforeARevisionShowsOnlyTheFirstVintage() {
        define();
        record("2024-Q1", "0.6", LocalDate.of(2024, 5, 10));
        Instant between = events.now();
        revise("2024-Q1", "0.6", "0.7", LocalDate.of(2024, 6, 28));
        ReadingSeriesView then = SeriesFold.seriesView(series(), between);
        assertThat(then.readings()).singleElement().satisfies(r -> {
            assertThat(r.value()).isEqualByComparingTo("0.6");
            assertThat(r.vintages()).hasSize(1);
        });
        assertThat(SeriesFold.seriesView(
                                series(), events.all().get(0).recordedAt().minusSeconds(1))
                        .readings())
                .isEmpty();
    }

    @Test
    void aWithdrawalIsAVintageAndTheValueIsGone() {
        define();
        record("2024-Q1", "0.6", LocalDate.of(2024, 5, 10));
        record("2024-Q2", "0.5", LocalDate.of(2024, 8, 10));
        apply(new ReadingWithdrawn("gdp", "2024-Q2", "Error found", Fixtures.source("Notice")));
        ReadingView q2 = SeriesFold.seriesView(series(), null).readings().get(1);
        assertThat(q2.withdrawn()).isTrue();
        assertThat(q2.value()).isNull();
        assertThat(q2.vintages())
                .extracting(v -> v.kind())
                .containsExactly(VintageKind.FIRST_PUBLISHED, VintageKind.WITHDRAWN);
        assertThat(SeriesFold.points(series(), null, null))
                .extracting(ReadingPoint::period)
                .containsExactly("2024-Q1");
    }

    @Test
    void pointsLeaveOutValuesPublishedAfterTheDateAskedAbout() {
        define();
        record("2024-Q1", "0.6", LocalDate.of(2024, 5, 10));
        revise("2024-Q1", "0.6", "0.7", LocalDate.of(2024, 6, 28));
        assertThat(SeriesFold.points(series(), null, LocalDate.of(2024, 6, 1)))
                .singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("0.6"));
        assertThat(SeriesFold.points(series(), null, LocalDate.of(2024, 5, 1))).isEmpty();
    }

    @Test
    void aCorrectionFixesTheVintageItNamesFromTheMomentItWasRecorded() {
        define();
        LedgerEvent first = record("2024-Q1", "6", LocalDate.of(2024, 5, 10));
        Instant beforeCorrection = events.now();
        apply(new IndicatorRecordCorrected(
                "gdp",
                first.eventId(),
                "reading:2024-Q1",
                List.of(new FieldChange("value", "6", "0.6")),
                "Decimal point lost"));
        assertThat(SeriesFold.seriesView(series(), null).readings().get(0).value())
                .isEqualByComparingTo("0.6");
        assertThat(SeriesFold.seriesView(series(), null)
                        .readings()
                        .get(0)
                        .latest()
                        .corrections())
                .hasSize(1);
        assertThat(SeriesFold.seriesView(series(), beforeCorrection)
                        .readings()
                        .get(0)
                        .value())
                .isEqualByComparingTo("6");
    }

    @Test
    void redeliveryAndReplayChangeNothing() {
        define();
        record("2024-Q1", "0.6", LocalDate.of(2024, 5, 10));
        revise("2024-Q1", "0.6", "0.7", LocalDate.of(2024, 6, 28));
        Document before =
                store.collection(IndicatorSeriesProjector.SERIES).find().first();
        events.all().forEach(e -> projector.apply(e, store));
        assertThat(store.collection(IndicatorSeriesProjector.SERIES).find().first())
                .isEqualTo(before);
        projector.reset(store);
        events.all().forEach(e -> projector.apply(e, store));
        assertThat(store.collection(IndicatorSeriesProjector.SERIES).find().first())
                .isEqualTo(before);
    }
}
