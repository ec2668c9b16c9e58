package org.missionledger.mission.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionledger.indicator.api.Frequency;
import org.missionledger.indicator.api.ReadingSeriesView;
import org.missionledger.indicator.api.ReadingView;
import org.missionledger.indicator.api.VintageKind;
import org.missionledger.indicator.api.VintageView;
import org.missionledger.mission.api.Comparator;
import org.missionledger.mission.api.TargetTerms;

class TargetChartTest {

    /** "At most 35 by 2028" from a baseline of 42 on 2022-12-31. */
    static final TargetTerms NO2 = new TargetTerms(
            "Bring NO2 down to 35 by 2028",
            "no2",
            new BigDecimal("42"),
            LocalDate.of(2022, 12, 31),
            Comparator.AT_MOST,
            new BigDecimal("35"),
            "µg/m³",
            LocalDate.of(2028, 12, 31),
            null,
            null);

    @Test
    void theTrajectoryIsTheStraightLineFromBaselineToGoal() {
        assertThat(TargetChart.trajectory(NO2, LocalDate.of(2022, 12, 31))).isEqualByComparingTo("42");
        assertThat(TargetChart.trajectory(NO2, LocalDate.of(2028, 12, 31))).isEqualByComparingTo("35");
        // 2191 days from baseline to deadline; halfway (1095.5) is not a day, so take 1096 days: 42 - 7 * 1096/2192
        LocalDate halfway = LocalDate.of(2022, 12, 31).plusDays(1096);
        assertThat(TargetChart.trajectory(NO2, halfway))
                .isEqualByComparingTo(new BigDecimal("42")
                        .subtract(new BigDecimal("7")
                                .multiply(new BigDecimal("1096"))
                                .divide(new BigDecimal("2192"), 2, java.math.RoundingMode.HALF_EVEN)));
    }

    @Test
    void thereIsNoTrajectoryOutsideItsSpanOrWithoutBothEnds() {
        assertThat(TargetChart.trajectory(NO2, LocalDate.of(2022, 12, 30))).isNull();
        assertThat(TargetChart.trajectory(NO2, LocalDate.of(2029, 1, 1))).isNull();
        TargetTerms noBaseline = NO2.withField("baselineValue", null);
        assertThat(TargetChart.trajectory(noBaseline, LocalDate.of(2025, 1, 1))).isNull();
        assertThat(TargetChart.of(noBaseline, null).hasTrajectory()).isFalse();
        assertThat(TargetChart.of(NO2, null).hasTrajectory()).isTrue();
    }

    @Test
    void everyVintageIsKeptInOrderAndWithdrawalsHaveNoValue() {
        ReadingSeriesView series = new ReadingSeriesView(
                "no2",
                "NO2",
                "µg/m³",
                Frequency.MONTHLY,
                null,
                List.of(
                        reading("2024-10", LocalDate.of(2024, 10, 31), vintage(VintageKind.FIRST_PUBLISHED, "38.1")),
                        reading(
                                "2024-11",
                                LocalDate.of(2024, 11, 30),
                                vintage(VintageKind.FIRST_PUBLISHED, "37.9"),
                                vintage(VintageKind.REVISED, "38.6"),
                                vintage(VintageKind.REVISED, "38.4")),
                        withdrawn(
                                "2024-12",
                                LocalDate.of(2024, 12, 31),
                                vintage(VintageKind.FIRST_PUBLISHED, "37"),
                                vintage(VintageKind.WITHDRAWN, null))));
        TargetChart chart = TargetChart.of(NO2, series);

        assertThat(chart.unit()).isEqualTo("µg/m³");
        assertThat(chart.vintages()).isEqualTo(3);
        assertThat(chart.rows()).extracting(TargetChart.Row::period).containsExactly("2024-10", "2024-11", "2024-12");
        TargetChart.Row revised = chart.rows().get(1);
        assertThat(revised.valuesAttribute()).isEqualTo("37.9 38.6 38.4");
        assertThat(revised.latest()).isEqualByComparingTo("38.4");
        assertThat(revised.revised()).isTrue();
        assertThat(revised.trajectory()).isEqualByComparingTo(TargetChart.trajectory(NO2, LocalDate.of(2024, 11, 30)));
        TargetChart.Row gone = chart.rows().get(2);
        assertThat(gone.withdrawn()).isTrue();
        assertThat(gone.latest()).isNull();
        assertThat(gone.valuesAttribute()).isEqualTo("37");
        assertThat(gone.entries()).hasSize(2);
    }

    @Test
    void theTextAlternativeSaysWhatTheChartShows() {
        ReadingSeriesView series = new ReadingSeriesView(
                "no2",
                "NO2",
                "µg/m³",
                Frequency.MONTHLY,
                null,
                List.of(
                        reading("2024-10", LocalDate.of(2024, 10, 31), vintage(VintageKind.FIRST_PUBLISHED, "38.1")),
                        reading(
                                "2024-11",
                                LocalDate.of(2024, 11, 30),
                                vintage(VintageKind.FIRST_PUBLISHED, "37.9"),
                                vintage(VintageKind.REVISED, "38.6"))));
        assertThat(TargetChart.of(NO2, series).description("roadside NO2"))
                .isEqualTo(
                        "A chart of 2 readings of roadside NO2, from October 2024 to November 2024 (latest: 38.6 µg/m³); 1 period was "
                                + "revised. The straight trajectory runs from the baseline of 42 µg/m³ on 31 December 2022 "
                                + "to the goal of 35 µg/m³ by the deadline, 31 December 2028.");
        assertThat(TargetChart.of(NO2, null).rows()).isEmpty();

        // revised since it was first set: the chart also carries the trajectory of the target as first set
        TargetTerms first = NO2.withField("goalValue", "30").withField("deadline", "2027-12-31");
        TargetChart revised = TargetChart.of(NO2, series, first);
        assertThat(revised.original()).isEqualTo(first);
        assertThat(revised.rows().get(0).originalTrajectory())
                .isEqualTo(TargetChart.trajectory(first, LocalDate.of(2024, 10, 31)));
        assertThat(revised.rows().get(0).originalTrajectory())
                .isLessThan(revised.rows().get(0).trajectory());
        assertThat(revised.description("roadside NO2"))
                .endsWith("The target as first set, at most 30 µg/m³ by 31 December 2027, is drawn as a second, dotted "
                        + "trajectory.");
        assertThat(ChartImage.png(revised)).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        assertThat(ChartImage.png(TargetChart.of(NO2, null))).isNull();
    }

    @Test
    void theOriginalTermsComeFromTheEarliestChangeOfEachMeasuringField() {
        var first = new org.missionledger.mission.api.AlterationView(
                1,
                "e1",
                1,
                "TargetRevised",
                org.missionledger.mission.api.AlterationView.Scope.TARGET,
                "m",
                "M",
                "b",
                "B",
                false,
                "t",
                "w",
                null,
                List.of(),
                List.of(new org.missionledger.common.api.FieldChange("goalValue", "30", "33")),
                false,
                "r",
                null,
                "a",
                LocalDate.of(2024, 1, 1),
                null,
                null,
                null,
                List.of(),
                List.of());
        var second = new org.missionledger.mission.api.AlterationView(
                2,
                "e2",
                2,
                "TargetRevised",
                org.missionledger.mission.api.AlterationView.Scope.TARGET,
                "m",
                "M",
                "b",
                "B",
                false,
                "t",
                "w",
                null,
                List.of(),
                List.of(new org.missionledger.common.api.FieldChange("goalValue", "33", "35")),
                false,
                "r",
                null,
                "a",
                LocalDate.of(2025, 1, 1),
                null,
                null,
                null,
                List.of(),
                List.of());
        TargetTerms original = OriginalTarget.originalTerms(NO2, List.of(first, second), "t");
        assertThat(original.goalValue()).isEqualByComparingTo("30");
        assertThat(OriginalTarget.originalTerms(NO2, List.of(first, second), "other"))
                .isNull();
        assertThat(OriginalTarget.differences(original, NO2)).containsExactly("Goal value");
    }

    private static ReadingView reading(String period, LocalDate end, VintageView... vintages) {
        VintageView latest = vintages[vintages.length - 1];
        return new ReadingView(
                period,
                end.withDayOfMonth(1),
                end,
                latest.value(),
                latest.vintage(),
                latest.publishedOn(),
                false,
                vintages[0],
                latest,
                List.of(vintages));
    }

    private static ReadingView withdrawn(String period, LocalDate end, VintageView... vintages) {
        return new ReadingView(
                period,
                end.withDayOfMonth(1),
                end,
                null,
                null,
                null,
                true,
                vintages[0],
                vintages[vintages.length - 1],
                List.of(vintages));
    }

    private static VintageView vintage(VintageKind kind, String value) {
        return new VintageView(
                kind,
                value == null ? null : new BigDecimal(value),
                null,
                value == null ? null : LocalDate.of(2025, 1, 15),
                Instant.parse("2025-01-16T09:00:00Z"),
                "tester",
                null,
                null,
                "e-" + kind + value,
                1,
                List.of());
    }
}
