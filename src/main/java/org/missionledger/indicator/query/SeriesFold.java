package org.missionledger.indicator.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.missionledger.common.api.CorrectionView;
import org.missionledger.common.api.FeatureApi;
import org.missionledger.common.api.FieldChange;
import org.missionledger.common.api.Source;
import org.missionledger.indicator.api.IndicatorDefined;
import org.missionledger.indicator.api.IndicatorMethodologyChanged;
import org.missionledger.indicator.api.IndicatorRecordCorrected;
import org.missionledger.indicator.api.IndicatorView;
import org.missionledger.indicator.api.MethodologyChangeView;
import org.missionledger.indicator.api.ReadingPeriod;
import org.missionledger.indicator.api.ReadingPoint;
import org.missionledger.indicator.api.ReadingRecorded;
import org.missionledger.indicator.api.ReadingRevised;
import org.missionledger.indicator.api.ReadingSeriesView;
import org.missionledger.indicator.api.ReadingView;
import org.missionledger.indicator.api.ReadingWithdrawn;
import org.missionledger.indicator.api.VintageKind;
import org.missionledger.indicator.api.VintageView;
import org.missionledger.platform.projection.LedgerEvent;

/**
 * The fold of an indicator's events into its {@link IndicatorSeriesDocument}, and the views of a series at a moment.
 * Pure: no storage, no clock. Shared by the indicator-series projection, the target-status projection and time travel.
 *
 * <p>A correction of a reading's {@code value} or {@code vintage} belongs to the entry recorded by the event it names
 * ({@code correctedEventId}); a correction of {@code source.*} to that event's source. Definition fields ({@code name,
 * unit, methodology, measurementBasis}) are corrected in place.
 */
@FeatureApi(
        "the fold of an indicator series, which the target-status projection and time travel reuse on their own copy")
public final class SeriesFold {

    private SeriesFold() {}

    /** Applies one event of the indicator's stream; other events are ignored. */
    public static void apply(IndicatorSeriesDocument doc, LedgerEvent event) {
        Object payload = event.payload();
        if (payload instanceof IndicatorDefined e) {
            doc.indicatorId = e.indicatorId();
            doc.defined = true;
            doc.name = e.name();
            doc.unit = e.unit();
            doc.publisher = e.publisher();
            doc.methodology = e.methodology();
            doc.measurementBasis = e.measurementBasis();
            doc.frequency = e.frequency();
            doc.seriesCode = e.seriesCode();
            doc.source = e.source();
            doc.definedEventId = event.eventId();
            doc.definedAt = event.recordedAt();
        } else if (payload instanceof IndicatorMethodologyChanged e) {
            IndicatorSeriesDocument.MethodologyChange change = new IndicatorSeriesDocument.MethodologyChange();
            change.eventId = event.eventId();
            change.position = event.globalIndex();
            change.recordedAt = event.recordedAt();
            change.actor = event.actor();
            change.effectiveDate = event.effectiveDate();
            change.changes = new ArrayList<>(e.changes());
            change.methodology = e.methodology();
            change.measurementBasis = e.measurementBasis();
            change.reason = e.reason();
            change.source = e.source();
            doc.methodologyChanges.add(change);
            doc.methodology = e.methodology();
            doc.measurementBasis = e.measurementBasis();
        } else if (payload instanceof ReadingRecorded e) {
            addVintage(
                    doc,
                    e.period(),
                    event,
                    VintageKind.FIRST_PUBLISHED,
                    e.value(),
                    e.vintage(),
                    e.publishedOn(),
                    null,
                    e.source());
        } else if (payload instanceof ReadingRevised e) {
            addVintage(
                    doc,
                    e.period(),
                    event,
                    VintageKind.REVISED,
                    e.value(),
                    e.vintage(),
                    e.publishedOn(),
                    e.reason(),
                    e.source());
        } else if (payload instanceof ReadingWithdrawn e) {
            addVintage(doc, e.period(), event, VintageKind.WITHDRAWN, null, null, null, e.reason(), e.source());
        } else if (payload instanceof IndicatorRecordCorrected e) {
            correct(doc, e, event);
        }
    }

    private static void addVintage(
            IndicatorSeriesDocument doc,
            String period,
            LedgerEvent event,
            VintageKind kind,
            BigDecimal value,
            String vintageCode,
            LocalDate publishedOn,
            String reason,
            Source source) {
        IndicatorSeriesDocument.Reading reading = doc.reading(period);
        if (reading == null) {
            reading = new IndicatorSeriesDocument.Reading();
            reading.period = period;
            ReadingPeriod parsed = ReadingPeriod.parse(period).orElse(null);
            reading.periodStart = parsed == null ? null : parsed.start();
            reading.periodEnd = parsed == null ? null : parsed.end();
            doc.readings.add(reading);
            doc.readings.sort(PERIOD_ORDER);
        }
        IndicatorSeriesDocument.Vintage vintage = new IndicatorSeriesDocument.Vintage();
        vintage.eventId = event.eventId();
        vintage.position = event.globalIndex();
        vintage.recordedAt = event.recordedAt();
        vintage.actor = event.actor();
        vintage.kind = kind;
        vintage.value = value;
        vintage.vintage = vintageCode;
        vintage.publishedOn = publishedOn;
        vintage.reason = reason;
        vintage.source = source;
        reading.vintages.add(vintage);
    }

    private static final Comparator<IndicatorSeriesDocument.Reading> PERIOD_ORDER = Comparator.comparing(
                    (IndicatorSeriesDocument.Reading r) -> r.periodEnd, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> r.periodStart, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(r -> r.period);

    private static void correct(IndicatorSeriesDocument doc, IndicatorRecordCorrected e, LedgerEvent event) {
        IndicatorSeriesDocument.Correction correction = new IndicatorSeriesDocument.Correction();
        correction.eventId = event.eventId();
        correction.position = event.globalIndex();
        correction.recordedAt = event.recordedAt();
        correction.actor = event.actor();
        correction.correctedEventId = e.correctedEventId();
        correction.reason = e.reason();
        correction.changes = new ArrayList<>(e.changes());
        IndicatorSeriesDocument.Vintage vintage = findVintage(doc, e.correctedEventId());
        if (vintage != null) {
            vintage.corrections.add(correction);
            return;
        }
        doc.corrections.add(correction);
        for (FieldChange change : e.changes()) {
            String field = change.field();
            if (field.startsWith("source.")) {
                String sourceField = field.substring("source.".length());
                if (e.correctedEventId().equals(doc.definedEventId) && doc.source != null) {
                    doc.source = doc.source.withField(sourceField, change.after());
                }
                for (IndicatorSeriesDocument.MethodologyChange m : doc.methodologyChanges) {
                    if (m.eventId.equals(e.correctedEventId()) && m.source != null) {
                        m.source = m.source.withField(sourceField, change.after());
                    }
                }
                continue;
            }
            if (!e.changesCurrentRecord(field)) {
                continue; // a later definition change had already set it: history only
            }
            switch (field) {
                case "name" -> doc.name = change.after();
                case "unit" -> doc.unit = change.after();
                case "methodology" -> doc.methodology = change.after();
                case "measurementBasis" -> doc.measurementBasis = change.after();
                default -> {
                    // not a definition field: nothing else to correct
                }
            }
        }
    }

    private static IndicatorSeriesDocument.Vintage findVintage(IndicatorSeriesDocument doc, String eventId) {
        for (IndicatorSeriesDocument.Reading reading : doc.readings) {
            for (IndicatorSeriesDocument.Vintage vintage : reading.vintages) {
                if (vintage.eventId.equals(eventId)) {
                    return vintage;
                }
            }
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------------------ views

    /** One entry with the corrections recorded by {@code asKnownAt} (null = all) applied. */
    static VintageView vintageView(IndicatorSeriesDocument.Vintage vintage, Instant asKnownAt) {
        BigDecimal value = vintage.value;
        String code = vintage.vintage;
        Source source = vintage.source;
        List<CorrectionView> corrections = new ArrayList<>();
        for (IndicatorSeriesDocument.Correction correction : vintage.corrections) {
            if (asKnownAt != null && correction.recordedAt.isAfter(asKnownAt)) {
                continue;
            }
            for (FieldChange change : correction.changes) {
                if (change.field().equals("value")) {
                    value = change.after() == null ? null : new BigDecimal(change.after());
                } else if (change.field().equals("vintage")) {
                    code = change.after();
                } else if (change.field().startsWith("source.") && source != null) {
                    source = source.withField(change.field().substring("source.".length()), change.after());
                }
            }
            corrections.add(new CorrectionView(
                    correction.eventId,
                    correction.position,
                    correction.recordedAt,
                    correction.actor,
                    correction.reason,
                    correction.changes));
        }
        return new VintageView(
                vintage.kind,
                value,
                code,
                vintage.publishedOn,
                vintage.recordedAt,
                vintage.actor,
                vintage.reason,
                source,
                vintage.eventId,
                vintage.position,
                corrections);
    }

    /** A period as known at {@code asKnownAt} (null = now); null when nothing about it was recorded by then. */
    static ReadingView readingView(IndicatorSeriesDocument.Reading reading, Instant asKnownAt) {
        List<VintageView> vintages = new ArrayList<>();
        for (IndicatorSeriesDocument.Vintage vintage : reading.vintages) {
            if (asKnownAt == null || !vintage.recordedAt.isAfter(asKnownAt)) {
                vintages.add(vintageView(vintage, asKnownAt));
            }
        }
        if (vintages.isEmpty()) {
            return null;
        }
        VintageView latest = vintages.get(vintages.size() - 1);
        boolean withdrawn = latest.kind() == VintageKind.WITHDRAWN;
        return new ReadingView(
                reading.period,
                reading.periodStart,
                reading.periodEnd,
                withdrawn ? null : latest.value(),
                withdrawn ? null : latest.vintage(),
                withdrawn ? null : latest.publishedOn(),
                withdrawn,
                vintages.get(0),
                latest,
                vintages);
    }

    /** The series as published at {@code asKnownAt} (null = now). */
    public static ReadingSeriesView seriesView(IndicatorSeriesDocument doc, Instant asKnownAt) {
        List<ReadingView> readings = new ArrayList<>();
        for (IndicatorSeriesDocument.Reading reading : doc.readings) {
            ReadingView view = readingView(reading, asKnownAt);
            if (view != null) {
                readings.add(view);
            }
        }
        return new ReadingSeriesView(doc.indicatorId, doc.name, doc.unit, doc.frequency, asKnownAt, readings);
    }

    /**
     * The current value of every period, as recorded by {@code asKnownAt} (null = now) and published by {@code
     * publishedBy} (null = any time): the input of the progress rule. Withdrawn periods are left out; a revision
     * published after {@code publishedBy} does not count, the value before it does.
     */
    public static List<ReadingPoint> points(IndicatorSeriesDocument doc, Instant asKnownAt, LocalDate publishedBy) {
        List<ReadingPoint> points = new ArrayList<>();
        for (IndicatorSeriesDocument.Reading reading : doc.readings) {
            VintageView current = null;
            for (IndicatorSeriesDocument.Vintage vintage : reading.vintages) {
                if (asKnownAt != null && vintage.recordedAt.isAfter(asKnownAt)) {
                    continue;
                }
                if (publishedBy != null
                        && vintage.kind != VintageKind.WITHDRAWN
                        && vintage.publishedOn != null
                        && vintage.publishedOn.isAfter(publishedBy)) {
                    continue;
                }
                current = vintageView(vintage, asKnownAt);
            }
            if (current != null
                    && current.kind() != VintageKind.WITHDRAWN
                    && current.value() != null
                    && reading.periodEnd != null) {
                points.add(new ReadingPoint(
                        reading.period,
                        reading.periodStart,
                        reading.periodEnd,
                        current.value(),
                        current.vintage(),
                        current.publishedOn()));
            }
        }
        return points;
    }

    /** The indicator's definition. */
    public static IndicatorView indicatorView(IndicatorSeriesDocument doc) {
        List<MethodologyChangeView> changes = new ArrayList<>();
        for (IndicatorSeriesDocument.MethodologyChange m : doc.methodologyChanges) {
            changes.add(new MethodologyChangeView(
                    m.eventId, m.position, m.recordedAt, m.effectiveDate, m.changes, m.reason, m.source));
        }
        String latest = null;
        int periods = 0;
        for (IndicatorSeriesDocument.Reading reading : doc.readings) {
            periods++;
            latest = reading.period;
        }
        return new IndicatorView(
                doc.indicatorId,
                doc.name,
                doc.unit,
                doc.publisher,
                doc.methodology,
                doc.measurementBasis,
                doc.frequency,
                doc.seriesCode,
                doc.source,
                doc.definedAt,
                periods,
                latest,
                changes);
    }
}
