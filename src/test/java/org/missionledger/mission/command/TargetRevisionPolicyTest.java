package org.missionledger.mission.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.missionledger.common.api.AlterationKind.BROUGHT_FORWARD;
import static org.missionledger.common.api.AlterationKind.METRIC_CHANGED;
import static org.missionledger.common.api.AlterationKind.POSTPONED;
import static org.missionledger.common.api.AlterationKind.REBASED;
import static org.missionledger.common.api.AlterationKind.RESCOPED;
import static org.missionledger.common.api.AlterationKind.REWORDED;
import static org.missionledger.common.api.AlterationKind.STRENGTHENED;
import static org.missionledger.common.api.AlterationKind.WEAKENED;
import static org.missionledger.mission.api.Comparator.AT_LEAST;
import static org.missionledger.mission.api.Comparator.AT_MOST;
import static org.missionledger.mission.api.Comparator.EXACTLY;
import static org.missionledger.mission.command.TargetTermsBuilder.terms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.missionledger.common.api.AlterationKind;
import org.missionledger.common.api.FieldChange;
import org.missionledger.mission.api.Comparator;
import org.missionledger.mission.api.TargetTerms;

/** The published rule that classifies a target revision, case by case. */
class TargetRevisionPolicyTest {

    /** At least 95% clean power by 2030 in Great Britain, from 74% at the end of 2023. */
    private static final TargetTerms CLEAN_POWER = terms().build();

    private static TargetRevisionPolicy.Assessment assess(TargetTerms before, TargetTerms after) {
        return TargetRevisionPolicy.assess(before, after);
    }

    private static List<AlterationKind> kinds(TargetTerms before, TargetTerms after) {
        return assess(before, after).kinds();
    }

    @Nested
    class OneKindOfChange {

        static Stream<Arguments> revisions() {
            return Stream.of(
                    Arguments.of("wording", terms().wording("At least 95% clean power in 2030"), REWORDED),
                    Arguments.of("geography", terms().geography("United Kingdom"), RESCOPED),
                    Arguments.of("geography removed", terms().geography(null), RESCOPED),
                    Arguments.of("indicator", terms().indicatorId("renewable-generation-share"), METRIC_CHANGED),
                    Arguments.of("indicator removed", terms().indicatorId(null), METRIC_CHANGED),
                    Arguments.of("unit", terms().unit("% of demand"), METRIC_CHANGED),
                    Arguments.of("measurement basis", terms().measurementBasis("Including imports"), METRIC_CHANGED),
                    Arguments.of("baseline value", terms().baselineValue("71"), REBASED),
                    Arguments.of("baseline date", terms().baselineDate(LocalDate.of(2022, 12, 31)), REBASED),
                    Arguments.of(
                            "baseline removed",
                            terms().baselineValue((String) null).baselineDate(null),
                            REBASED),
                    Arguments.of("deadline later", terms().deadline(LocalDate.of(2031, 1, 1)), POSTPONED),
                    Arguments.of("deadline earlier", terms().deadline(LocalDate.of(2030, 6, 30)), BROUGHT_FORWARD),
                    Arguments.of("at least a lower goal", terms().goal(AT_LEAST, "90"), WEAKENED),
                    Arguments.of("at least a higher goal", terms().goal(AT_LEAST, "98"), STRENGTHENED),
                    Arguments.of("at least g to exactly g", terms().goal(EXACTLY, "95"), STRENGTHENED),
                    Arguments.of("at least g to at most g", terms().goal(AT_MOST, "95"), RESCOPED),
                    Arguments.of("goal removed", terms().noGoal(), WEAKENED));
        }

        @ParameterizedTest(name = "{0} -> {2}")
        @MethodSource("revisions")
        void isClassifiedAsThatKindAlone(String change, TargetTermsBuilder after, AlterationKind expected) {
            assertThat(kinds(CLEAN_POWER, after.build())).containsExactly(expected);
        }
    }

    @Nested
    class GoalDirection {

        @ParameterizedTest(name = "{0} {1} -> {2} {3}: {4}")
        @CsvSource({
            // at most: fewer outcomes meet a lower ceiling
            "AT_MOST,  5, AT_MOST,  3, STRENGTHENED",
            "AT_MOST,  5, AT_MOST,  8, WEAKENED",
            "AT_MOST,  5, EXACTLY,  5, STRENGTHENED",
            "AT_MOST,  5, AT_LEAST, 5, RESCOPED",
            // at least
            "AT_LEAST, 5, AT_LEAST, 7, STRENGTHENED",
            "AT_LEAST, 5, AT_LEAST, 3, WEAKENED",
            "AT_LEAST, 5, EXACTLY,  5, STRENGTHENED",
            "AT_LEAST, 5, EXACTLY,  7, STRENGTHENED",
            "AT_LEAST, 5, EXACTLY,  3, RESCOPED",
            "AT_LEAST, 5, AT_MOST,  5, RESCOPED",
            "AT_LEAST, 5, AT_MOST,  7, RESCOPED",
            // exactly
            "EXACTLY,  5, EXACTLY,  7, RESCOPED",
            "EXACTLY,  5, AT_LEAST, 5, WEAKENED",
            "EXACTLY,  5, AT_LEAST, 3, WEAKENED",
            "EXACTLY,  5, AT_LEAST, 7, RESCOPED",
            "EXACTLY,  5, AT_MOST,  5, WEAKENED",
            "EXACTLY,  5, AT_MOST,  8, WEAKENED",
            "EXACTLY,  5, AT_MOST,  3, RESCOPED"
        })
        void followsTheSetOfOutcomesThatMeetTheGoal(
                Comparator was, String wasGoal, Comparator is, String isGoal, AlterationKind expected) {
            TargetTerms before = terms().goal(was, wasGoal).build();
            TargetTerms after = terms().goal(is, isGoal).build();

            assertThat(kinds(before, after)).containsExactly(expected);
        }

        @Test
        void addingAGoalUnderTheSameUnitStrengthens() {
            TargetTerms unquantified = terms().noGoal().build();

            assertThat(kinds(unquantified, CLEAN_POWER)).containsExactly(STRENGTHENED);
        }

        @Test
        void removingTheGoalButKeepingTheUnitWeakens() {
            assertThat(kinds(CLEAN_POWER, terms().noGoal().build())).containsExactly(WEAKENED);
        }

        @Test
        void noGoalBeforeOrAfterHasNoDirection() {
            TargetTerms before = terms().noGoal().build();
            TargetTerms after = terms().noGoal().wording("Clean power by 2030").build();

            assertThat(kinds(before, after)).containsExactly(REWORDED);
        }

        @Test
        void aGoalIsReadWithItsComparatorSoTheSameNumberCanBeAChange() {
            assertThat(kinds(terms().goal(EXACTLY, "95").build(), CLEAN_POWER)).containsExactly(WEAKENED);
        }
    }

    @Nested
    class MetricChanges {

        static Stream<Arguments> metricChangesWithAGoalChange() {
            return Stream.of(
                    Arguments.of(
                            "indicator and a higher goal",
                            terms().indicatorId("other").goalValue("99")),
                    Arguments.of("unit and a lower goal", terms().unit("TWh").goalValue("300")),
                    Arguments.of(
                            "basis and a tighter comparator",
                            terms().measurementBasis("UK").goal(EXACTLY, "95")),
                    Arguments.of(
                            "unit and the goal removed", terms().unit("TWh").noGoal()));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("metricChangesWithAGoalChange")
        void areNeverWeakenedOrStrengthened(String change, TargetTermsBuilder after) {
            assertThat(kinds(CLEAN_POWER, after.build())).containsExactly(METRIC_CHANGED);
        }

        @Test
        void stillRecordTheGoalChangeFieldByField() {
            TargetTerms after = terms().unit("TWh").goalValue("300").build();

            assertThat(assess(CLEAN_POWER, after).changes())
                    .containsExactly(
                            new FieldChange("goalValue", "95", "300"),
                            new FieldChange("unit", "% of generation", "TWh"));
        }

        @Test
        void keepTheOtherKinds() {
            TargetTerms after = terms().unit("TWh")
                    .goalValue("300")
                    .deadline(LocalDate.of(2035, 12, 31))
                    .wording("300 TWh of clean power by 2035")
                    .build();

            assertThat(kinds(CLEAN_POWER, after)).containsExactly(POSTPONED, REWORDED, METRIC_CHANGED);
        }
    }

    @Nested
    class SeveralKindsAtOnce {

        @Test
        void postponedWeakenedAndRewordedInDeclarationOrder() {
            TargetTerms after = terms().wording("At least 90% clean power by 2032")
                    .goalValue("90")
                    .deadline(LocalDate.of(2032, 12, 31))
                    .build();

            assertThat(kinds(CLEAN_POWER, after)).containsExactly(WEAKENED, POSTPONED, REWORDED);
        }

        @Test
        void strengthenedBroughtForwardRescopedAndRebased() {
            TargetTerms after = terms().goalValue("97")
                    .deadline(LocalDate.of(2029, 12, 31))
                    .geography("United Kingdom")
                    .baselineValue("72")
                    .build();

            assertThat(kinds(CLEAN_POWER, after)).containsExactly(STRENGTHENED, BROUGHT_FORWARD, RESCOPED, REBASED);
        }

        @Test
        void rescopedOnceWhenGeographyAndGoalBothRescope() {
            TargetTerms after =
                    terms().geography("United Kingdom").goal(AT_MOST, "95").build();

            assertThat(kinds(CLEAN_POWER, after)).containsExactly(RESCOPED);
        }
    }

    @Nested
    class PublicExamples {

        /**
         * Labour's 2023 mission spoke of "zero-carbon electricity generation by 2030"; the December 2024 Plan for
         * Change put it "on track to at least 95% clean power by 2030". Read as 100% becoming at least 95%, it is a
         * weakening in new words.
         */
        @Test
        void zeroCarbonElectricityBecameAtLeast95PercentCleanPower() {
            TargetTerms before = terms().wording("Zero-carbon electricity generation by 2030")
                    .goal(AT_LEAST, "100")
                    .build();
            TargetTerms after = terms().wording("At least 95% clean power by 2030")
                    .goal(AT_LEAST, "95")
                    .build();

            TargetRevisionPolicy.Assessment assessment = assess(before, after);

            assertThat(assessment.kinds()).containsExactly(WEAKENED, REWORDED);
            assertThat(assessment.changes())
                    .containsExactly(
                            new FieldChange(
                                    "wording",
                                    "Zero-carbon electricity generation by 2030",
                                    "At least 95% clean power by 2030"),
                            new FieldChange("goalValue", "100", "95"));
        }

        /**
         * The same example recorded as the 2023 wording alone (no number, no unit). Giving it a goal also gives it a
         * unit, and the rule as written reads a unit that appears as a metric change, so the goal is not compared.
         */
        @Test
        void quantifyingAnUnquantifiedTargetCountsAsAMetricChange() {
            TargetTerms before = TargetTermsBuilder.wordingOnly("Zero-carbon electricity generation by 2030")
                    .build();
            TargetTerms after = TargetTermsBuilder.wordingOnly("At least 95% clean power by 2030")
                    .goal(AT_LEAST, "95")
                    .unit("% of generation")
                    .build();

            assertThat(kinds(before, after)).containsExactly(REWORDED, METRIC_CHANGED);
        }

        /** "13,000 more neighbourhood police and PCSOs" became "13,000 additional officers, PCSOs and specials". */
        @Test
        void neighbourhoodPoliceWordingOnly() {
            TargetTerms before = terms().wording(
                            "13,000 more neighbourhood police and police community support officers")
                    .indicatorId(null)
                    .baselineValue((String) null)
                    .baselineDate(null)
                    .goal(AT_LEAST, "13000")
                    .unit("officers")
                    .deadline(LocalDate.of(2029, 3, 31))
                    .geography("England and Wales")
                    .measurementBasis(null)
                    .build();
            TargetTerms after = TargetTermsBuilder.termsFrom(before)
                    .wording("13,000 additional officers, PCSOs and special constables in neighbourhood roles")
                    .build();

            TargetRevisionPolicy.Assessment assessment = assess(before, after);

            assertThat(assessment.kinds()).containsExactly(REWORDED);
            assertThat(assessment.changes())
                    .containsExactly(new FieldChange("wording", before.wording(), after.wording()));
        }
    }

    @Nested
    class FieldByFieldChanges {

        @Test
        void listsEveryChangedFieldInTheOrderOfTheTerms() {
            TargetTerms after = new TargetTerms(
                    "Clean power 2035",
                    "renewable-generation-share",
                    new BigDecimal("70.50"),
                    LocalDate.of(2024, 12, 31),
                    Comparator.EXACTLY,
                    new BigDecimal("1E+2"),
                    "%",
                    LocalDate.of(2035, 12, 31),
                    null,
                    "Including imports");

            assertThat(assess(CLEAN_POWER, after).changes())
                    .containsExactly(
                            new FieldChange("wording", "At least 95% clean power by 2030", "Clean power 2035"),
                            new FieldChange("indicatorId", "low-carbon-generation-share", "renewable-generation-share"),
                            new FieldChange("baselineValue", "74", "70.5"),
                            new FieldChange("baselineDate", "2023-12-31", "2024-12-31"),
                            new FieldChange("comparator", "AT_LEAST", "EXACTLY"),
                            new FieldChange("goalValue", "95", "100"),
                            new FieldChange("unit", "% of generation", "%"),
                            new FieldChange("deadline", "2030-12-31", "2035-12-31"),
                            new FieldChange("geography", "Great Britain", null),
                            new FieldChange(
                                    "measurementBasis",
                                    "Share of electricity generated from low-carbon sources, annual",
                                    "Including imports"));
        }

        @Test
        void showsASetValueAsNullToValue() {
            TargetTerms before = terms().geography(null).build();

            assertThat(assess(before, CLEAN_POWER).changes())
                    .containsExactly(new FieldChange("geography", null, "Great Britain"));
        }

        @Test
        void identicalTermsChangeNothing() {
            TargetRevisionPolicy.Assessment assessment = assess(CLEAN_POWER, terms().build());

            assertThat(assessment.nothingChanged()).isTrue();
            assertThat(assessment.changes()).isEmpty();
            assertThat(assessment.kinds()).isEmpty();
        }

        @ParameterizedTest(name = "goal {0}, baseline {1}")
        @CsvSource({"95.0, 74", "95, 74.00", "9.5E+1, 7.4E1", "95.000000, 74.0"})
        void numbersAreComparedByValueNotScale(String goal, String baseline) {
            TargetTerms sameNumbers =
                    terms().goalValue(goal).baselineValue(baseline).build();

            TargetRevisionPolicy.Assessment assessment = assess(CLEAN_POWER, sameNumbers);

            assertThat(assessment.nothingChanged()).isTrue();
            assertThat(assessment.kinds()).isEmpty();
        }

        @Test
        void aChangedNumberIsShownInPlainNotationWithoutTrailingZeros() {
            TargetTerms after =
                    terms().goalValue("95.50").baselineValue("7.4E+1").build();

            assertThat(assess(CLEAN_POWER, after).changes())
                    .containsExactly(new FieldChange("goalValue", "95", "95.5"));
        }
    }
}
