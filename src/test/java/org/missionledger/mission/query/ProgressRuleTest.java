package org.missionledger.mission.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.missionledger.indicator.api.Frequency;
import org.missionledger.indicator.api.ReadingPoint;
import org.missionledger.mission.api.Comparator;
import org.missionledger.mission.api.ProgressStatus;
import org.missionledger.mission.api.ProgressView;
import org.missionledger.mission.api.TargetTerms;
import org.missionledger.support.Fixtures;

/** The progress rule, version 1, case by case; the worked examples of docs/status-rule.md are checked here. */
class ProgressRuleTest {

    static final TargetTerms CLEAN_POWER = Fixtures.cleanPower("clean-power-share");
    static final LocalDate MID_2025 = LocalDate.of(2025, 6, 30);

    static ReadingPoint annual(int year, String value) {
        return new ReadingPoint(
                String.valueOf(year),
                LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31),
                new BigDecimal(value),
                null,
                LocalDate.of(year + 1, 3, 31));
    }

    static ProgressView assess(TargetTerms terms, LocalDate on, ReadingPoint... readings) {
        return ProgressRule.assess(terms, Frequency.ANNUAL, List.of(readings), on);
    }

    @Test
    void everyAssessmentCarriesTheRuleVersionAndTheDate() {
        ProgressView view = assess(CLEAN_POWER, MID_2025, annual(2024, "65"));
        assertThat(view.ruleVersion()).isEqualTo(1);
        assertThat(view.evaluatedOn()).isEqualTo(MID_2025);
    }

    @Nested
    class OpenSdgCategories {

        @Test
        void onTrackWhenGrowthIsAtLeast95PercentOfWhatIsNeeded() {
            // Worked example 1: 60 → 65 in 2024; needed 60 → 95 by 2030.
            ProgressView view = assess(CLEAN_POWER, MID_2025, annual(2024, "65"));
            assertThat(view.status()).isEqualTo(ProgressStatus.ON_TRACK);
            assertThat(view.observedGrowth()).isEqualByComparingTo("0.0832");
            assertThat(view.requiredGrowth()).isEqualByComparingTo("0.0678");
            assertThat(view.ratio()).isEqualByComparingTo("1.2257");
            assertThat(view.trajectoryValue().doubleValue()).isBetween(64.079, 64.080);
            assertThat(view.reading().period()).isEqualTo("2024");
        }

        @Test
        void accelerationNeededBetween60And95Percent() {
            ProgressView view = assess(CLEAN_POWER, MID_2025, annual(2024, "63"));
            assertThat(view.status()).isEqualTo(ProgressStatus.ACCELERATION_NEEDED);
            assertThat(view.ratio()).isEqualByComparingTo("0.7354");
        }

        @Test
        void limitedProgressBetween0And60Percent() {
            ProgressView view = assess(CLEAN_POWER, MID_2025, annual(2024, "61"));
            assertThat(view.status()).isEqualTo(ProgressStatus.LIMITED_PROGRESS);
            assertThat(view.ratio()).isEqualByComparingTo("0.2452");
        }

        @Test
        void deteriorationWhenMovingAwayFromTheGoal() {
            ProgressView view = assess(CLEAN_POWER, MID_2025, annual(2024, "58"));
            assertThat(view.status()).isEqualTo(ProgressStatus.DETERIORATION);
            assertThat(view.ratio()).isEqualByComparingTo("-0.4903");
        }

        @Test
        void thresholdsAreInclusiveFromBelow() {
            assertThat(ProgressRule.category(0.95)).isEqualTo(ProgressStatus.ON_TRACK);
            assertThat(ProgressRule.category(0.9499)).isEqualTo(ProgressStatus.ACCELERATION_NEEDED);
            assertThat(ProgressRule.category(0.60)).isEqualTo(ProgressStatus.ACCELERATION_NEEDED);
            assertThat(ProgressRule.category(0.5999)).isEqualTo(ProgressStatus.LIMITED_PROGRESS);
            assertThat(ProgressRule.category(0.0)).isEqualTo(ProgressStatus.LIMITED_PROGRESS);
            assertThat(ProgressRule.category(-0.0001)).isEqualTo(ProgressStatus.DETERIORATION);
        }

        @Test
        void atMostTargetsWantTheValueToFall() {
            // Worked example 2: "no more than 50 by 2030" from 100; 90 in 2024.
            TargetTerms terms = withGoal(CLEAN_POWER, "100", Comparator.AT_MOST, "50");
            ProgressView view = assess(terms, MID_2025, annual(2024, "90"));
            assertThat(view.status()).isEqualTo(ProgressStatus.ON_TRACK);
            assertThat(view.ratio()).isEqualByComparingTo("1.0587");
        }

        @Test
        void negativeValuesFlipTheDirectionOfTheGrowthModel() {
            // "at least -5" from -10: the value must rise, i.e. its magnitude fall.
            TargetTerms terms = withGoal(CLEAN_POWER, "-10", Comparator.AT_LEAST, "-5");
            ProgressView view = assess(terms, MID_2025, annual(2024, "-8"));
            assertThat(view.status()).isEqualTo(ProgressStatus.ON_TRACK);
            assertThat(view.ratio()).isEqualByComparingTo("2.1177");
        }

        @Test
        void zeroIsReplacedBy0001AsOpenSdgDoes() {
            TargetTerms terms = withGoal(CLEAN_POWER, "0", Comparator.AT_LEAST, "20");
            ProgressView view = assess(terms, MID_2025, annual(2024, "5"));
            assertThat(view.status()).isEqualTo(ProgressStatus.ON_TRACK);
        }

        @Test
        void valuesOfMixedSignCannotBeAssessed() {
            TargetTerms terms = withGoal(CLEAN_POWER, "-2", Comparator.AT_LEAST, "3");
            assertThat(assess(terms, MID_2025, annual(2024, "1")).status()).isEqualTo(ProgressStatus.UNABLE_TO_ASSESS);
        }

        @Test
        void exactlyTargetsMoveTowardTheGoal() {
            TargetTerms terms = withGoal(CLEAN_POWER, "60", Comparator.EXACTLY, "40");
            assertThat(assess(terms, MID_2025, annual(2024, "50")).status()).isEqualTo(ProgressStatus.ON_TRACK);
            assertThat(assess(terms, MID_2025, annual(2024, "70")).status()).isEqualTo(ProgressStatus.DETERIORATION);
        }

        @Test
        void aBaselineThatAlreadyMetTheGoalDeterioratesWhenItNoLongerDoes() {
            TargetTerms terms = withGoal(CLEAN_POWER, "95", Comparator.AT_LEAST, "95");
            ProgressView view = assess(terms, MID_2025, annual(2024, "90"));
            assertThat(view.status()).isEqualTo(ProgressStatus.DETERIORATION);
            assertThat(view.ratio()).isNull();
        }
    }

    @Nested
    class Achievement {

        @Test
        void achievedWhenTheLatestReadingMeetsTheGoal() {
            assertThat(assess(CLEAN_POWER, MID_2025, annual(2024, "96")).status())
                    .isEqualTo(ProgressStatus.ACHIEVED);
            assertThat(assess(CLEAN_POWER, MID_2025, annual(2024, "95")).status())
                    .isEqualTo(ProgressStatus.ACHIEVED);
        }

        @Test
        void onlyTheLatestReadingCounts() {
            ProgressView view = assess(CLEAN_POWER, MID_2025, annual(2024, "70"), annual(2023, "99"));
            assertThat(view.status()).isNotEqualTo(ProgressStatus.ACHIEVED);
            assertThat(view.reading().period()).isEqualTo("2024");
        }
    }

    @Nested
    class Deadlines {

        static final LocalDate EARLY_2031 = LocalDate.of(2031, 2, 1);

        @Test
        void achievedWhenTheOutcomeReadingMeetsTheGoal() {
            ProgressView view = assess(CLEAN_POWER, EARLY_2031, annual(2029, "80"), annual(2030, "95.5"));
            assertThat(view.status()).isEqualTo(ProgressStatus.ACHIEVED);
            assertThat(view.reading().period()).isEqualTo("2030");
        }

        @Test
        void deadlinePassedWhenTheOutcomeReadingMissesTheGoal() {
            ProgressView view = assess(CLEAN_POWER, EARLY_2031, annual(2030, "90"));
            assertThat(view.status()).isEqualTo(ProgressStatus.DEADLINE_PASSED);
        }

        @Test
        void whileTheOutcomeIsAwaitedTheLatestReadingIsAssessed() {
            ProgressView view = assess(CLEAN_POWER, EARLY_2031, annual(2029, "91"));
            assertThat(view.status()).isEqualTo(ProgressStatus.ON_TRACK);
        }

        @Test
        void outcomeNotReportedOnceTheAllowanceAfterTheDeadlineHasPassed() {
            // annual: one year plus a twelve-month grace → due by 2032-12-31
            assertThat(assess(CLEAN_POWER, LocalDate.of(2031, 12, 31), annual(2029, "91"))
                            .status())
                    .isEqualTo(ProgressStatus.ON_TRACK);
            // the 2029 reading itself is overdue from 2032 (2029-12-31 + two years)
            assertThat(assess(CLEAN_POWER, LocalDate.of(2032, 12, 31), annual(2029, "91"))
                            .status())
                    .isEqualTo(ProgressStatus.DATA_OVERDUE);
            assertThat(assess(CLEAN_POWER, LocalDate.of(2033, 1, 1), annual(2029, "91"))
                            .status())
                    .isEqualTo(ProgressStatus.OUTCOME_NOT_REPORTED);
        }
    }

    @Nested
    class MissingData {

        @Test
        void noDataYetAfterTheBaseline() {
            assertThat(assess(CLEAN_POWER, MID_2025).status()).isEqualTo(ProgressStatus.NO_DATA_YET);
            // a reading for the baseline period itself is not progress
            assertThat(assess(CLEAN_POWER, MID_2025, annual(2023, "60")).status())
                    .isEqualTo(ProgressStatus.NO_DATA_YET);
        }

        @Test
        void dataOverdueWhenNothingArrivedWithinTheFrequencyPlusGrace() {
            assertThat(assess(CLEAN_POWER, LocalDate.of(2026, 1, 1)).status()).isEqualTo(ProgressStatus.DATA_OVERDUE);
            assertThat(assess(CLEAN_POWER, LocalDate.of(2026, 12, 31), annual(2024, "65"))
                            .status())
                    .isEqualTo(ProgressStatus.ON_TRACK);
            assertThat(assess(CLEAN_POWER, LocalDate.of(2027, 1, 1), annual(2024, "65"))
                            .status())
                    .isEqualTo(ProgressStatus.DATA_OVERDUE);
        }

        @Test
        void theAllowanceFollowsTheFrequency() {
            assertThat(ProgressRule.allowance(Frequency.ANNUAL)).isEqualTo(java.time.Period.of(1, 12, 0));
            assertThat(ProgressRule.allowance(Frequency.QUARTERLY)).isEqualTo(java.time.Period.ofMonths(9));
            assertThat(ProgressRule.allowance(Frequency.MONTHLY)).isEqualTo(java.time.Period.ofMonths(4));
            assertThat(ProgressRule.allowance(Frequency.WEEKLY)).isEqualTo(java.time.Period.ofDays(35));
        }

        @Test
        void unableToAssessWithoutIndicatorGoalOrBaseline() {
            TargetTerms noIndicator = CLEAN_POWER.withField("indicatorId", null);
            TargetTerms noBaseline = CLEAN_POWER.withField("baselineValue", null);
            TargetTerms noGoal = CLEAN_POWER.withField("goalValue", null).withField("comparator", null);
            assertThat(assess(noIndicator, MID_2025, annual(2024, "65")).status())
                    .isEqualTo(ProgressStatus.UNABLE_TO_ASSESS);
            assertThat(assess(noBaseline, MID_2025, annual(2024, "65")).status())
                    .isEqualTo(ProgressStatus.UNABLE_TO_ASSESS);
            assertThat(assess(noGoal, MID_2025, annual(2024, "65")).status())
                    .isEqualTo(ProgressStatus.UNABLE_TO_ASSESS);
        }
    }

    static TargetTerms withGoal(TargetTerms terms, String baseline, Comparator comparator, String goal) {
        return terms.withField("baselineValue", baseline)
                .withField("comparator", comparator.name())
                .withField("goalValue", goal);
    }
}
