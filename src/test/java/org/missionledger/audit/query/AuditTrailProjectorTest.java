package org.missionledger.audit.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionledger.audit.api.AuditEntryView;
import org.missionledger.common.api.FieldChange;
import org.missionledger.mission.api.MissionDeclared;
import org.missionledger.mission.api.MissionRecordCorrected;
import org.missionledger.mission.api.TargetDropped;
import org.missionledger.mission.api.TargetSet;
import org.missionledger.platform.projection.LedgerEvent;
import org.missionledger.platform.projection.ProjectionStore;
import org.missionledger.support.Fixtures;
import org.missionledger.support.LedgerEvents;
import org.missionledger.support.MemoryDatabase;

class AuditTrailProjectorTest {

    final AuditTrailProjector projector = new AuditTrailProjector();
    final LedgerEvents events = new LedgerEvents();
    ProjectionStore store;
    AuditQueries queries;

    @BeforeEach
    void freshStore() {
        store = ProjectionStore.live(MemoryDatabase.fresh());
        projector.ensureIndexes(store);
        queries = new AuditQueries(store);
    }

    LedgerEvent apply(Object payload) {
        LedgerEvent event = events.next(payload);
        projector.apply(event, store);
        return event;
    }

    @Test
    void recordsEveryEventInGlobalOrderWithWhoWhenAndASummary() {
        apply(new MissionDeclared(
                "m",
                Fixtures.UK,
                "Clean power",
                "Statement",
                null,
                LocalDate.of(2023, 2, 1),
                null,
                Fixtures.source("Mission")));
        apply(new TargetSet("m", "t", Fixtures.cleanPower("share"), Fixtures.source("Plan"), null));
        List<AuditEntryView> page = queries.page(1, 10, 2).entries();
        assertThat(page).extracting(AuditEntryView::position).containsExactly(1L, 2L);
        AuditEntryView declared = page.get(0);
        assertThat(declared.type()).isEqualTo("MissionDeclared");
        assertThat(declared.aggregateType()).isEqualTo("MissionAggregate");
        assertThat(declared.actor()).isEqualTo("tester");
        assertThat(declared.effectiveDate()).isEqualTo(LocalDate.of(2023, 2, 1));
        assertThat(declared.summary()).isEqualTo("UK Government declared mission 'Clean power'");
        assertThat(declared.source().title()).isEqualTo("Mission");
        assertThat(page.get(1).effectiveDate())
                .isEqualTo(page.get(1)
                        .recordedAt()
                        .atOffset(java.time.ZoneOffset.UTC)
                        .toLocalDate());
    }

    @Test
    void linksACorrectionBothWaysOnceEvenWhenRedelivered() {
        apply(new MissionDeclared(
                "m", Fixtures.UK, "Clean power", "Statement", null, null, null, Fixtures.source("Mission")));
        LedgerEvent dropped = apply(new TargetDropped("m", "t", "Gone", Fixtures.source("Statement"), null));
        LedgerEvent correction = apply(new MissionRecordCorrected(
                "m",
                dropped.eventId(),
                "target:t",
                List.of(new FieldChange("source.title", "Statement", "Written statement")),
                "Title"));
        projector.apply(correction, store);
        List<AuditEntryView> page = queries.page(1, 10, 3).entries();
        assertThat(page.get(1).correctedBy())
                .containsExactly(new AuditEntryView.EventReference(correction.eventId(), 3));
        assertThat(page.get(2).correctedEventId()).isEqualTo(dropped.eventId());
        assertThat(page.get(2).correctedPosition()).isEqualTo(2L);
    }

    @Test
    void pagesByGlobalPositionAndSaysWhereTheNextPageStarts() {
        for (int i = 0; i < 5; i++) {
            apply(new MissionDeclared(
                    "m" + i, Fixtures.UK, "M" + i, "Statement", null, null, null, Fixtures.source("Mission")));
        }
        AuditQueries.AuditPage first = queries.page(1, 2, 5);
        assertThat(first.entries()).extracting(AuditEntryView::position).containsExactly(1L, 2L);
        assertThat(first.nextFrom()).isEqualTo(3L);
        AuditQueries.AuditPage last = queries.page(5, 2, 5);
        assertThat(last.entries()).extracting(AuditEntryView::position).containsExactly(5L);
        assertThat(last.nextFrom()).isNull();
        // a position closed as a gap holds no event: the page skips it
        store.collection(AuditTrailProjector.TRAIL).deleteOne(new org.bson.Document("_id", 2L));
        assertThat(queries.page(1, 2, 5).entries())
                .extracting(AuditEntryView::position)
                .containsExactly(1L, 3L);
    }
}
