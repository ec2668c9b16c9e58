package org.missionledger.indicator.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;
import static org.missionledger.common.command.CommandRefused.unless;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.missionledger.common.api.CommonRefusal;
import org.missionledger.common.api.FieldChange;
import org.missionledger.common.api.Source;
import org.missionledger.common.command.CommandRefused;
import org.missionledger.indicator.api.ChangeIndicatorMethodology;
import org.missionledger.indicator.api.CorrectIndicatorRecord;
import org.missionledger.indicator.api.DefineIndicator;
import org.missionledger.indicator.api.Frequency;
import org.missionledger.indicator.api.IndicatorDefined;
import org.missionledger.indicator.api.IndicatorMethodologyChanged;
import org.missionledger.indicator.api.IndicatorRecordCorrected;
import org.missionledger.indicator.api.IndicatorRefusal;
import org.missionledger.indicator.api.ReadingPeriod;
import org.missionledger.indicator.api.ReadingRecorded;
import org.missionledger.indicator.api.ReadingRevised;
import org.missionledger.indicator.api.ReadingWithdrawn;
import org.missionledger.indicator.api.RecordReading;
import org.missionledger.indicator.api.ReviseReading;
import org.missionledger.indicator.api.WithdrawReading;

/**
 * A statistical series and its readings. Statistics get revised: a revision keeps the earlier vintage in the record
 * (the events), and a withdrawn reading stays withdrawn until a new value is revised in.
 *
 * <p>Snapshotted, so that a long monthly series loads in one read.
 */
@Aggregate(
        snapshotTriggerDefinition = "indicatorSnapshotTrigger",
        cache = "aggregateCache",
        commandTargetResolver = "commandTargetResolver")
public class IndicatorAggregate {

    @AggregateIdentifier
    private String indicatorId;

    private String name;
    private String unit;
    private Frequency frequency;
    private String methodology;
    private String measurementBasis;
    private Map<String, Reading> readings = new HashMap<>();
    private Map<String, RecordedEvent> recorded = new HashMap<>();
    /** For each "subject#field", the event that last set it: a correction of that event also corrects the state. */
    private Map<String, String> latestSetter = new HashMap<>();

    protected IndicatorAggregate() {}

    @CommandHandler
    public IndicatorAggregate(DefineIndicator command) {
        apply(new IndicatorDefined(
                command.indicatorId(),
                command.name(),
                command.unit(),
                command.publisher(),
                command.methodology(),
                command.measurementBasis(),
                command.frequency(),
                command.seriesCode(),
                command.source()));
    }

    @CommandHandler
    public long handle(ChangeIndicatorMethodology command) {
        String newMethodology = command.methodology() != null ? command.methodology() : methodology;
        String newBasis = command.measurementBasis() != null ? command.measurementBasis() : measurementBasis;
        List<FieldChange> changes = new ArrayList<>();
        if (!Objects.equals(methodology, newMethodology)) {
            changes.add(new FieldChange("methodology", methodology, newMethodology));
        }
        if (!Objects.equals(measurementBasis, newBasis)) {
            changes.add(new FieldChange("measurementBasis", measurementBasis, newBasis));
        }
        unless(!changes.isEmpty(), CommonRefusal.NOTHING_CHANGED, "The methodology and basis are unchanged.");
        apply(new IndicatorMethodologyChanged(
                indicatorId,
                changes,
                newMethodology,
                newBasis,
                command.reason(),
                command.source(),
                command.effectiveOn()));
        return getVersion();
    }

    @CommandHandler
    public long handle(RecordReading command) {
        String period = periodFitting(command.period());
        unless(
                !readings.containsKey(period),
                IndicatorRefusal.READING_ALREADY_RECORDED,
                "A reading for " + period + " is already recorded for '" + indicatorId
                        + "'; record a later value as a revision.");
        apply(new ReadingRecorded(
                indicatorId, period, command.value(), command.publishedOn(), command.vintage(), command.source()));
        return getVersion();
    }

    @CommandHandler
    public long handle(ReviseReading command) {
        String period = periodFitting(command.period());
        Reading reading = reading(period);
        unless(
                !reading.sameAs(command.value(), command.vintage()),
                CommonRefusal.NOTHING_CHANGED,
                "The reading for " + period + " already has this value and vintage.");
        apply(new ReadingRevised(
                indicatorId,
                period,
                reading.value(),
                reading.vintage(),
                command.value(),
                command.publishedOn(),
                command.vintage(),
                command.reason(),
                command.source()));
        return getVersion();
    }

    @CommandHandler
    public long handle(WithdrawReading command) {
        String period = periodFitting(command.period());
        Reading reading = reading(period);
        unless(
                !reading.withdrawn(),
                IndicatorRefusal.READING_WITHDRAWN,
                "The reading for " + period + " is already withdrawn.");
        apply(new ReadingWithdrawn(indicatorId, period, command.reason(), command.source()));
        return getVersion();
    }

    @CommandHandler
    public long handle(CorrectIndicatorRecord command) {
        RecordedEvent event = recorded.get(command.correctedEventId());
        unless(
                event != null,
                CommonRefusal.UNKNOWN_EVENT,
                "No event '" + command.correctedEventId() + "' belongs to indicator '" + indicatorId + "'.");
        List<FieldChange> changes = IndicatorCorrections.changes(this, event, command.corrections());
        unless(!changes.isEmpty(), CommonRefusal.NOTHING_CHANGED, "The corrected values equal the recorded ones.");
        List<String> historicalOnly = changes.stream()
                .map(FieldChange::field)
                .filter(field -> !field.startsWith("source."))
                .filter(field -> !command.correctedEventId().equals(latestSetter.get(event.subject() + "#" + field)))
                .toList();
        apply(new IndicatorRecordCorrected(
                indicatorId, command.correctedEventId(), event.subject(), changes, command.reason(), historicalOnly));
        return getVersion();
    }

    private String periodFitting(String text) {
        ReadingPeriod period = ReadingPeriod.parse(text)
                .orElseThrow(() -> new CommandRefused(
                        IndicatorRefusal.PERIOD_DOES_NOT_MATCH_FREQUENCY,
                        "'" + text
                                + "' is not a period; use 2024, 2024/25, 2024-Q1, 2024-03, 2024-W05 or 2024-03-31."));
        unless(
                period.fits(frequency),
                IndicatorRefusal.PERIOD_DOES_NOT_MATCH_FREQUENCY,
                "'" + text + "' does not fit the " + frequency + " series '" + indicatorId + "'.");
        return period.text();
    }

    private Reading reading(String period) {
        Reading reading = readings.get(period);
        if (reading == null) {
            throw new CommandRefused(
                    IndicatorRefusal.NO_READING_FOR_PERIOD,
                    "No reading for " + period + " is recorded for '" + indicatorId + "'; record it first.");
        }
        return reading;
    }

    @EventSourcingHandler
    void on(IndicatorDefined event, @MessageIdentifier String eventId) {
        indicatorId = event.indicatorId();
        name = event.name();
        unit = event.unit();
        frequency = event.frequency();
        methodology = event.methodology();
        measurementBasis = event.measurementBasis();
        Map<String, String> values = new HashMap<>();
        values.put("name", name);
        values.put("unit", unit);
        values.put("methodology", methodology);
        values.put("measurementBasis", measurementBasis);
        remember(eventId, "indicator", event.source(), values);
    }

    @EventSourcingHandler
    void on(IndicatorMethodologyChanged event, @MessageIdentifier String eventId) {
        methodology = event.methodology();
        measurementBasis = event.measurementBasis();
        Map<String, String> values = new HashMap<>();
        values.put("methodology", methodology);
        values.put("measurementBasis", measurementBasis);
        remember(eventId, "indicator", event.source(), values);
    }

    @EventSourcingHandler
    void on(ReadingRecorded event, @MessageIdentifier String eventId) {
        readings.put(event.period(), new Reading(event.value(), event.vintage(), false));
        remember(eventId, "reading:" + event.period(), event.source(), readingValues(event.value(), event.vintage()));
    }

    @EventSourcingHandler
    void on(ReadingRevised event, @MessageIdentifier String eventId) {
        readings.put(event.period(), new Reading(event.value(), event.vintage(), false));
        remember(eventId, "reading:" + event.period(), event.source(), readingValues(event.value(), event.vintage()));
    }

    @EventSourcingHandler
    void on(ReadingWithdrawn event, @MessageIdentifier String eventId) {
        readings.put(event.period(), readings.get(event.period()).withdraw());
        remember(eventId, "reading:" + event.period(), event.source(), Map.of());
    }

    @EventSourcingHandler
    void on(IndicatorRecordCorrected event) {
        RecordedEvent corrected = recorded.get(event.correctedEventId());
        for (FieldChange change : event.changes()) {
            if (change.field().startsWith("source.")) {
                corrected.source(
                        corrected.source().withField(change.field().substring("source.".length()), change.after()));
                continue;
            }
            corrected.values().put(change.field(), change.after());
            if (event.changesCurrentRecord(change.field())) {
                IndicatorCorrections.apply(this, event.subject(), change);
            }
        }
    }

    private void remember(String eventId, String subject, Source source, Map<String, String> values) {
        recorded.put(eventId, new RecordedEvent(subject, source, values));
        for (String field : values.keySet()) {
            latestSetter.put(subject + "#" + field, eventId);
        }
    }

    private static Map<String, String> readingValues(BigDecimal value, String vintage) {
        Map<String, String> values = new HashMap<>();
        values.put("value", value.stripTrailingZeros().toPlainString());
        values.put("vintage", vintage);
        return values;
    }

    // ----------------------------------------------------------------------- state access for the correction rules

    String name() {
        return name;
    }

    void name(String name) {
        this.name = name;
    }

    String unit() {
        return unit;
    }

    void unit(String unit) {
        this.unit = unit;
    }

    String methodology() {
        return methodology;
    }

    void methodology(String methodology) {
        this.methodology = methodology;
    }

    String measurementBasis() {
        return measurementBasis;
    }

    void measurementBasis(String measurementBasis) {
        this.measurementBasis = measurementBasis;
    }

    Reading readingState(String period) {
        return readings.get(period);
    }

    void readingState(String period, Reading reading) {
        readings.put(period, reading);
    }

    /** The latest value and vintage of one period. */
    record Reading(BigDecimal value, String vintage, boolean withdrawn) {
        boolean sameAs(BigDecimal otherValue, String otherVintage) {
            return !withdrawn && value.compareTo(otherValue) == 0 && Objects.equals(vintage, otherVintage);
        }

        Reading withdraw() {
            return new Reading(value, vintage, true);
        }
    }

    /** What an applied event recorded (subject, source, correctable values), kept so corrections can name it. */
    static final class RecordedEvent {
        private String subject;
        private Source source;
        private Map<String, String> values = new HashMap<>();

        RecordedEvent() {}

        RecordedEvent(String subject, Source source, Map<String, String> values) {
            this.subject = subject;
            this.source = source;
            this.values = new HashMap<>(values);
        }

        String subject() {
            return subject;
        }

        Source source() {
            return source;
        }

        void source(Source source) {
            this.source = source;
        }

        Map<String, String> values() {
            return values;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof RecordedEvent that
                    && java.util.Objects.equals(subject, that.subject)
                    && java.util.Objects.equals(source, that.source)
                    && java.util.Objects.equals(values, that.values);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(subject, source, values);
        }
    }
}
