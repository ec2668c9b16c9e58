package org.missionledger.indicator.query;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.missionledger.common.api.FeatureApi;
import org.missionledger.common.api.FieldChange;
import org.missionledger.common.api.Source;
import org.missionledger.indicator.api.Frequency;
import org.missionledger.indicator.api.VintageKind;

/**
 * One indicator with every reading and every vintage of it, as recorded ({@code _id} = indicator id). Corrections are
 * kept next to what they correct, with the time they were recorded, so the series can be shown as it stood at any
 * moment. Built by {@link SeriesFold}; stored by the indicator-series projection and, as a private copy, by the
 * target-status projection.
 */
@FeatureApi("the state of SeriesFold, which the target-status projection keeps a copy of")
public final class IndicatorSeriesDocument {

    @JsonProperty("_id")
    public String indicatorId;

    /** Global index of the last event applied. */
    public long position;

    public boolean defined;
    public String name;
    public String unit;
    public String publisher;
    public String methodology;
    public String measurementBasis;
    public Frequency frequency;
    public String seriesCode;
    public Source source;
    public String definedEventId;
    public Instant definedAt;
    public List<MethodologyChange> methodologyChanges = new ArrayList<>();
    public List<Correction> corrections = new ArrayList<>();
    public List<Reading> readings = new ArrayList<>();

    /** One period. */
    public static final class Reading {
        public String period;
        public LocalDate periodStart;
        public LocalDate periodEnd;
        public List<Vintage> vintages = new ArrayList<>();
    }

    /** One entry of a period's history, as originally recorded; its corrections are listed, not merged. */
    public static final class Vintage {
        public String eventId;
        public long position;
        public Instant recordedAt;
        public String actor;
        public VintageKind kind;
        public BigDecimal value;
        public String vintage;
        public LocalDate publishedOn;
        public String reason;
        public Source source;
        public List<Correction> corrections = new ArrayList<>();
    }

    /** A correction by the ledger's editors. */
    public static final class Correction {
        public String eventId;
        public long position;
        public Instant recordedAt;
        public String actor;
        public String correctedEventId;
        public String reason;
        public List<FieldChange> changes = new ArrayList<>();
    }

    /** A change of methodology or basis by the publisher. */
    public static final class MethodologyChange {
        public String eventId;
        public long position;
        public Instant recordedAt;
        public String actor;
        public LocalDate effectiveDate;
        public List<FieldChange> changes = new ArrayList<>();
        public String methodology;
        public String measurementBasis;
        public String reason;
        public Source source;
    }

    public Reading reading(String period) {
        for (Reading reading : readings) {
            if (reading.period.equals(period)) {
                return reading;
            }
        }
        return null;
    }
}
