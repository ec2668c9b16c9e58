package org.missionledger.mission.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionledger.common.api.AlterationKind;
import org.missionledger.common.api.FieldChange;
import org.missionledger.mission.api.AccountabilityAssigned;
import org.missionledger.mission.api.AccountabilityReassigned;
import org.missionledger.mission.api.MissionDeclared;
import org.missionledger.mission.api.MissionRecordCorrected;
import org.missionledger.mission.api.MissionStatus;
import org.missionledger.mission.api.MissionView;
import org.missionledger.mission.api.TargetDropped;
import org.missionledger.mission.api.TargetRevised;
import org.missionledger.mission.api.TargetSet;
import org.missionledger.mission.api.TargetStatus;
import org.missionledger.mission.api.TargetTerms;
import org.missionledger.platform.projection.LedgerEvent;
import org.missionledger.platform.projection.ProjectionStore;
import org.missionledger.platform.projection.ReadDocuments;
import org.missionledger.support.Fixtures;
import org.missionledger.support.LedgerEvents;
import org.missionledger.support.MemoryDatabase;

class MissionBoardProjectorTest {

    final MissionBoardProjector projector = new MissionBoardProjector();
    final LedgerEvents events = new LedgerEvents();
    ProjectionStore store;
    MongoDatabase database;

    @BeforeEach
    void freshStore() {
        database = MemoryDatabase.fresh();
        store = ProjectionStore.live(database);
    }

    List<LedgerEvent> scenario() {
        TargetTerms terms = Fixtures.cleanPower("clean-power-share");
        TargetTerms weaker = terms.withField("goalValue", "90");
        LedgerEvent declared = events.next(new MissionDeclared(
                "clean-power",
                Fixtures.UK,
                "Clean power by 2030",
                "Make Britain a clean energy superpower",
                "energy",
                LocalDate.of(2023, 2, 1),
                LocalDate.of(2030, 12, 31),
                Fixtures.source("Mission statement")));
        LedgerEvent set = events.next(new TargetSet("clean-power", "share", terms, Fixtures.source("Plan"), null));
        LedgerEvent assigned = events.next(new AccountabilityAssigned(
                "clean-power",
                "t1",
                null,
                Fixtures.LEAD_MINISTER,
                Fixtures.holder("Alice"),
                LocalDate.of(2024, 1, 1),
                Fixtures.source("Appointment")));
        LedgerEvent revised = events.next(new TargetRevised(
                "clean-power",
                "share",
                terms,
                weaker,
                List.of(new FieldChange("goalValue", "95", "90")),
                List.of(AlterationKind.WEAKENED),
                "Costs",
                Fixtures.source("Revised plan"),
                LocalDate.of(2024, 9, 1)));
        LedgerEvent reassigned = events.next(new AccountabilityReassigned(
                "clean-power",
                "t1",
                "t2",
                null,
                Fixtures.LEAD_MINISTER,
                Fixtures.holder("Alice"),
                Fixtures.holder("Bob"),
                LocalDate.of(2024, 10, 1),
                "Reshuffle",
                Fixtures.source("Reshuffle")));
        LedgerEvent corrected = events.next(new MissionRecordCorrected(
                "clean-power",
                revised.eventId(),
                "target:share",
                List.of(new FieldChange("source.url", "https://www.gov.uk/revised-plan", "https://www.gov.uk/plan-v2")),
                "Mistyped URL"));
        LedgerEvent dropped = events.next(new TargetDropped(
                "clean-power", "share", "Abandoned", Fixtures.source("Statement"), LocalDate.of(2025, 1, 1)));
        return List.of(declared, set, assigned, revised, reassigned, corrected, dropped);
    }

    MissionBoardDocument board() {
        return ReadDocuments.find(
                store.collection(MissionBoardProjector.BOARD), "clean-power", MissionBoardDocument.class);
    }

    Document raw() {
        return store.collection(MissionBoardProjector.BOARD)
                .find(new Document("_id", "clean-power"))
                .first();
    }

    @Test
    void foldsTheMissionIntoOneDocument() {
        scenario().forEach(e -> projector.apply(e, store));
        MissionBoardDocument doc = board();
        assertThat(doc.declared).isTrue();
        assertThat(doc.status).isEqualTo(MissionStatus.ACTIVE);
        assertThat(doc.version).isEqualTo(6);
        assertThat(doc.position).isEqualTo(7);
        assertThat(doc.targets).singleElement().satisfies(t -> {
            assertThat(t.terms.goalValue()).isEqualByComparingTo("90");
            assertThat(t.status).isEqualTo(TargetStatus.DROPPED);
            assertThat(t.statusSince).isEqualTo(LocalDate.of(2025, 1, 1));
        });
        assertThat(doc.tenures).extracting(t -> t.holder.name()).containsExactly("Alice", "Bob");
        assertThat(doc.tenure("t1").effectiveTo).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(doc.timeline).hasSize(7);
        assertThat(doc.timeline.get(3).kinds).containsExactly(AlterationKind.WEAKENED);
    }

    @Test
    void aCorrectionFixesTheSourceOfTheEventItCorrectsAndIsLinkedToIt() {
        List<LedgerEvent> scenario = scenario();
        scenario.forEach(e -> projector.apply(e, store));
        MissionBoardDocument.TimelineEntry revision =
                board().timelineEntry(scenario.get(3).eventId());
        assertThat(revision.source.url()).isEqualTo("https://www.gov.uk/plan-v2");
        assertThat(revision.correctedBy).containsExactly(scenario.get(5).eventId());
        assertThat(board().timeline.get(5).correctedEventId)
                .isEqualTo(scenario.get(3).eventId());
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        List<LedgerEvent> scenario = scenario();
        scenario.forEach(e -> projector.apply(e, store));
        Document before = raw();
        for (LedgerEvent event : scenario) {
            projector.apply(event, store);
        }
        projector.apply(scenario.get(3), store);
        assertThat(raw()).isEqualTo(before);
        assertThat(board().timeline).hasSize(7);
    }

    @Test
    void aReplayFromEmptyCollectionsReproducesTheView() {
        List<LedgerEvent> scenario = scenario();
        scenario.forEach(e -> projector.apply(e, store));
        Document before = raw();
        Document index = store.collection(MissionBoardProjector.INDEX)
                .find(new Document("_id", "all"))
                .first();
        projector.reset(store);
        assertThat(store.collection(MissionBoardProjector.BOARD).countDocuments())
                .isZero();
        scenario.forEach(e -> projector.apply(e, store));
        assertThat(raw()).isEqualTo(before);
        assertThat(store.collection(MissionBoardProjector.INDEX)
                        .find(new Document("_id", "all"))
                        .first())
                .isEqualTo(index);
    }

    @Test
    void indexesMissionsForListsAllAndPerBody() {
        scenario().forEach(e -> projector.apply(e, store));
        projector.apply(
                events.next(new MissionDeclared(
                        "a-first", Fixtures.UK, "First", "Statement", null, null, null, Fixtures.source("Doc"))),
                store);
        MissionIndexDocument all =
                ReadDocuments.find(store.collection(MissionBoardProjector.INDEX), "all", MissionIndexDocument.class);
        MissionIndexDocument body = ReadDocuments.find(
                store.collection(MissionBoardProjector.INDEX), "body:uk-government", MissionIndexDocument.class);
        assertThat(all.missionIds).containsExactly("a-first", "clean-power");
        assertThat(body.missionIds).containsExactly("a-first", "clean-power");
    }

    @Test
    void theTimeTravelFoldOfTheSameEventsGivesTheSameView() {
        List<LedgerEvent> scenario = scenario();
        scenario.forEach(e -> projector.apply(e, store));
        MissionBoardDocument folded = new MissionBoardDocument();
        for (LedgerEvent event : scenario) {
            MissionFold.apply(folded, event);
        }
        LocalDate today = LocalDate.of(2025, 6, 1);
        MissionView fromBoard = MissionViews.mission(board(), today, null, t -> null);
        MissionView fromFold = MissionViews.mission(folded, today, null, t -> null);
        assertThat(fromFold).isEqualTo(fromBoard);
        assertThat(fromBoard.accountable()).extracting(a -> a.holder().name()).containsExactly("Bob");
    }

    @Test
    void asOfADateTheViewShowsWhoHeldTheRoleThen() {
        scenario().forEach(e -> projector.apply(e, store));
        MissionView view = MissionViews.mission(board(), LocalDate.of(2024, 5, 1), null, t -> null);
        assertThat(view.accountable()).extracting(a -> a.holder().name()).containsExactly("Alice");
        assertThat(MissionViews.mission(board(), LocalDate.of(2023, 5, 1), null, t -> null)
                        .accountable())
                .isEmpty();
    }
}
