package org.missionledger.mission.query;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.missionledger.common.api.FeatureApi;
import org.missionledger.common.api.FieldChange;
import org.missionledger.common.api.Source;
import org.missionledger.common.api.UnknownDate;
import org.missionledger.mission.api.AlterationView;
import org.missionledger.platform.csv.CsvCells;

/**
 * The changes log as CSV, one {@link Row} per alteration: the API's {@code text/csv} answer and {@code export changes}
 * write the same. The header is part of the API (docs/api.md): columns are only ever added at the end, never renamed,
 * removed or reordered. Multi-valued cells are joined with {@code "; "}.
 */
@FeatureApi("the changes log as CSV, for the API and the export command")
public final class ChangesCsv {

    /** What the {@code fictional} column says for rows of a fictional body's missions. */
    public static final String FICTIONAL = "fictional example";

    private ChangesCsv() {}

    /** The CSV text (header and rows) of these alterations, in the order given. */
    public static String text(List<AlterationView> alterations) {
        return CsvCells.text(Row.class, rows(alterations));
    }

    @JsonPropertyOrder({
        "number",
        "recordedAt",
        "effectiveDate",
        "scope",
        "kinds",
        "bodyId",
        "bodyName",
        "fictional",
        "missionId",
        "missionTitle",
        "targetId",
        "targetWording",
        "indicatorId",
        "metricChangedWithoutRewording",
        "changes",
        "reason",
        "sourceTitle",
        "sourcePublisher",
        "sourceUrl",
        "sourcePublishedOn",
        "actor",
        "eventType",
        "eventId",
        "position",
        "corrections"
    })
    public record Row(
            long number,
            String recordedAt,
            String effectiveDate,
            String scope,
            String kinds,
            String bodyId,
            String bodyName,
            String fictional,
            String missionId,
            String missionTitle,
            String targetId,
            String targetWording,
            String indicatorId,
            boolean metricChangedWithoutRewording,
            String changes,
            String reason,
            String sourceTitle,
            String sourcePublisher,
            String sourceUrl,
            String sourcePublishedOn,
            String actor,
            String eventType,
            String eventId,
            long position,
            int corrections) {}

    public static List<Row> rows(List<AlterationView> alterations) {
        List<Row> rows = new ArrayList<>();
        for (AlterationView a : alterations) {
            Source s = a.source();
            rows.add(new Row(
                    a.number(),
                    str(a.recordedAt()),
                    UnknownDate.text(a.effectiveDate()),
                    a.scope().name(),
                    join(a.kinds()),
                    a.bodyId() != null ? a.bodyId() : joinAffected(a, true),
                    a.bodyName(),
                    a.fictional() ? FICTIONAL : "",
                    a.missionId() != null ? a.missionId() : joinAffected(a, false),
                    a.missionTitle(),
                    a.targetId(),
                    a.targetWording(),
                    a.indicatorId(),
                    a.metricChangedWithoutRewording(),
                    describeChanges(a.changes()),
                    a.reason(),
                    s == null ? null : s.title(),
                    s == null ? null : s.publisher(),
                    s == null ? null : s.url(),
                    s == null ? null : str(s.publishedOn()),
                    a.actor(),
                    a.eventType(),
                    a.eventId(),
                    a.position(),
                    a.corrections().size()));
        }
        return rows;
    }

    public static String describeChanges(List<FieldChange> changes) {
        return changes.stream()
                .map(c -> c.field() + ": " + Objects.toString(c.before(), "(none)") + " -> "
                        + Objects.toString(c.after(), "(none)"))
                .collect(Collectors.joining("; "));
    }

    private static String joinAffected(AlterationView a, boolean bodies) {
        return a.affectedTargets().stream()
                .map(t -> bodies ? t.bodyId() : t.missionId())
                .distinct()
                .collect(Collectors.joining("; "));
    }

    private static String join(List<?> values) {
        return values == null || values.isEmpty()
                ? null
                : values.stream().map(String::valueOf).collect(Collectors.joining("; "));
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }
}
