package org.missionledger.mission.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionledger.common.api.AlterationKind;
import org.missionledger.common.api.FieldChange;
import org.missionledger.mission.api.AccountableRole;
import org.missionledger.mission.api.AccountableView;
import org.missionledger.mission.api.Holder;
import org.missionledger.mission.api.RoleKind;
import org.missionledger.mission.api.TenureView;
import org.missionledger.mission.api.TimelineEntryView;

/** The small pure models behind the mission pages: original wording, the timeline as it stood, the roster timeline. */
class PageModelsTest {

    static final Instant T1 = Instant.parse("2025-01-10T10:00:00Z");
    static final Instant T2 = Instant.parse("2025-06-20T10:00:00Z");

    @Test
    void theOriginalWordingIsTheBeforeOfTheFirstAlterationOfEachField() {
        List<TimelineEntryView> timeline = List.of(
                entry("e1", "MissionDeclared", LocalDate.of(2023, 1, 16), T1, null, List.of(), null),
                entry(
                        "e2",
                        "MissionReworded",
                        LocalDate.of(2024, 1, 1),
                        T1,
                        List.of(AlterationKind.REWORDED),
                        List.of(new FieldChange("statement", "first", "second")),
                        null),
                entry(
                        "e3",
                        "MissionReworded",
                        LocalDate.of(2025, 1, 1),
                        T2,
                        List.of(AlterationKind.REWORDED),
                        List.of(new FieldChange("statement", "second", "third")),
                        null),
                entry(
                        "e4",
                        "MissionRecordCorrected",
                        LocalDate.of(2025, 1, 1),
                        T2,
                        null,
                        List.of(new FieldChange("title", "Typo", "Title")),
                        "e1"));
        OriginalWording original = OriginalWording.of(timeline);
        assertThat(original.statement()).isEqualTo("first");
        assertThat(original.title()).isNull(); // a correction is not an alteration
        assertThat(original.wording()).isNull();
    }

    @Test
    void theTimelineAsItStoodKeepsWhatWasEffectiveAndRecordedThen() {
        List<TimelineEntryView> timeline = List.of(
                entry("e1", "MissionDeclared", LocalDate.of(2023, 1, 16), T1, null, List.of(), null),
                entry(
                        "e2",
                        "TargetRevised",
                        LocalDate.of(2025, 6, 12),
                        T1,
                        List.of(AlterationKind.WEAKENED),
                        List.of(),
                        null),
                entry(
                        "e3",
                        "TargetDropped",
                        LocalDate.of(2024, 3, 4),
                        T2,
                        List.of(AlterationKind.DROPPED),
                        List.of(),
                        null),
                entry("e4", "MissionRecordCorrected", LocalDate.of(2025, 6, 20), T2, null, List.of(), "e1"),
                entry("e5", "MissionRecordCorrected", LocalDate.of(2025, 6, 20), T2, null, List.of(), "e2"));
        assertThat(TimeTravelTimeline.asItStood(timeline, LocalDate.of(2025, 1, 1), null))
                .extracting(TimelineEntryView::eventId)
                .containsExactly("e1", "e3", "e4");
        assertThat(TimeTravelTimeline.asItStood(timeline, LocalDate.of(2025, 1, 1), T1))
                .extracting(TimelineEntryView::eventId)
                .containsExactly("e1");
        assertThat(TimeTravelTimeline.asItStood(timeline, LocalDate.of(2025, 7, 1), null))
                .extracting(TimelineEntryView::eventId)
                .containsExactly("e1", "e2", "e3", "e4", "e5");
    }

    @Test
    void theRosterTimelinePlacesEveryTenureOnOneAxis() {
        LocalDate today = LocalDate.of(2026, 11, 28);
        RosterTimeline timeline = RosterTimeline.of(
                List.of(
                        tenure("patel", null, LocalDate.of(2025, 5, 20), null),
                        tenure("morgan", null, LocalDate.of(2022, 5, 10), LocalDate.of(2025, 5, 20)),
                        tenure("lee", "trees", LocalDate.of(2023, 3, 1), LocalDate.of(2024, 9, 30))),
                today);
        assertThat(timeline.from()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(timeline.to()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(timeline.years()).extracting(RosterTimeline.Tick::year).containsExactly(2023, 2024, 2025, 2026);
        assertThat(timeline.rows()).extracting(b -> b.tenure().tenureId()).containsExactly("morgan", "patel", "lee");
        RosterTimeline.Bar morgan = timeline.rows().get(0);
        RosterTimeline.Bar patel = timeline.rows().get(1);
        assertThat(morgan.x() + morgan.width()).isCloseTo(patel.x(), org.assertj.core.data.Offset.offset(0.2));
        assertThat(patel.open()).isTrue();
        assertThat(patel.x() + patel.width()).isCloseTo(timeline.today(), org.assertj.core.data.Offset.offset(0.2));
        assertThat(timeline.rows())
                .allSatisfy(b -> assertThat(b.x() + b.width()).isLessThanOrEqualTo(1000));
        assertThat(RosterTimeline.of(List.of(), today).rows()).isEmpty();
    }

    @Test
    void rolesAreWordedByTheirOwnTitleWhenOther() {
        assertThat(Tags.role(new AccountableRole(RoleKind.OTHER, "Lead cabinet member")))
                .isEqualTo("Lead cabinet member");
        assertThat(Tags.role(new AccountableRole(RoleKind.LEAD_MINISTER, null))).isEqualTo("Lead minister");
        assertThat(Tags.role(new AccountableRole(RoleKind.SENIOR_RESPONSIBLE_OWNER, "clean power")))
                .isEqualTo("Senior responsible owner (clean power)");
    }

    @Test
    void changedValuesAreShownForPeople() {
        assertThat(Tags.value("comparator", "AT_LEAST")).isEqualTo("At least");
        assertThat(Tags.value("deadline", "2028-12-31")).isEqualTo("31 December 2028");
        assertThat(Tags.value("goalValue", "35")).isEqualTo("35");
        assertThat(Tags.isText("wording")).isTrue();
        assertThat(Tags.isText("goalValue")).isFalse();
    }

    private static TimelineEntryView entry(
            String id,
            String type,
            LocalDate effective,
            Instant recorded,
            List<AlterationKind> kinds,
            List<FieldChange> changes,
            String corrects) {
        return new TimelineEntryView(
                0, 0, id, type, "mission", effective, recorded, "tester", type, kinds, changes, null, null, corrects,
                List.of());
    }

    private static TenureView tenure(String id, String targetId, LocalDate from, LocalDate to) {
        return new TenureView(
                id,
                targetId == null ? AccountableView.Scope.MISSION : AccountableView.Scope.TARGET,
                targetId,
                new AccountableRole(RoleKind.LEAD_MINISTER, null),
                new Holder(id, null),
                from,
                to,
                T1,
                T1,
                List.of());
    }
}
