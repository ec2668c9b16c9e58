package org.missionledger.mission.command;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.missionledger.mission.api.Comparator;
import org.missionledger.mission.api.TargetTerms;

/**
 * Builds {@link TargetTerms}, starting from valid terms of the clean-power target ("at least 95% clean power by
 * 2030"); every field can be replaced, numbers are given as text so tests can say exactly which scale they mean.
 */
final class TargetTermsBuilder {

    private String wording = "At least 95% clean power by 2030";
    private String indicatorId = MissionFixtures.INDICATOR_ID;
    private BigDecimal baselineValue = new BigDecimal("74");
    private LocalDate baselineDate = LocalDate.of(2023, 12, 31);
    private Comparator comparator = Comparator.AT_LEAST;
    private BigDecimal goalValue = new BigDecimal("95");
    private String unit = "% of generation";
    private LocalDate deadline = LocalDate.of(2030, 12, 31);
    private String geography = "Great Britain";
    private String measurementBasis = "Share of electricity generated from low-carbon sources, annual";

    private TargetTermsBuilder() {}

    static TargetTermsBuilder terms() {
        return new TargetTermsBuilder();
    }

    /** Starts from existing terms. */
    static TargetTermsBuilder termsFrom(TargetTerms terms) {
        return new TargetTermsBuilder()
                .wording(terms.wording())
                .indicatorId(terms.indicatorId())
                .baselineValue(terms.baselineValue())
                .baselineDate(terms.baselineDate())
                .comparator(terms.comparator())
                .goalValue(terms.goalValue())
                .unit(terms.unit())
                .deadline(terms.deadline())
                .geography(terms.geography())
                .measurementBasis(terms.measurementBasis());
    }

    /** Terms that commit to nothing numeric: wording and deadline only. */
    static TargetTermsBuilder wordingOnly(String wording) {
        return terms().wording(wording)
                .indicatorId(null)
                .baselineValue((BigDecimal) null)
                .baselineDate(null)
                .comparator(null)
                .goalValue((BigDecimal) null)
                .unit(null)
                .geography(null)
                .measurementBasis(null);
    }

    TargetTermsBuilder wording(String wording) {
        this.wording = wording;
        return this;
    }

    TargetTermsBuilder indicatorId(String indicatorId) {
        this.indicatorId = indicatorId;
        return this;
    }

    TargetTermsBuilder baselineValue(BigDecimal baselineValue) {
        this.baselineValue = baselineValue;
        return this;
    }

    TargetTermsBuilder baselineValue(String baselineValue) {
        return baselineValue(baselineValue == null ? null : new BigDecimal(baselineValue));
    }

    TargetTermsBuilder baselineDate(LocalDate baselineDate) {
        this.baselineDate = baselineDate;
        return this;
    }

    TargetTermsBuilder comparator(Comparator comparator) {
        this.comparator = comparator;
        return this;
    }

    TargetTermsBuilder goalValue(BigDecimal goalValue) {
        this.goalValue = goalValue;
        return this;
    }

    TargetTermsBuilder goalValue(String goalValue) {
        return goalValue(goalValue == null ? null : new BigDecimal(goalValue));
    }

    /** Comparator and goal value together, e.g. {@code goal(AT_MOST, "5")}. */
    TargetTermsBuilder goal(Comparator comparator, String goalValue) {
        return comparator(comparator).goalValue(goalValue);
    }

    /** No numeric goal at all. */
    TargetTermsBuilder noGoal() {
        return comparator(null).goalValue((BigDecimal) null);
    }

    TargetTermsBuilder unit(String unit) {
        this.unit = unit;
        return this;
    }

    TargetTermsBuilder deadline(LocalDate deadline) {
        this.deadline = deadline;
        return this;
    }

    TargetTermsBuilder geography(String geography) {
        this.geography = geography;
        return this;
    }

    TargetTermsBuilder measurementBasis(String measurementBasis) {
        this.measurementBasis = measurementBasis;
        return this;
    }

    TargetTerms build() {
        return new TargetTerms(
                wording,
                indicatorId,
                baselineValue,
                baselineDate,
                comparator,
                goalValue,
                unit,
                deadline,
                geography,
                measurementBasis);
    }
}
