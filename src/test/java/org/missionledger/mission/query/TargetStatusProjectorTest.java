package org.missionledger.mission.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionledger.common.api.AlterationKind;
import org.missionledger.common.api.FieldChange;
import org.missionledger.indicator.api.Frequency;
import org.missionledger.indicator.api.IndicatorDefined;
import org.missionledger.indicator.api.ReadingRecorded;
import org.missionledger.indicator.api.ReadingRevised;
import org.missionledger.mission.api.MissionDeclared;
import org.missionledger.mission.api.ProgressStatus;
import org.missionledger.mission.api.TargetRevised;
import org.missionledger.mission.api.TargetSet;
import org.missionledger.mission.api.TargetTerms;
import org.missionledger.platform.projection.LedgerEvent;
import org.missionledger.platform.projection.ProjectionStore;
import org.missionledger.platform.projection.ReadDocuments;
import org.missionledger.support.Fixtures;
import org.missionledger.support.LedgerEvents;
import org.missionledger.support.MemoryDatabase;

class TargetStatusProjectorTest {

    final TargetStatusProjector projector = new TargetStatusProjector();
    final LedgerEvents events = new LedgerEvents().recordedAt(Instant.parse("2025-03-01T09:00:00Z"));
    final TargetTerms terms = Fixtures.cleanPower("share");
    ProjectionStore store;

    @BeforeEach
    void freshStore() {
        store = ProjectionStore.live(MemoryDatabase.fresh());
    }

    List<LedgerEvent> scenario() {
        return List.of(
                events.next(new IndicatorDefined(
                        "share",
                        "Clean share",
                        "%",
                        "DESNZ",
                        null,
                        null,
                        Frequency.ANNUAL,
                        null,
                        Fixtures.source("Energy Trends"))),
                events.next(new MissionDeclared(
                        "clean-power",
                        Fixtures.UK,
                        "Clean power",
                        "Statement",
                        null,
                        null,
                        null,
                        Fixtures.source("Mission"))),
                events.next(new TargetSet("clean-power", "share", terms, Fixtures.source("Plan"), null)),
                events.next(new ReadingRecorded(
                        "share",
                        "2024",
                        new BigDecimal("65"),
                        LocalDate.of(2025, 2, 27),
                        "first",
                        Fixtures.source("Energy Trends"))),
                events.next(new ReadingRevised(
                        "share",
                        "2024",
                        new BigDecimal("65"),
                        "first",
                        new BigDecimal("61"),
                        LocalDate.of(2025, 2, 28),
                        "revised",
                        "Late returns",
                        Fixtures.source("Energy Trends"))));
    }

    TargetStatusDocument status() {
        return ReadDocuments.find(
                store.collection(TargetStatusProjector.TARGETS), "clean-power/share", TargetStatusDocument.class);
    }

    @Test
    void everyRelevantEventReevaluatesTheTargetAndRecordsChangesWithTheRuleVersion() {
        scenario().forEach(e -> projector.apply(e, store));
        TargetStatusDocument doc = status();
        assertThat(doc.recorded.status()).isEqualTo(ProgressStatus.LIMITED_PROGRESS);
        assertThat(doc.recorded.evaluatedOn()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(doc.history)
                .extracting(c -> c.status)
                .containsExactly(ProgressStatus.NO_DATA_YET, ProgressStatus.ON_TRACK, ProgressStatus.LIMITED_PROGRESS);
        assertThat(doc.history)
                .extracting(c -> c.cause)
                .containsExactly("TargetSet", "ReadingRecorded", "ReadingRevised");
        assertThat(doc.history).allSatisfy(c -> assertThat(c.ruleVersion).isEqualTo(ProgressRule.VERSION));
        assertThat(doc.history.get(2).readingValue).isEqualByComparingTo("61");
    }

    @Test
    void aRedeliveredReadingDoesNotAddToTheHistory() {
        List<LedgerEvent> scenario = scenario();
        scenario.forEach(e -> projector.apply(e, store));
        Document before = store.collection(TargetStatusProjector.TARGETS).find().first();
        scenario.forEach(e -> projector.apply(e, store));
        assertThat(store.collection(TargetStatusProjector.TARGETS).find().first())
                .isEqualTo(before);
        assertThat(status().history).hasSize(3);
    }

    @Test
    void aReplayReproducesEveryCollection() {
        List<LedgerEvent> scenario = scenario();
        scenario.forEach(e -> projector.apply(e, store));
        List<List<Document>> before = projector.collections().stream()
                .map(c -> (List<Document>) store.collection(c).find().into(new java.util.ArrayList<>()))
                .toList();
        projector.reset(store);
        scenario.forEach(e -> projector.apply(e, store));
        List<List<Document>> after = projector.collections().stream()
                .map(c -> (List<Document>) store.collection(c).find().into(new java.util.ArrayList<>()))
                .toList();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void aTargetMovedToAnotherIndicatorFollowsItsNewIndicator() {
        scenario().forEach(e -> projector.apply(e, store));
        projector.apply(
                events.next(new IndicatorDefined(
                        "share-v2",
                        "Clean share (new basis)",
                        "%",
                        "DESNZ",
                        null,
                        null,
                        Frequency.ANNUAL,
                        null,
                        Fixtures.source("Energy Trends"))),
                store);
        TargetTerms moved = terms.withField("indicatorId", "share-v2");
        projector.apply(
                events.next(new TargetRevised(
                        "clean-power",
                        "share",
                        terms,
                        moved,
                        List.of(new FieldChange("indicatorId", "share", "share-v2")),
                        List.of(AlterationKind.METRIC_CHANGED),
                        "New basis",
                        Fixtures.source("Plan"),
                        null)),
                store);
        assertThat(status().recorded.status()).isEqualTo(ProgressStatus.NO_DATA_YET);
        TargetLinksDocument oldLinks =
                ReadDocuments.find(store.collection(TargetStatusProjector.LINKS), "share", TargetLinksDocument.class);
        TargetLinksDocument newLinks = ReadDocuments.find(
                store.collection(TargetStatusProjector.LINKS), "share-v2", TargetLinksDocument.class);
        assertThat(oldLinks.targets).isEmpty();
        assertThat(newLinks.targets).containsExactly("clean-power/share");
        projector.apply(
                events.next(new ReadingRecorded(
                        "share-v2",
                        "2024",
                        new BigDecimal("70"),
                        LocalDate.of(2025, 2, 1),
                        null,
                        Fixtures.source("Energy Trends"))),
                store);
        assertThat(status().recorded.status()).isEqualTo(ProgressStatus.ON_TRACK);
    }
}
