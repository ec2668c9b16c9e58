package org.missionledger.platform.pages;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.missionledger.common.api.Source;

/**
 * A submitted (or prefilled) form: the text of every field as entered, the labels fields are shown with, and the
 * errors found — per field (shown next to the field and in the error summary) and for the form as a whole (a refusal
 * of the command). Fields are named by the property path of the command they fill ({@code terms.wording},
 * {@code source.url}), so Bean Validation's violations land on the field they concern.
 */
public final class Form {

    /** One choice of a select. */
    public record Option(String value, String label) {}

    private final Map<String, String> values;
    private final Map<String, String> labels;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private String problem;

    private Form(Map<String, String> values, Map<String, String> labels) {
        this.values = new LinkedHashMap<>(values);
        this.labels = labels;
    }

    /** A form with the submitted values, and the labels of its fields (in the order they are shown). */
    public static Form of(Map<String, String> values, Map<String, String> labels) {
        return new Form(values, labels);
    }

    /** Field labels from name/label pairs, in the order the fields are shown. */
    public static Map<String, String> labels(String... pairs) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            labels.put(pairs[i], pairs[i + 1]);
        }
        return labels;
    }

    /** An empty form. */
    public static Form empty(Map<String, String> labels) {
        return new Form(Map.of(), labels);
    }

    // ------------------------------------------------------------------------------------------- for templates

    /** The text as entered (empty when absent). */
    public String value(String field) {
        String value = values.get(field);
        return value == null ? "" : value;
    }

    public Form set(String field, String value) {
        if (value != null) {
            values.put(field, value);
        }
        return this;
    }

    public boolean selected(String field, String option) {
        return value(field).equals(option);
    }

    public String label(String field) {
        String label = labels.get(field);
        return label == null ? Format.field(field.substring(field.lastIndexOf('.') + 1)) : label;
    }

    /** The element id of a field: its name with dots as dashes (ids with dots need escaping in CSS selectors). */
    public static String id(String field) {
        return field.replace('.', '-');
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    /** Field errors in the order the fields are shown (then any others), for the error summary. */
    public Map<String, String> errors() {
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String field : labels.keySet()) {
            if (errors.containsKey(field)) {
                ordered.put(field, errors.get(field));
            }
        }
        errors.forEach(ordered::putIfAbsent);
        return ordered;
    }

    /** The error of the form as a whole (a refusal), or null. */
    public String problem() {
        return problem;
    }

    public boolean hasErrors() {
        return !errors.isEmpty() || problem != null;
    }

    /** The fields a page may show, in order. */
    public List<String> fields() {
        return List.copyOf(labels.keySet());
    }

    // ------------------------------------------------------------------------------------------- for controllers

    /** Records an error for a field, worded "Label message" (the first error of a field wins). */
    public void reject(String field, String message) {
        errors.putIfAbsent(field, label(field) + " " + message);
    }

    /** Records an error of the form as a whole. */
    public void refuse(String message) {
        if (problem == null) {
            problem = message;
        }
    }

    public boolean knows(String field) {
        return labels.containsKey(field);
    }

    /** The trimmed text, or null when blank. */
    public String text(String field) {
        String value = values.get(field);
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** Multi-line text with its line breaks as {@code \n}, or null when blank. */
    public String multiline(String field) {
        String text = text(field);
        return text == null ? null : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** A decimal ("95", "61.25", "-3"); null when blank; an error when not a number. */
    public BigDecimal decimal(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(",", ""));
        } catch (NumberFormatException e) {
            reject(field, "must be a number");
            return null;
        }
    }

    /** A date like 2025-03-01; null when blank; an error otherwise (the API's message). */
    public LocalDate date(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            reject(field, "must be a date like 2025-03-01");
            return null;
        }
    }

    /**
     * An instant like 2024-12-05T10:15:00Z, or a day like 2024-12-05 (its start, UTC); null when blank; an error
     * otherwise.
     */
    public java.time.Instant instant(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return text.length() == 10
                    ? LocalDate.parse(text)
                            .atStartOfDay(java.time.ZoneOffset.UTC)
                            .toInstant()
                    : java.time.OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            reject(field, "must be a date like 2024-12-05 or a time like 2024-12-05T10:15:00Z");
            return null;
        }
    }

    /** One of an enum's constants (by name, case-insensitive); null when blank; an error otherwise. */
    public <E extends Enum<E>> E choice(String field, Class<E> type) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            reject(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    /** The choices of a select for an enum, in declaration order, worded. */
    public static <E extends Enum<E>> List<Option> options(Class<E> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(e -> new Option(e.name(), Format.words(e)))
                .toList();
    }

    /** The source as entered in the {@code source.*} fields (always an object, so missing parts are named one by one). */
    public Source source() {
        return new Source(
                text("source.title"),
                text("source.publisher"),
                text("source.url"),
                date("source.publishedOn"),
                text("source.contentSha256"),
                instant("source.retrievedAt"),
                text("source.archivedUrl"));
    }
}
