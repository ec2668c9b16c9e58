package org.missionledger.indicator.command;

import static org.missionledger.common.command.CorrectedValues.notCorrectable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.missionledger.common.api.FieldChange;
import org.missionledger.common.command.CorrectedValues;

/**
 * A correction fixes what one event recorded: its {@code before} is that event's value; the current state changes only
 * if that event is still the latest to have set the field (correcting a first-published value after a revision fixes
 * the first vintage, not the latest).
 *
 * <p>Which recorded fields of an indicator's events can be corrected: the definition's {@code name, unit, methodology,
 * measurementBasis}; a reading's {@code value} and {@code vintage} (a mistyped figure, not a revision by the
 * publisher); and any event's {@code source.*}.
 */
final class IndicatorCorrections {

    private IndicatorCorrections() {}

    static List<FieldChange> changes(
            IndicatorAggregate indicator, IndicatorAggregate.RecordedEvent event, Map<String, String> corrections) {
        List<FieldChange> changes = new ArrayList<>();
        for (Map.Entry<String, String> entry : new TreeMap<>(corrections).entrySet()) {
            String field = entry.getKey();
            String before;
            String after;
            if (field.startsWith("source.")) {
                String sourceField = field.substring("source.".length());
                try {
                    before = event.source().fieldValue(sourceField);
                } catch (IllegalArgumentException e) {
                    throw notCorrectable(field, "a source");
                }
                after = switch (sourceField) {
                    case "title" -> CorrectedValues.requiredLine(field, entry.getValue(), 500);
                    case "publisher" -> CorrectedValues.requiredLine(field, entry.getValue(), 200);
                    case "url" -> {
                        String url = CorrectedValues.optionalUrl(field, entry.getValue());
                        if (url == null) {
                            throw CorrectedValues.invalid(field, "must not be blank");
                        }
                        yield url;
                    }
                    case "publishedOn" -> display(CorrectedValues.optionalDate(field, entry.getValue()));
                    case "contentSha256", "archivedUrl" -> CorrectedValues.sourceEvidence(
                            field, sourceField, entry.getValue());
                    default -> throw notCorrectable(field, "a source");
                };
            } else if (event.subject().equals("indicator")) {
                if (!java.util.Set.of("name", "unit", "methodology", "measurementBasis")
                        .contains(field)) {
                    throw notCorrectable(field, "an indicator");
                }
                before = recordedValue(event, field);
                after = switch (field) {
                    case "name" -> CorrectedValues.requiredLine(field, entry.getValue(), 300);
                    case "unit" -> CorrectedValues.requiredLine(field, entry.getValue(), 50);
                    default -> CorrectedValues.optionalText(field, entry.getValue(), 5000);
                };
            } else {
                if (!field.equals("value") && !field.equals("vintage")) {
                    throw notCorrectable(field, "a reading");
                }
                before = recordedValue(event, field);
                after = field.equals("value")
                        ? display(requiredNumber(field, entry.getValue()))
                        : CorrectedValues.optionalLine(field, entry.getValue(), 100);
            }
            if (!Objects.equals(before, after)) {
                changes.add(new FieldChange(field, before, after));
            }
        }
        return changes;
    }

    /** What the corrected event itself recorded for the field (not the current state, which later events may set). */
    private static String recordedValue(IndicatorAggregate.RecordedEvent event, String field) {
        if (!event.values().containsKey(field)) {
            throw notCorrectable(field, "the event it corrects (that event did not record it)");
        }
        return event.values().get(field);
    }

    static void apply(IndicatorAggregate indicator, String subject, FieldChange change) {
        if (subject.equals("indicator")) {
            switch (change.field()) {
                case "name" -> indicator.name(change.after());
                case "unit" -> indicator.unit(change.after());
                case "methodology" -> indicator.methodology(change.after());
                case "measurementBasis" -> indicator.measurementBasis(change.after());
                default -> throw new IllegalStateException("Unknown indicator field " + change.field());
            }
            return;
        }
        String period = subject.substring("reading:".length());
        IndicatorAggregate.Reading reading = indicator.readingState(period);
        indicator.readingState(
                period,
                change.field().equals("value")
                        ? new IndicatorAggregate.Reading(
                                new java.math.BigDecimal(change.after()), reading.vintage(), reading.withdrawn())
                        : new IndicatorAggregate.Reading(reading.value(), change.after(), reading.withdrawn()));
    }

    private static java.math.BigDecimal requiredNumber(String field, String value) {
        java.math.BigDecimal number = CorrectedValues.optionalNumber(field, value);
        if (number == null) {
            throw CorrectedValues.invalid(field, "must not be blank");
        }
        return number;
    }

    private static String display(Object value) {
        if (value instanceof java.math.BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        return value == null ? null : value.toString();
    }
}
