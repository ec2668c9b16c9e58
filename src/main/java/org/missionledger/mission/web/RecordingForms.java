package org.missionledger.mission.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.missionledger.common.api.Source;
import org.missionledger.mission.api.TargetTerms;
import org.missionledger.platform.pages.Form;
import org.missionledger.platform.pages.Format;

/** The fields the recording forms share, by the property paths of the commands they fill. */
public final class RecordingForms {

    static final Map<String, String> SOURCE = Form.labels(
            "source.title", "Source title",
            "source.publisher", "Source publisher",
            "source.url", "Source URL",
            "source.publishedOn", "Source publication date",
            "source.retrievedAt", "Retrieved",
            "source.contentSha256", "SHA-256 of the document as retrieved",
            "source.archivedUrl", "Archived copy URL");

    static final Map<String, String> TERMS = Form.labels(
            "terms.wording", "Wording",
            "terms.comparator", "Comparator",
            "terms.goalValue", "Goal value",
            "terms.unit", "Unit",
            "terms.deadline", "Deadline",
            "terms.baselineValue", "Baseline value",
            "terms.baselineDate", "Baseline date",
            "terms.indicatorId", "Indicator",
            "terms.geography", "Geography",
            "terms.measurementBasis", "Measurement basis");

    private RecordingForms() {}

    /** Labels in the order the fields are shown: the form's own, then more groups. */
    @SafeVarargs
    static Map<String, String> fields(Map<String, String>... groups) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Map<String, String> group : groups) {
            labels.putAll(group);
        }
        return labels;
    }

    /** The source as entered (always an object, so that missing parts are named field by field). */
    public static Source source(Form form) {
        return form.source();
    }

    /** The target terms as entered. */
    public static TargetTerms terms(Form form) {
        return new TargetTerms(
                form.multiline("terms.wording"),
                form.text("terms.indicatorId"),
                form.decimal("terms.baselineValue"),
                form.date("terms.baselineDate"),
                form.choice("terms.comparator", org.missionledger.mission.api.Comparator.class),
                form.decimal("terms.goalValue"),
                form.text("terms.unit"),
                form.date("terms.deadline"),
                form.text("terms.geography"),
                form.multiline("terms.measurementBasis"));
    }

    /** A form prefilled with a target's current terms (for a revision). */
    static Form withTerms(Form form, TargetTerms terms) {
        for (String field : TERMS.keySet()) {
            form.set(field, terms.fieldValue(field.substring("terms.".length())));
        }
        return form;
    }

    /** The comparator choices, worded. */
    public static java.util.List<Form.Option> comparators() {
        return java.util.Arrays.stream(org.missionledger.mission.api.Comparator.values())
                .map(c -> new Form.Option(c.name(), Format.words(c)))
                .toList();
    }
}
