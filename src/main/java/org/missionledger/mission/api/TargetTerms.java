package org.missionledger.mission.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.missionledger.common.api.Dates;
import org.missionledger.common.api.Text;

/**
 * Everything a target commits to. A revision replaces the whole set; the ledger works out what changed.
 *
 * @param wording the target as the body worded it
 * @param indicatorId the indicator that measures it, if one is recorded
 * @param baselineValue the starting value, if stated
 * @param baselineDate the date of the baseline, if stated
 * @param comparator how the outcome is compared with the goal
 * @param goalValue the goal, if numeric
 * @param unit the unit of baseline and goal (e.g. "%", "officers", "USD per day")
 * @param deadline when it must be met; absent when the sources publish none (e.g. "over the parliament")
 * @param geography where it applies (e.g. "England and Wales")
 * @param measurementBasis how it is measured (e.g. "international poverty line of \$2.15 a day, 2017 PPP")
 */
public record TargetTerms(
        @NotBlank @Size(max = 2000) @Pattern(regexp = Text.MULTI_LINE, message = Text.NO_CONTROL_MESSAGE)
                String wording,
        @Pattern(regexp = Text.ID, message = Text.ID_MESSAGE) String indicatorId,
        @DecimalMin("-1e15") @DecimalMax("1e15") @Digits(integer = 16, fraction = 6) BigDecimal baselineValue,
        @Dates.Sane LocalDate baselineDate,
        Comparator comparator,
        @DecimalMin("-1e15") @DecimalMax("1e15") @Digits(integer = 16, fraction = 6) BigDecimal goalValue,
        @Size(max = 50) @Pattern(regexp = Text.NO_CONTROL_CHARACTERS, message = Text.NO_CONTROL_MESSAGE) String unit,
        @Dates.Sane LocalDate deadline,
        @Size(max = 200) @Pattern(regexp = Text.NO_CONTROL_CHARACTERS, message = Text.NO_CONTROL_MESSAGE)
                String geography,
        @Size(max = 1000) @Pattern(regexp = Text.MULTI_LINE, message = Text.NO_CONTROL_MESSAGE)
                String measurementBasis) {

    /** The display value of one field (numbers in plain notation, dates ISO, enums by name); null when unset. */
    public String fieldValue(String field) {
        return switch (field) {
            case "wording" -> wording;
            case "indicatorId" -> indicatorId;
            case "baselineValue" -> baselineValue == null
                    ? null
                    : baselineValue.stripTrailingZeros().toPlainString();
            case "baselineDate" -> baselineDate == null ? null : baselineDate.toString();
            case "comparator" -> comparator == null ? null : comparator.name();
            case "goalValue" -> goalValue == null
                    ? null
                    : goalValue.stripTrailingZeros().toPlainString();
            case "unit" -> unit;
            case "deadline" -> deadline == null ? null : deadline.toString();
            case "geography" -> geography;
            case "measurementBasis" -> measurementBasis;
            default -> throw new IllegalArgumentException("Unknown target field " + field);
        };
    }

    /** A copy with one field replaced by a display value as produced by {@link #fieldValue(String)}. */
    public TargetTerms withField(String field, String value) {
        return switch (field) {
            case "wording" -> new TargetTerms(
                    value,
                    indicatorId,
                    baselineValue,
                    baselineDate,
                    comparator,
                    goalValue,
                    unit,
                    deadline,
                    geography,
                    measurementBasis);
            case "indicatorId" -> new TargetTerms(
                    wording,
                    value,
                    baselineValue,
                    baselineDate,
                    comparator,
                    goalValue,
                    unit,
                    deadline,
                    geography,
                    measurementBasis);
            case "baselineValue" -> new TargetTerms(
                    wording,
                    indicatorId,
                    number(value),
                    baselineDate,
                    comparator,
                    goalValue,
                    unit,
                    deadline,
                    geography,
                    measurementBasis);
            case "baselineDate" -> new TargetTerms(
                    wording,
                    indicatorId,
                    baselineValue,
                    date(value),
                    comparator,
                    goalValue,
                    unit,
                    deadline,
                    geography,
                    measurementBasis);
            case "comparator" -> new TargetTerms(
                    wording,
                    indicatorId,
                    baselineValue,
                    baselineDate,
                    value == null ? null : Comparator.valueOf(value),
                    goalValue,
                    unit,
                    deadline,
                    geography,
                    measurementBasis);
            case "goalValue" -> new TargetTerms(
                    wording,
                    indicatorId,
                    baselineValue,
                    baselineDate,
                    comparator,
                    number(value),
                    unit,
                    deadline,
                    geography,
                    measurementBasis);
            case "unit" -> new TargetTerms(
                    wording,
                    indicatorId,
                    baselineValue,
                    baselineDate,
                    comparator,
                    goalValue,
                    value,
                    deadline,
                    geography,
                    measurementBasis);
            case "deadline" -> new TargetTerms(
                    wording,
                    indicatorId,
                    baselineValue,
                    baselineDate,
                    comparator,
                    goalValue,
                    unit,
                    date(value),
                    geography,
                    measurementBasis);
            case "geography" -> new TargetTerms(
                    wording,
                    indicatorId,
                    baselineValue,
                    baselineDate,
                    comparator,
                    goalValue,
                    unit,
                    deadline,
                    value,
                    measurementBasis);
            case "measurementBasis" -> new TargetTerms(
                    wording,
                    indicatorId,
                    baselineValue,
                    baselineDate,
                    comparator,
                    goalValue,
                    unit,
                    deadline,
                    geography,
                    value);
            default -> throw new IllegalArgumentException("Unknown target field " + field);
        };
    }

    private static BigDecimal number(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static LocalDate date(String value) {
        return value == null ? null : LocalDate.parse(value);
    }
}
