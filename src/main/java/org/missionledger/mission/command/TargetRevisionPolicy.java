package org.missionledger.mission.command;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.missionledger.common.api.AlterationKind;
import org.missionledger.common.api.FieldChange;
import org.missionledger.mission.api.Comparator;
import org.missionledger.mission.api.TargetTerms;

/**
 * The published rule that classifies a target revision. Several kinds may apply to one revision:
 *
 * <ul>
 *   <li>{@code REWORDED}: the wording changed;
 *   <li>{@code RESCOPED}: the geography changed, or the goal moved in no clear direction (e.g. "exactly 5" to "exactly
 *       7", or "at least" turned into "at most");
 *   <li>{@code METRIC_CHANGED}: the indicator, the unit or the measurement basis changed;
 *   <li>{@code REBASED}: the baseline value or date changed;
 *   <li>{@code POSTPONED} / {@code BROUGHT_FORWARD}: the deadline moved later / earlier;
 *   <li>{@code WEAKENED} / {@code STRENGTHENED}: with the metric unchanged, the set of outcomes that meet the goal grew
 *       / shrank (comparator and goal value read together: "at least g" is [g, ∞), "at most g" is (−∞, g], "exactly g"
 *       is {g}); removing a numeric goal weakens, adding one strengthens.
 * </ul>
 *
 * Goals are not compared when the metric changed: a goal in a different unit or on a different basis is not a
 * stronger or weaker version of the old one, it is a different measure.
 */
public final class TargetRevisionPolicy {

    private TargetRevisionPolicy() {}

    /** The outcome of assessing a revision. */
    public record Assessment(List<FieldChange> changes, List<AlterationKind> kinds) {
        public boolean nothingChanged() {
            return changes.isEmpty();
        }
    }

    public static Assessment assess(TargetTerms before, TargetTerms after) {
        List<FieldChange> changes = changes(before, after);
        Set<AlterationKind> kinds = EnumSet.noneOf(AlterationKind.class);
        if (!Objects.equals(before.wording(), after.wording())) {
            kinds.add(AlterationKind.REWORDED);
        }
        if (!Objects.equals(before.geography(), after.geography())) {
            kinds.add(AlterationKind.RESCOPED);
        }
        boolean metricChanged = metricChanged(before, after);
        if (metricChanged) {
            kinds.add(AlterationKind.METRIC_CHANGED);
        }
        if (!sameNumber(before.baselineValue(), after.baselineValue())
                || !Objects.equals(before.baselineDate(), after.baselineDate())) {
            kinds.add(AlterationKind.REBASED);
        }
        if (before.deadline() != null && after.deadline() != null) {
            int cmp = after.deadline().compareTo(before.deadline());
            if (cmp > 0) {
                kinds.add(AlterationKind.POSTPONED);
            } else if (cmp < 0) {
                kinds.add(AlterationKind.BROUGHT_FORWARD);
            }
        }
        if (!metricChanged) {
            goalDirection(before, after).ifPresent(kinds::add);
        }
        return new Assessment(changes, List.copyOf(kinds));
    }

    static boolean metricChanged(TargetTerms before, TargetTerms after) {
        return !Objects.equals(before.indicatorId(), after.indicatorId())
                || !Objects.equals(before.unit(), after.unit())
                || !Objects.equals(before.measurementBasis(), after.measurementBasis());
    }

    /** WEAKENED, STRENGTHENED or RESCOPED for a goal change under the same metric; empty when the goal is the same. */
    static Optional<AlterationKind> goalDirection(TargetTerms before, TargetTerms after) {
        boolean hadGoal = before.goalValue() != null && before.comparator() != null;
        boolean hasGoal = after.goalValue() != null && after.comparator() != null;
        if (!hadGoal && !hasGoal) {
            return Optional.empty();
        }
        if (hadGoal && !hasGoal) {
            return Optional.of(AlterationKind.WEAKENED);
        }
        if (!hadGoal) {
            return Optional.of(AlterationKind.STRENGTHENED);
        }
        Interval was = Interval.of(before.comparator(), before.goalValue());
        Interval is = Interval.of(after.comparator(), after.goalValue());
        if (was.equals(is)) {
            return Optional.empty();
        }
        if (was.contains(is)) {
            return Optional.of(AlterationKind.STRENGTHENED);
        }
        if (is.contains(was)) {
            return Optional.of(AlterationKind.WEAKENED);
        }
        return Optional.of(AlterationKind.RESCOPED);
    }

    /** The outcomes that meet a goal, as an interval of the real line (null bound = unbounded). */
    private record Interval(BigDecimal low, BigDecimal high) {
        static Interval of(Comparator comparator, BigDecimal goal) {
            return switch (comparator) {
                case AT_LEAST -> new Interval(goal, null);
                case AT_MOST -> new Interval(null, goal);
                case EXACTLY -> new Interval(goal, goal);
            };
        }

        boolean contains(Interval other) {
            boolean lowOk = low == null || (other.low != null && other.low.compareTo(low) >= 0);
            boolean highOk = high == null || (other.high != null && other.high.compareTo(high) <= 0);
            return lowOk && highOk;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Interval other && sameNumber(low, other.low) && sameNumber(high, other.high);
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** Field-by-field differences, in the order of {@link TargetTerms}' components. */
    public static List<FieldChange> changes(TargetTerms before, TargetTerms after) {
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, "wording", before.wording(), after.wording());
        compare(changes, "indicatorId", before.indicatorId(), after.indicatorId());
        compare(changes, "baselineValue", before.baselineValue(), after.baselineValue());
        compare(changes, "baselineDate", before.baselineDate(), after.baselineDate());
        compare(changes, "comparator", before.comparator(), after.comparator());
        compare(changes, "goalValue", before.goalValue(), after.goalValue());
        compare(changes, "unit", before.unit(), after.unit());
        compare(changes, "deadline", before.deadline(), after.deadline());
        compare(changes, "geography", before.geography(), after.geography());
        compare(changes, "measurementBasis", before.measurementBasis(), after.measurementBasis());
        return changes;
    }

    private static void compare(List<FieldChange> changes, String field, Object before, Object after) {
        if (before instanceof BigDecimal a && after instanceof BigDecimal b
                ? a.compareTo(b) != 0
                : !Objects.equals(before, after)) {
            changes.add(new FieldChange(field, display(before), display(after)));
        }
    }

    static String display(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }
}
