package org.missionledger.mission.web;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.missionledger.common.api.Readable;
import org.missionledger.indicator.api.ReadingSeriesView;
import org.missionledger.indicator.api.ReadingView;
import org.missionledger.indicator.api.VintageKind;
import org.missionledger.indicator.api.VintageView;
import org.missionledger.mission.api.TargetTerms;
import org.missionledger.platform.pages.Format;

/**
 * A target's readings shaped for its chart and for the table under it (the same data): every period with its latest
 * value, every vintage (first published, each revision, withdrawals) and the straight trajectory from the baseline to
 * the goal at the deadline. The chart script reads the table's {@code data-} attributes, so there is one source of
 * truth and the table is what a reader without JavaScript (or a screen reader) gets.
 *
 * @param unit the unit values are in (the indicator's, else the target's)
 * @param baselineDate the baseline date, if the target states one
 * @param baselineValue the baseline value, if stated
 * @param goalValue the goal value, if numeric
 * @param deadline the deadline
 * @param rows one per period with a reading, in period order
 * @param vintages the largest number of values any period has had (1 = never revised)
 * @param original the target's terms as first set, when it was revised since in what it measures against (else null):
 *     the chart draws its trajectory too
 */
public record TargetChart(
        String unit,
        LocalDate baselineDate,
        BigDecimal baselineValue,
        BigDecimal goalValue,
        LocalDate deadline,
        List<Row> rows,
        int vintages,
        TargetTerms original) {

    /**
     * One period.
     *
     * @param period e.g. {@code 2024-03}
     * @param periodEnd its last day, where the chart places it
     * @param latest the latest value (null when withdrawn)
     * @param withdrawn whether the latest entry withdrew the reading
     * @param trajectory the straight line from baseline to goal at {@code periodEnd} (null without both)
     * @param values every published value in order: first published, then each revision (withdrawals left out)
     * @param entries every entry, as recorded
     * @param originalTrajectory the trajectory of the target as first set, at {@code periodEnd} (null without one)
     */
    public record Row(
            String period,
            LocalDate periodEnd,
            BigDecimal latest,
            boolean withdrawn,
            BigDecimal trajectory,
            List<BigDecimal> values,
            List<VintageView> entries,
            BigDecimal originalTrajectory) {

        /** The values as the chart script reads them: plain numbers separated by spaces. */
        public String valuesAttribute() {
            return values.stream().map(Format::number).collect(Collectors.joining(" "));
        }

        /** Whether the value was revised after it was first published. */
        public boolean revised() {
            return values.size() > 1;
        }
    }

    /** The chart of a target measured by {@code series} (null: no indicator or no readings yet). */
    public static TargetChart of(TargetTerms terms, ReadingSeriesView series) {
        return of(terms, series, null);
    }

    /** The same, also against the target's {@code original} terms (null: never revised). */
    public static TargetChart of(TargetTerms terms, ReadingSeriesView series, TargetTerms original) {
        List<Row> rows = new ArrayList<>();
        int vintages = 0;
        if (series != null) {
            for (ReadingView reading : series.readings()) {
                List<BigDecimal> values = new ArrayList<>();
                for (VintageView vintage : reading.vintages()) {
                    if (vintage.kind() != VintageKind.WITHDRAWN && vintage.value() != null) {
                        values.add(vintage.value());
                    }
                }
                vintages = Math.max(vintages, values.size());
                rows.add(new Row(
                        reading.period(),
                        reading.periodEnd(),
                        reading.withdrawn() ? null : reading.value(),
                        reading.withdrawn(),
                        trajectory(terms, reading.periodEnd()),
                        List.copyOf(values),
                        reading.vintages(),
                        original == null ? null : trajectory(original, reading.periodEnd())));
            }
        }
        String unit = series != null && series.unit() != null ? series.unit() : terms.unit();
        return new TargetChart(
                unit,
                terms.baselineDate(),
                terms.baselineValue(),
                terms.goalValue(),
                terms.deadline(),
                rows,
                vintages,
                original);
    }

    /** Whether the chart has a trajectory to draw: a baseline (value and date) and a numeric goal. */
    public boolean hasTrajectory() {
        return baselineDate != null
                && baselineValue != null
                && goalValue != null
                && deadline != null
                && deadline.isAfter(baselineDate);
    }

    /**
     * The straight line from the baseline value on the baseline date to the goal value on the deadline, at {@code
     * date}; null outside that span or when the target lacks either end. Given to two more decimal places than the
     * baseline and goal are stated with (at most six).
     */
    public static BigDecimal trajectory(TargetTerms terms, LocalDate date) {
        if (terms.baselineDate() == null
                || terms.baselineValue() == null
                || terms.goalValue() == null
                || terms.deadline() == null
                || date == null
                || !terms.deadline().isAfter(terms.baselineDate())
                || date.isBefore(terms.baselineDate())
                || date.isAfter(terms.deadline())) {
            return null;
        }
        long span = ChronoUnit.DAYS.between(terms.baselineDate(), terms.deadline());
        long elapsed = ChronoUnit.DAYS.between(terms.baselineDate(), date);
        BigDecimal rise = terms.goalValue().subtract(terms.baselineValue());
        BigDecimal value = terms.baselineValue()
                .add(rise.multiply(BigDecimal.valueOf(elapsed))
                        .divide(BigDecimal.valueOf(span), MathContext.DECIMAL64));
        int scale = Math.min(
                6,
                Math.max(
                                0,
                                Math.max(
                                        terms.baselineValue().scale(),
                                        terms.goalValue().scale()))
                        + 2);
        return value.setScale(scale, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    /** A one-sentence description of the chart, its text alternative. */
    public String description(String indicatorName) {
        StringBuilder text = new StringBuilder();
        if (rows.isEmpty()) {
            text.append("No readings of ").append(indicatorName).append(" have been recorded yet.");
        } else {
            Row first = rows.get(0);
            Row last = rows.get(rows.size() - 1);
            text.append("A chart of ")
                    .append(Format.count(rows.size(), "reading", "readings"))
                    .append(" of ")
                    .append(indicatorName)
                    .append(", from ")
                    .append(Readable.period(first.period()))
                    .append(" to ")
                    .append(Readable.period(last.period()));
            if (last.latest() != null) {
                text.append(" (latest: ")
                        .append(Format.quantity(last.latest(), unit))
                        .append(')');
            }
            long revised = rows.stream().filter(Row::revised).count();
            if (revised > 0) {
                text.append("; ")
                        .append(Format.count(revised, "period was", "periods were"))
                        .append(" revised");
            }
            text.append('.');
        }
        if (hasTrajectory()) {
            text.append(" The straight trajectory runs from the baseline of ")
                    .append(Format.quantity(baselineValue, unit))
                    .append(" on ")
                    .append(Format.date(baselineDate))
                    .append(" to the goal of ")
                    .append(Format.quantity(goalValue, unit))
                    .append(" by the deadline, ")
                    .append(Format.date(deadline))
                    .append('.');
        }
        if (original != null
                && original.goalValue() != null
                && original.baselineValue() != null
                && original.baselineDate() != null) {
            text.append(" The target as first set, ")
                    .append(Format.words(original.comparator()).toLowerCase(java.util.Locale.ROOT))
                    .append(' ')
                    .append(Format.quantity(original.goalValue(), unit))
                    .append(" by ")
                    .append(Format.date(original.deadline()))
                    .append(", is drawn as a second, dotted trajectory.");
        }
        return text.toString();
    }
}
