package org.missionledger.indicator.command;

import static org.missionledger.common.api.SourceBuilder.aSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.missionledger.common.api.Source;
import org.missionledger.indicator.api.DefineIndicator;
import org.missionledger.indicator.api.Frequency;
import org.missionledger.indicator.api.IndicatorDefined;
import org.missionledger.indicator.api.ReadingRecorded;
import org.missionledger.indicator.api.ReadingRevised;
import org.missionledger.indicator.api.ReadingWithdrawn;

/** A valid indicator and readings of it, for the indicator aggregate's tests. */
final class IndicatorFixtures {

    static final String INDICATOR_ID = "low-carbon-generation-share";
    static final String NAME = "Share of electricity generation from low-carbon sources";
    static final String UNIT = "% of generation";
    static final String PUBLISHER = "Department for Energy Security and Net Zero";
    static final String METHODOLOGY = "Energy Trends table 6.1, generation by fuel type";
    static final String BASIS = "Major power producers and other generators, Great Britain";
    static final String SERIES_CODE = "ET-6.1";
    static final String PERIOD = "2023";
    static final BigDecimal VALUE = new BigDecimal("58.1");
    static final LocalDate PUBLISHED_ON = LocalDate.of(2024, 3, 28);
    static final String VINTAGE = "Energy Trends March 2024";

    private IndicatorFixtures() {}

    static Source statisticsSource() {
        return aSource()
                .title("Energy Trends: UK electricity")
                .publisher(PUBLISHER)
                .url("https://www.gov.uk/government/statistics/electricity-section-5-energy-trends")
                .publishedOn(PUBLISHED_ON)
                .contentSha256(null)
                .build();
    }

    static Source revisionSource() {
        return aSource()
                .title("Digest of UK Energy Statistics 2024")
                .publisher(PUBLISHER)
                .url("https://www.gov.uk/government/statistics/digest-of-uk-energy-statistics-dukes-2024")
                .publishedOn(LocalDate.of(2024, 7, 30))
                .contentSha256(null)
                .build();
    }

    static DefineIndicator defineIndicator(Frequency frequency) {
        return new DefineIndicator(
                INDICATOR_ID, NAME, UNIT, PUBLISHER, METHODOLOGY, BASIS, frequency, SERIES_CODE, statisticsSource());
    }

    static IndicatorDefined indicatorDefined() {
        return indicatorDefined(Frequency.ANNUAL);
    }

    static IndicatorDefined indicatorDefined(Frequency frequency) {
        return new IndicatorDefined(
                INDICATOR_ID, NAME, UNIT, PUBLISHER, METHODOLOGY, BASIS, frequency, SERIES_CODE, statisticsSource());
    }

    static ReadingRecorded readingRecorded() {
        return readingRecorded(PERIOD, VALUE, VINTAGE);
    }

    static ReadingRecorded readingRecorded(String period, BigDecimal value, String vintage) {
        return new ReadingRecorded(INDICATOR_ID, period, value, PUBLISHED_ON, vintage, statisticsSource());
    }

    static ReadingRevised readingRevised(BigDecimal previousValue, BigDecimal value, String vintage) {
        return new ReadingRevised(
                INDICATOR_ID,
                PERIOD,
                previousValue,
                VINTAGE,
                value,
                LocalDate.of(2024, 7, 30),
                vintage,
                "Annual benchmark",
                revisionSource());
    }

    static ReadingWithdrawn readingWithdrawn() {
        return new ReadingWithdrawn(INDICATOR_ID, PERIOD, "Withdrawn pending a methods review", statisticsSource());
    }
}
