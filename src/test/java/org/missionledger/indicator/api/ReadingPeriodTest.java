package org.missionledger.indicator.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.missionledger.indicator.api.ReadingPeriod.Shape;

class ReadingPeriodTest {

    @ParameterizedTest(name = "{0} is a {3} from {1} to {2}")
    @CsvSource({
        "2024,       2024-01-01, 2024-12-31, YEAR",
        "1900,       1900-01-01, 1900-12-31, YEAR",
        "2024/25,    2024-04-01, 2025-03-31, FINANCIAL_YEAR",
        "1999/00,    1999-04-01, 2000-03-31, FINANCIAL_YEAR",
        "2024-Q1,    2024-01-01, 2024-03-31, QUARTER",
        "2024-Q2,    2024-04-01, 2024-06-30, QUARTER",
        "2024-Q3,    2024-07-01, 2024-09-30, QUARTER",
        "2024-Q4,    2024-10-01, 2024-12-31, QUARTER",
        "2024-01,    2024-01-01, 2024-01-31, MONTH",
        "2024-02,    2024-02-01, 2024-02-29, MONTH",
        "2023-02,    2023-02-01, 2023-02-28, MONTH",
        "2024-12,    2024-12-01, 2024-12-31, MONTH",
        "2024-W01,   2024-01-01, 2024-01-07, WEEK",
        "2024-W05,   2024-01-29, 2024-02-04, WEEK",
        "2024-W52,   2024-12-23, 2024-12-29, WEEK",
        "2025-W01,   2024-12-30, 2025-01-05, WEEK",
        "2021-W01,   2021-01-04, 2021-01-10, WEEK",
        "2020-W53,   2020-12-28, 2021-01-03, WEEK",
        "2026-W53,   2026-12-28, 2027-01-03, WEEK",
        "2024-03-31, 2024-03-31, 2024-03-31, DAY",
        "2024-02-29, 2024-02-29, 2024-02-29, DAY"
    })
    void parsesEveryShape(String text, LocalDate start, LocalDate end, Shape shape) {
        assertThat(ReadingPeriod.parse(text)).contains(new ReadingPeriod(text, start, end, shape));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2024-13",
                "2024-00",
                "2024-1",
                "2024-Q5",
                "2024-Q0",
                "2024-q1",
                "Q1-2024",
                "2023/25",
                "2024/24",
                "2024/2025",
                "2024-W54",
                "2024-W53",
                "2024-W00",
                "2024-W5",
                "2023-02-29",
                "2024-02-30",
                "2024-3-31",
                "24",
                "02024",
                " 2024",
                "2024 ",
                "FY2024",
                "2024-Q1-01",
                "March 2024"
            })
    void refusesTextOfNoAcceptedShape(String text) {
        assertThat(ReadingPeriod.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void refusesNothing(String text) {
        assertThat(ReadingPeriod.parse(text)).isEmpty();
    }

    @Test
    void keepsTheTextAsGiven() {
        assertThat(ReadingPeriod.parse("2024/25"))
                .hasValueSatisfying(period -> assertThat(period.text()).isEqualTo("2024/25"));
    }

    private static final Map<Shape, String> EXAMPLES = Map.of(
            Shape.YEAR, "2024",
            Shape.FINANCIAL_YEAR, "2024/25",
            Shape.QUARTER, "2024-Q1",
            Shape.MONTH, "2024-03",
            Shape.WEEK, "2024-W05",
            Shape.DAY, "2024-03-31");

    private static final Map<Frequency, Set<Shape>> FITTING = Map.of(
            Frequency.ANNUAL, EnumSet.of(Shape.YEAR, Shape.FINANCIAL_YEAR),
            Frequency.QUARTERLY, EnumSet.of(Shape.QUARTER),
            Frequency.MONTHLY, EnumSet.of(Shape.MONTH),
            Frequency.WEEKLY, EnumSet.of(Shape.WEEK),
            Frequency.IRREGULAR, EnumSet.allOf(Shape.class));

    static Stream<Arguments> everyShapeAgainstEveryFrequency() {
        return Stream.of(Frequency.values()).flatMap(frequency -> Stream.of(Shape.values())
                .map(shape -> Arguments.of(
                        EXAMPLES.get(shape), frequency, FITTING.get(frequency).contains(shape))));
    }

    @ParameterizedTest(name = "{0} fits {1}: {2}")
    @MethodSource("everyShapeAgainstEveryFrequency")
    void fitsOnlyItsFrequencyAndIrregular(String text, Frequency frequency, boolean fits) {
        assertThat(ReadingPeriod.parse(text).orElseThrow().fits(frequency)).isEqualTo(fits);
    }
}
