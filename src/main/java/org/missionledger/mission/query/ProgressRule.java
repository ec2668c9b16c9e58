package org.missionledger.mission.query;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.missionledger.common.api.Readable;
import org.missionledger.indicator.api.Frequency;
import org.missionledger.indicator.api.ReadingPoint;
import org.missionledger.mission.api.ProgressStatus;
import org.missionledger.mission.api.ProgressView;
import org.missionledger.mission.api.TargetTerms;

/**
 * The progress rule, version {@value #VERSION}: Open SDG's progress methodology (the ratio of the observed compound
 * annual growth rate to the rate needed to reach the goal on time) with the ledger's own states for deadlines and
 * missing data. Published, with formulas and worked examples, in {@code docs/status-rule.md}; any change to what this
 * class computes is a new version.
 *
 * <p>Pure: the same terms, readings and evaluation date always give the same answer.
 */
public final class ProgressRule {

    public static final int VERSION = 1;

    /** Open SDG's thresholds on the ratio R. */
    static final double ON_TRACK = 0.95;

    static final double ACCELERATION_NEEDED = 0.60;

    /** Open SDG replaces a zero base or target value by this, as the growth model cannot start from or reach zero. */
    static final double ZERO_REPLACEMENT = 0.001;

    private static final double DAYS_PER_YEAR = 365.25;

    private ProgressRule() {}

    /** How long after a period's end the next reading may take before it is overdue: one period plus a grace. */
    public static Period allowance(Frequency frequency) {
        if (frequency == null) {
            return Period.ofYears(2);
        }
        return switch (frequency) {
            case ANNUAL, IRREGULAR -> Period.ofYears(1).plusMonths(12);
            case QUARTERLY -> Period.ofMonths(3).plusMonths(6);
            case MONTHLY -> Period.ofMonths(1).plusMonths(3);
            case WEEKLY -> Period.ofDays(7).plusDays(28);
        };
    }

    /**
     * Assesses a target.
     *
     * @param terms the target's terms
     * @param frequency the frequency of its indicator (null when unknown: treated like annual)
     * @param readings the indicator's current value of every period (withdrawn periods left out)
     * @param on the evaluation date
     */
    public static ProgressView assess(
            TargetTerms terms, Frequency frequency, List<ReadingPoint> readings, LocalDate on) {
        if (terms.indicatorId() == null) {
            return unable(on, "The target names no indicator.");
        }
        if (terms.goalValue() == null || terms.comparator() == null) {
            return unable(on, "The target has no numeric goal.");
        }
        if (terms.baselineValue() == null || terms.baselineDate() == null) {
            return unable(on, "The target has no baseline value and date.");
        }
        if (terms.deadline() == null) {
            return unable(on, "The target's sources publish no deadline.");
        }
        LocalDate baselineDate = terms.baselineDate();
        LocalDate deadline = terms.deadline();
        Period allowance = allowance(frequency);
        List<ReadingPoint> considered = new ArrayList<>();
        for (ReadingPoint reading : readings) {
            if (reading.periodEnd() != null && reading.periodEnd().isAfter(baselineDate)) {
                considered.add(reading);
            }
        }
        considered.sort(Comparator.comparing(ReadingPoint::periodEnd));

        if (on.isAfter(deadline)) {
            ReadingPoint outcome = considered.stream()
                    .filter(r -> !r.periodEnd().isBefore(deadline))
                    .findFirst()
                    .orElse(null);
            if (outcome != null) {
                return meets(terms, outcome.value())
                        ? simple(
                                ProgressStatus.ACHIEVED,
                                on,
                                outcome,
                                "The outcome reading for " + period(outcome) + " (" + quantity(terms, outcome.value())
                                        + ") meets the goal.")
                        : simple(
                                ProgressStatus.DEADLINE_PASSED,
                                on,
                                outcome,
                                "The deadline " + Readable.date(deadline)
                                        + " passed; the outcome reading for " + period(outcome) + " ("
                                        + quantity(terms, outcome.value()) + ") does not meet the goal.");
            }
            if (on.isAfter(deadline.plus(allowance))) {
                ReadingPoint latest = considered.isEmpty() ? null : considered.get(considered.size() - 1);
                return simple(
                        ProgressStatus.OUTCOME_NOT_REPORTED,
                        on,
                        latest,
                        "The deadline " + Readable.date(deadline)
                                + " passed and no reading for a period ending on or after it arrived by "
                                + Readable.date(deadline.plus(allowance)) + ".");
            }
        }
        if (considered.isEmpty()) {
            return on.isAfter(baselineDate.plus(allowance))
                    ? simple(
                            ProgressStatus.DATA_OVERDUE,
                            on,
                            null,
                            "No reading after the baseline date " + Readable.date(baselineDate) + " arrived by "
                                    + Readable.date(baselineDate.plus(allowance)) + ".")
                    : simple(
                            ProgressStatus.NO_DATA_YET,
                            on,
                            null,
                            "No reading after the baseline date " + Readable.date(baselineDate) + " yet.");
        }
        ReadingPoint latest = considered.get(considered.size() - 1);
        if (meets(terms, latest.value())) {
            return simple(
                    ProgressStatus.ACHIEVED,
                    on,
                    latest,
                    "The latest reading for " + period(latest) + " (" + quantity(terms, latest.value())
                            + ") meets the goal.");
        }
        if (on.isAfter(latest.periodEnd().plus(allowance))) {
            return simple(
                    ProgressStatus.DATA_OVERDUE,
                    on,
                    latest,
                    "The latest reading is for " + period(latest) + "; the next was due by "
                            + Readable.date(latest.periodEnd().plus(allowance)) + ".");
        }
        return growth(terms, latest, on);
    }

    /** Open SDG's ratio of observed to required compound annual growth, and its category. */
    private static ProgressView growth(TargetTerms terms, ReadingPoint latest, LocalDate on) {
        double y0 = replaceZero(terms.baselineValue().doubleValue());
        double yi = replaceZero(latest.value().doubleValue());
        double yT = replaceZero(terms.goalValue().doubleValue());
        boolean allPositive = y0 > 0 && yi > 0 && yT > 0;
        boolean allNegative = y0 < 0 && yi < 0 && yT < 0;
        if (!allPositive && !allNegative) {
            return simple(
                    ProgressStatus.UNABLE_TO_ASSESS,
                    on,
                    latest,
                    "Baseline, reading and goal do not share a sign; the growth model cannot compare them.");
        }
        double ti = years(terms.baselineDate(), latest.periodEnd());
        double tT = years(terms.baselineDate(), terms.deadline());
        if (ti <= 0 || tT <= 0) {
            return simple(ProgressStatus.UNABLE_TO_ASSESS, on, latest, "The deadline is not after the baseline date.");
        }
        int direction =
                switch (terms.comparator()) {
                    case AT_LEAST -> 1;
                    case AT_MOST -> -1;
                    case EXACTLY -> (int) Math.signum(yT - y0);
                };
        if (allNegative) {
            direction = -direction; // the model grows magnitudes: for negative values, up is down
        }
        double observed = Math.pow(yi / y0, 1 / ti) - 1;
        double required = Math.pow(yT / y0, 1 / tT) - 1;
        BigDecimal trajectory = decimal(y0 * Math.pow(yT / y0, ti / tT), 10);
        if (required == 0 || direction == 0) {
            return new ProgressView(
                    ProgressStatus.DETERIORATION,
                    VERSION,
                    on,
                    latest,
                    trajectory,
                    decimal(observed, 4),
                    decimal(required, 4),
                    null,
                    "The baseline already met the goal and the latest reading for " + period(latest)
                            + " no longer does.");
        }
        double ratio = direction * observed / Math.abs(required);
        ProgressStatus status = category(ratio);
        String explanation = "Latest reading, for " + period(latest) + ": " + quantity(terms, latest.value())
                + " against " + Readable.roundedQuantity(trajectory, terms.unit()) + " on the trajectory; a change of "
                + Readable.percent(decimal(observed, 6)) + " a year against " + Readable.percent(decimal(required, 6))
                + " a year needed (R = " + Readable.rounded(decimal(ratio, 6)) + ").";
        return new ProgressView(
                status,
                VERSION,
                on,
                latest,
                trajectory,
                decimal(observed, 4),
                decimal(required, 4),
                decimal(ratio, 4),
                explanation);
    }

    /** Open SDG's category for a ratio R of observed to required growth. */
    static ProgressStatus category(double ratio) {
        if (ratio >= ON_TRACK) {
            return ProgressStatus.ON_TRACK;
        }
        if (ratio >= ACCELERATION_NEEDED) {
            return ProgressStatus.ACCELERATION_NEEDED;
        }
        return ratio >= 0 ? ProgressStatus.LIMITED_PROGRESS : ProgressStatus.DETERIORATION;
    }

    static boolean meets(TargetTerms terms, BigDecimal value) {
        int cmp = value.compareTo(terms.goalValue());
        return switch (terms.comparator()) {
            case AT_LEAST -> cmp >= 0;
            case AT_MOST -> cmp <= 0;
            case EXACTLY -> cmp == 0;
        };
    }

    static double years(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) / DAYS_PER_YEAR;
    }

    private static double replaceZero(double value) {
        return value == 0 ? ZERO_REPLACEMENT : value;
    }

    private static ProgressView unable(LocalDate on, String why) {
        return simple(ProgressStatus.UNABLE_TO_ASSESS, on, null, why);
    }

    private static ProgressView simple(ProgressStatus status, LocalDate on, ReadingPoint reading, String why) {
        return new ProgressView(status, VERSION, on, reading, null, null, null, null, why);
    }

    private static BigDecimal decimal(double value, int scale) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return null;
        }
        if (scale >= 10) {
            return new BigDecimal(value, new MathContext(scale)).stripTrailingZeros();
        }
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_EVEN);
    }

    private static String quantity(TargetTerms terms, BigDecimal value) {
        return value == null ? "?" : Readable.quantity(value, terms.unit());
    }

    private static String period(ReadingPoint reading) {
        return Readable.period(reading.period());
    }
}
