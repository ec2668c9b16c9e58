package org.missionledger.platform.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.missionledger.audit.query.AuditTrailProjector;
import org.missionledger.common.api.AlterationKind;
import org.missionledger.common.api.FieldChange;
import org.missionledger.indicator.api.Frequency;
import org.missionledger.indicator.api.IndicatorDefined;
import org.missionledger.indicator.api.ReadingRecorded;
import org.missionledger.indicator.api.ReadingRevised;
import org.missionledger.indicator.query.IndicatorSeriesProjector;
import org.missionledger.mission.api.AccountabilityAssigned;
import org.missionledger.mission.api.MissionDeclared;
import org.missionledger.mission.api.MissionDropped;
import org.missionledger.mission.api.TargetDropped;
import org.missionledger.mission.api.TargetRevised;
import org.missionledger.mission.api.TargetSet;
import org.missionledger.mission.api.TargetTerms;
import org.missionledger.mission.query.AlterationsProjector;
import org.missionledger.mission.query.MissionBoardProjector;
import org.missionledger.mission.query.RosterProjector;
import org.missionledger.mission.query.TargetStatusProjector;
import org.missionledger.support.Fixtures;
import org.missionledger.support.LedgerEvents;
import org.missionledger.support.MemoryDatabase;

/**
 * A processor batch ({@link ProjectionBatch}: preload, apply in memory, one bulk write per collection) gives exactly
 * the documents that applying the events one at a time gives — for every projection, over random histories cut into
 * random batches — and so does a batch replayed after a crash, whether the crash came before its bulk writes, after
 * them (the token was lost), or between the writes of two collections.
 */
class ProjectionBatchTest {

    final List<Projector> projectors = List.of(
            new MissionBoardProjector(),
            new TargetStatusProjector(),
            new RosterProjector(),
            new AlterationsProjector(),
            new IndicatorSeriesProjector(),
            new AuditTrailProjector());

    @Test
    void batchesAndReplayedBatchesEqualOneEventAtATime() {
        for (long seed = 1; seed <= 6; seed++) {
            Random random = new Random(seed);
            List<LedgerEvent> history = history(random);
            ProjectionStore single = fresh();
            history.forEach(event -> projectors.forEach(p -> p.apply(event, single)));

            ProjectionStore batched = fresh();
            ProjectionStore crashed = fresh();
            for (int from = 0; from < history.size(); ) {
                int to = Math.min(history.size(), from + 1 + random.nextInt(60));
                List<LedgerEvent> batch = history.subList(from, to);
                applyBatch(batch, batched, Crash.NONE);
                Crash crash = Crash.values()[random.nextInt(Crash.values().length)];
                applyBatch(batch, crashed, crash);
                if (crash != Crash.NONE) {
                    applyBatch(batch, crashed, Crash.NONE); // the processor replays from its last token
                }
                from = to;
            }
            assertThat(contents(batched)).as("seed " + seed).isEqualTo(contents(single));
            assertThat(contents(crashed)).as("seed " + seed + ", with crashes").isEqualTo(contents(single));
        }
    }

    @Test
    void aBatchMakesOneReadPerCollectionAndOneWritePerCollection() {
        List<LedgerEvent> history = history(new Random(7));
        ProjectionStore store = fresh();
        Projector targetStatus = projectors.get(1);
        List<LedgerEvent> first = history.subList(0, 40);
        first.forEach(event -> targetStatus.apply(event, store));
        List<LedgerEvent> readings = history.subList(40, history.size()).stream()
                .filter(e -> e.payload() instanceof ReadingRecorded)
                .limit(50)
                .toList();
        ProjectionBatch batch = ProjectionBatch.begin();
        try {
            targetStatus.preload(readings, store);
            long preloads = batch.roundTrips();
            readings.forEach(event -> targetStatus.apply(event, store));
            assertThat(batch.roundTrips()).isEqualTo(preloads); // everything came from the preload
            batch.flush();
            assertThat(batch.roundTrips()).isLessThanOrEqualTo(preloads + 3); // one bulk write per collection
            assertThat(preloads).isLessThanOrEqualTo(3); // links, targets, series: one $in each
        } finally {
            ProjectionBatch.end();
        }
    }

    enum Crash {
        NONE,
        BEFORE_WRITES,
        AFTER_WRITES,
        BETWEEN_COLLECTIONS
    }

    private void applyBatch(List<LedgerEvent> batch, ProjectionStore store, Crash crash) {
        for (Projector projector : projectors) {
            ProjectionBatch unit = ProjectionBatch.begin(projector, store);
            try {
                projector.preload(batch, store);
                batch.forEach(event -> projector.apply(event, store));
                switch (crash) {
                    case NONE, AFTER_WRITES -> unit.flush();
                    case BEFORE_WRITES -> {}
                    case BETWEEN_COLLECTIONS -> unit.flushFirstCollectionOnly();
                }
            } finally {
                ProjectionBatch.end();
            }
        }
    }

    private ProjectionStore fresh() {
        ProjectionStore store = ProjectionStore.live(MemoryDatabase.fresh());
        projectors.forEach(p -> p.ensureIndexes(store));
        return store;
    }

    private Map<String, List<Document>> contents(ProjectionStore store) {
        Map<String, List<Document>> all = new LinkedHashMap<>();
        for (Projector projector : projectors) {
            for (String collection : projector.collections()) {
                all.put(
                        collection,
                        store.collection(collection)
                                .find()
                                .sort(new Document("_id", 1))
                                .into(new ArrayList<>()));
            }
        }
        return all;
    }

    /** Missions with targets on shared indicators, readings, revisions, drops and holders, interleaved at random. */
    private static List<LedgerEvent> history(Random random) {
        LedgerEvents events = new LedgerEvents();
        int indicators = 2 + random.nextInt(4);
        int missions = 2 + random.nextInt(4);
        for (int i = 0; i < indicators; i++) {
            events.next(new IndicatorDefined(
                    "ind-" + i,
                    "Indicator " + i,
                    "%",
                    "ONS",
                    null,
                    null,
                    Frequency.MONTHLY,
                    null,
                    Fixtures.source("D")));
        }
        List<String[]> targets = new ArrayList<>();
        for (int m = 0; m < missions; m++) {
            String mission = "m-" + m;
            events.next(new MissionDeclared(
                    mission,
                    Fixtures.UK,
                    "Mission " + m,
                    "Statement",
                    "energy",
                    LocalDate.of(2024, 1, 1),
                    null,
                    Fixtures.source("M")));
            events.next(new AccountabilityAssigned(
                    mission,
                    "lead",
                    null,
                    Fixtures.LEAD_MINISTER,
                    Fixtures.holder("Holder " + m),
                    LocalDate.of(2024, 1, 1),
                    Fixtures.source("A")));
            for (int t = 0; t < 1 + random.nextInt(3); t++) {
                String indicator = "ind-" + random.nextInt(indicators);
                events.next(new TargetSet(mission, "t" + t, terms(indicator, "90"), Fixtures.source("T"), null));
                targets.add(new String[] {mission, "t" + t, indicator});
            }
        }
        for (int step = 0; step < 120 + random.nextInt(120); step++) {
            int what = random.nextInt(10);
            if (what < 7) {
                int indicator = random.nextInt(indicators);
                String period = "2024-" + String.format("%02d", 1 + random.nextInt(12));
                BigDecimal value = BigDecimal.valueOf(40 + random.nextInt(50));
                if (what < 5) {
                    events.next(new ReadingRecorded(
                            "ind-" + indicator, period, value, LocalDate.of(2025, 1, 1), null, Fixtures.source("R")));
                } else {
                    events.next(new ReadingRevised(
                            "ind-" + indicator,
                            period,
                            null,
                            null,
                            value,
                            LocalDate.of(2025, 2, 1),
                            "r" + step,
                            "Revised",
                            Fixtures.source("RR")));
                }
            } else if (what < 9 && !targets.isEmpty()) {
                String[] target = targets.get(random.nextInt(targets.size()));
                String goal = String.valueOf(80 + random.nextInt(19));
                events.next(new TargetRevised(
                        target[0],
                        target[1],
                        terms(target[2], "90"),
                        terms(target[2], goal),
                        List.of(new FieldChange("goalValue", "90", goal)),
                        List.of(AlterationKind.WEAKENED),
                        "Costs",
                        Fixtures.source("TR"),
                        null));
            } else if (!targets.isEmpty()) {
                String[] target = targets.remove(random.nextInt(targets.size()));
                if (random.nextBoolean()) {
                    events.next(new TargetDropped(target[0], target[1], "Dropped", Fixtures.source("TD"), null));
                } else {
                    targets.removeIf(t -> t[0].equals(target[0]));
                    events.next(new MissionDropped(target[0], "Abandoned", Fixtures.source("MD"), null));
                }
            }
            events.advance(java.time.Duration.ofHours(random.nextInt(48)));
        }
        return events.all();
    }

    private static TargetTerms terms(String indicator, String goal) {
        return Fixtures.cleanPower(indicator).withField("goalValue", goal);
    }
}
