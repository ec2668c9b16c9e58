package org.missionledger.mission.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionledger.common.api.AlterationKind;
import org.missionledger.common.api.FieldChange;
import org.missionledger.indicator.api.Frequency;
import org.missionledger.indicator.api.IndicatorDefined;
import org.missionledger.indicator.api.IndicatorMethodologyChanged;
import org.missionledger.mission.api.AlterationView;
import org.missionledger.mission.api.LineageView;
import org.missionledger.mission.api.MissionDeclared;
import org.missionledger.mission.api.MissionRecordCorrected;
import org.missionledger.mission.api.MissionSuperseded;
import org.missionledger.mission.api.TargetDropped;
import org.missionledger.mission.api.TargetRevised;
import org.missionledger.mission.api.TargetSet;
import org.missionledger.mission.api.TargetSuperseded;
import org.missionledger.mission.api.TargetTerms;
import org.missionledger.platform.projection.LedgerEvent;
import org.missionledger.platform.projection.ProjectionStore;
import org.missionledger.support.Fixtures;
import org.missionledger.support.LedgerEvents;
import org.missionledger.support.MemoryDatabase;

class AlterationsProjectorTest {

    final AlterationsProjector projector = new AlterationsProjector();
    final LedgerEvents events = new LedgerEvents();
    final TargetTerms terms = Fixtures.cleanPower("share");
    ProjectionStore store;
    AlterationQueries queries;

    @BeforeEach
    void freshStore() {
        store = ProjectionStore.live(MemoryDatabase.fresh());
        projector.ensureIndexes(store);
        queries = new AlterationQueries(store);
    }

    LedgerEvent apply(Object payload) {
        LedgerEvent event = events.next(payload);
        projector.apply(event, store);
        return event;
    }

    /** Declares, sets a target, weakens it, then drops it. Returns the weakening. */
    LedgerEvent weakenThenDrop() {
        apply(new IndicatorDefined(
                "share",
                "Clean share",
                "%",
                "DESNZ",
                "Old method",
                "Generation",
                Frequency.ANNUAL,
                null,
                Fixtures.source("Energy Trends")));
        apply(new MissionDeclared(
                "clean-power", Fixtures.UK, "Clean power", "Statement", null, null, null, Fixtures.source("Mission")));
        apply(new TargetSet("clean-power", "share", terms, Fixtures.source("Plan"), null));
        LedgerEvent weakened = apply(new TargetRevised(
                "clean-power",
                "share",
                terms,
                terms.withField("goalValue", "90"),
                List.of(new FieldChange("goalValue", "95", "90")),
                List.of(AlterationKind.WEAKENED),
                "Costs",
                Fixtures.source("Revised plan"),
                LocalDate.of(2024, 9, 1)));
        apply(new TargetDropped("clean-power", "share", "Abandoned", Fixtures.source("Statement"), null));
        return weakened;
    }

    static ChangesFilter kinds(AlterationKind... kinds) {
        return new ChangesFilter(Set.of(kinds), null, null, null);
    }

    @Test
    void alterationsAreNumberedDenselyInRecordingOrderAndListedNewestFirst() {
        weakenThenDrop();
        Page<AlterationView> page = queries.changes(ChangesFilter.none(), 1, 10);
        assertThat(page.totalItems()).isEqualTo(2);
        assertThat(page.items()).extracting(AlterationView::number).containsExactly(2L, 1L);
        assertThat(page.items())
                .extracting(AlterationView::kinds)
                .containsExactly(List.of(AlterationKind.DROPPED), List.of(AlterationKind.WEAKENED));
        AlterationView weakening = page.items().get(1);
        assertThat(weakening.scope()).isEqualTo(AlterationView.Scope.TARGET);
        assertThat(weakening.bodyId()).isEqualTo("uk-government");
        assertThat(weakening.changes()).containsExactly(new FieldChange("goalValue", "95", "90"));
        assertThat(weakening.source().title()).isEqualTo("Revised plan");
        assertThat(weakening.effectiveDate()).isEqualTo(LocalDate.of(2024, 9, 1));
        assertThat(weakening.reason()).isEqualTo("Costs");
        assertThat(weakening.actor()).isEqualTo("tester");
    }

    @Test
    void filtersByKindBodyAndMissionWithoutScanning() {
        weakenThenDrop();
        assertThat(queries.changes(kinds(AlterationKind.WEAKENED), 1, 10).items())
                .extracting(AlterationView::number)
                .containsExactly(1L);
        assertThat(queries.changes(kinds(AlterationKind.WEAKENED, AlterationKind.DROPPED), 1, 10)
                        .items())
                .extracting(AlterationView::number)
                .containsExactly(2L, 1L);
        assertThat(queries.changes(new ChangesFilter(Set.of(), "uk-government", null, null), 1, 10)
                        .totalItems())
                .isEqualTo(2);
        assertThat(queries.changes(new ChangesFilter(Set.of(), "someone-else", null, null), 1, 10)
                        .totalItems())
                .isZero();
        assertThat(queries.changes(ChangesFilter.ofMission("clean-power"), 2, 1).items())
                .extracting(AlterationView::number)
                .containsExactly(1L);
        assertThat(queries.changes(
                                new ChangesFilter(
                                        Set.of(), null, null, events.now().plusSeconds(1)),
                                1,
                                10)
                        .totalItems())
                .isZero();
    }

    @Test
    void aRedeliveredAlterationKeepsItsNumberAndIsNotCountedTwice() {
        weakenThenDrop();
        List<Document> before = all();
        events.all().forEach(e -> projector.apply(e, store));
        assertThat(all()).isEqualTo(before);
        assertThat(queries.changes(ChangesFilter.none(), 1, 10).totalItems()).isEqualTo(2);
    }

    @Test
    void anEventRedeliveredAfterACrashBeforeTheCounterWasSavedChangesNothingTwice() {
        weakenThenDrop();
        List<Document> expected = all();

        freshStore();
        var index = store.collection(AlterationsProjector.INDEX);
        for (LedgerEvent event : events.all()) {
            // the crash: every write of the event is done except the counter that guards the projection
            Document counter = index.find(new Document("_id", AlterationIndexDocument.COUNTER))
                    .first();
            projector.apply(event, store);
            if (counter == null) {
                index.deleteOne(new Document("_id", AlterationIndexDocument.COUNTER));
            } else {
                index.replaceOne(new Document("_id", AlterationIndexDocument.COUNTER), counter);
            }
            projector.apply(event, store); // the redelivery
        }
        assertThat(all()).isEqualTo(expected);
    }

    @Test
    void aReplayReproducesTheLogExactly() {
        weakenThenDrop();
        List<Document> before = all();
        projector.reset(store);
        events.all().forEach(e -> projector.apply(e, store));
        assertThat(all()).isEqualTo(before);
    }

    @Test
    void aCorrectionIsNotAnAlterationButIsAttachedToTheOneItCorrects() {
        LedgerEvent weakened = weakenThenDrop();
        apply(new MissionRecordCorrected(
                "clean-power",
                weakened.eventId(),
                "target:share",
                List.of(new FieldChange("source.url", "https://www.gov.uk/revised-plan", "https://www.gov.uk/plan-v2")),
                "Mistyped URL"));
        Page<AlterationView> page = queries.changes(ChangesFilter.none(), 1, 10);
        assertThat(page.totalItems()).isEqualTo(2);
        AlterationView weakening = page.items().get(1);
        assertThat(weakening.source().url()).isEqualTo("https://www.gov.uk/plan-v2");
        assertThat(weakening.corrections()).singleElement().satisfies(c -> assertThat(c.reason())
                .isEqualTo("Mistyped URL"));
    }

    @Test
    void flagsAMetricChangeThatLeftTheWordingAlone() {
        weakenThenDrop();
        TargetTerms other = terms.withField("measurementBasis", "Share of consumption");
        apply(new TargetSet("clean-power", "share-2", terms, Fixtures.source("Plan"), null));
        apply(new TargetRevised(
                "clean-power",
                "share-2",
                terms,
                other,
                List.of(new FieldChange("measurementBasis", "Share of generation", "Share of consumption")),
                List.of(AlterationKind.METRIC_CHANGED),
                "New basis",
                Fixtures.source("Plan"),
                null));
        apply(new TargetRevised(
                "clean-power",
                "share-2",
                other,
                other.withField("wording", "New words").withField("measurementBasis", "Share of generation"),
                List.of(),
                List.of(AlterationKind.REWORDED, AlterationKind.METRIC_CHANGED),
                "Both",
                Fixtures.source("Plan"),
                null));
        List<AlterationView> metric =
                queries.changes(kinds(AlterationKind.METRIC_CHANGED), 1, 10).items();
        assertThat(metric)
                .extracting(AlterationView::metricChangedWithoutRewording)
                .containsExactly(false, true);
    }

    @Test
    void aMethodologyChangeOfTheIndicatorIsAnAlterationOfEveryActiveTargetItMeasures() {
        apply(new IndicatorDefined(
                "share",
                "Clean share",
                "%",
                "DESNZ",
                "Old method",
                "Generation",
                Frequency.ANNUAL,
                null,
                Fixtures.source("Energy Trends")));
        apply(new MissionDeclared(
                "clean-power", Fixtures.UK, "Clean power", "Statement", null, null, null, Fixtures.source("Mission")));
        apply(new TargetSet("clean-power", "share", terms, Fixtures.source("Plan"), null));
        apply(new IndicatorMethodologyChanged(
                "share",
                List.of(new FieldChange("methodology", "Old method", "New")),
                "New",
                "Generation",
                "Harmonisation",
                Fixtures.source("Notice"),
                null));
        AlterationView change = queries.changes(ChangesFilter.ofMission("clean-power"), 1, 10)
                .items()
                .get(0);
        assertThat(change.scope()).isEqualTo(AlterationView.Scope.INDICATOR);
        assertThat(change.kinds()).containsExactly(AlterationKind.METRIC_CHANGED);
        assertThat(change.metricChangedWithoutRewording()).isTrue();
        assertThat(change.affectedTargets()).singleElement().satisfies(t -> assertThat(t.targetId())
                .isEqualTo("share"));
        assertThat(queries.changes(new ChangesFilter(Set.of(), "uk-government", null, null), 1, 10)
                        .totalItems())
                .isEqualTo(1);
    }

    @Test
    void keepsTheLineageOfSupersededMissionsAndTargets() {
        weakenThenDrop();
        apply(new MissionDeclared(
                "clean-power-2",
                Fixtures.UK,
                "Clean power 2035",
                "Statement",
                null,
                null,
                null,
                Fixtures.source("Mission")));
        apply(new TargetSet("clean-power-2", "a", terms, Fixtures.source("Plan"), null));
        apply(new TargetSet("clean-power-2", "b", terms, Fixtures.source("Plan"), null));
        apply(new TargetSuperseded("clean-power-2", "a", "b", "Merged", Fixtures.source("Plan"), null));
        apply(new MissionSuperseded("clean-power", "clean-power-2", "Replaced", Fixtures.source("Plan"), null));

        LineageView old = queries.lineage("clean-power");
        assertThat(old.supersededBy()).isEqualTo("clean-power-2");
        assertThat(old.chain()).containsExactly("clean-power", "clean-power-2");
        LineageView successor = queries.lineage("clean-power-2");
        assertThat(successor.supersedes()).containsExactly("clean-power");
        assertThat(successor.chain()).containsExactly("clean-power", "clean-power-2");
        assertThat(successor.targets())
                .extracting(LineageView.TargetLineage::targetId)
                .containsExactly("a", "b");
        AlterationView supersession =
                queries.changes(kinds(AlterationKind.SUPERSEDED), 1, 10).items().get(0);
        assertThat(supersession.successorMissionId()).isEqualTo("clean-power-2");
    }

    private List<Document> all() {
        List<Document> documents = new ArrayList<>();
        for (String collection : projector.collections()) {
            store.collection(collection).find().into(documents);
        }
        return documents;
    }
}
