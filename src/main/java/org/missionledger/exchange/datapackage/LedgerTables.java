package org.missionledger.exchange.datapackage;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import org.missionledger.exchange.datapackage.CsvTable.ForeignKey;
import org.missionledger.indicator.api.Frequency;
import org.missionledger.indicator.api.VintageKind;
import org.missionledger.mission.api.AccountableView;
import org.missionledger.mission.api.AlterationView;
import org.missionledger.mission.api.BodyKind;
import org.missionledger.mission.api.Comparator;
import org.missionledger.mission.api.MissionStatus;
import org.missionledger.mission.api.RoleKind;
import org.missionledger.mission.api.TargetStatus;

/**
 * The ledger's open-data tables: one definition per CSV file of {@code /api/export/}, whose row record fixes both the
 * CSV header and the Table Schema of the data package. Columns are only ever added at the end.
 */
public final class LedgerTables {

    private LedgerTables() {}

    private static final String EVERY = "every ";

    public static final CsvTable<IndicatorRow> INDICATORS = new CsvTable<>(
            "indicators",
            "Indicators",
            EVERY + "statistical series the ledger follows, as now defined",
            IndicatorRow.class,
            List.of("indicatorId"),
            List.of());

    public static final CsvTable<MissionRow> MISSIONS = new CsvTable<>(
            "missions",
            "Missions",
            EVERY + "mission, as it stands now",
            MissionRow.class,
            List.of("missionId"),
            List.of(new ForeignKey(List.of("successorMissionId"), "", List.of("missionId"))));

    public static final CsvTable<TargetRow> TARGETS = new CsvTable<>(
            "targets",
            "Targets",
            EVERY + "target of every mission, with its terms as they stand now",
            TargetRow.class,
            List.of("missionId", "targetId"),
            List.of(
                    new ForeignKey(List.of("missionId"), "missions", List.of("missionId")),
                    new ForeignKey(List.of("indicatorId"), "indicators", List.of("indicatorId"))));

    public static final CsvTable<TenureRow> ACCOUNTABILITY = new CsvTable<>(
            "accountability",
            "Who was accountable",
            EVERY + "tenure of every role for every mission and target: who held it, in which post, from when to when",
            TenureRow.class,
            List.of("missionId", "tenureId"),
            List.of(new ForeignKey(List.of("missionId"), "missions", List.of("missionId"))));

    public static final CsvTable<ReadingRow> READINGS = new CsvTable<>(
            "readings",
            "Readings, every vintage",
            EVERY + "published value of every indicator: first publications, revisions and withdrawals",
            ReadingRow.class,
            List.of("eventId"),
            List.of(new ForeignKey(List.of("indicatorId"), "indicators", List.of("indicatorId"))));

    public static final CsvTable<ChangeRow> CHANGES = new CsvTable<>(
            "changes",
            "Changes (alterations)",
            EVERY + "real-world change by a body to a mission, a target or an indicator's methodology, with its "
                    + "reason and source",
            ChangeRow.class,
            List.of("number"),
            List.of(
                    new ForeignKey(List.of("missionId"), "missions", List.of("missionId")),
                    new ForeignKey(List.of("indicatorId"), "indicators", List.of("indicatorId"))));

    public static final CsvTable<AuditRow> AUDIT = new CsvTable<>(
            "audit",
            "Audit trail",
            EVERY + "event of the ledger in its global order, who recorded it and when",
            AuditRow.class,
            List.of("position"),
            List.of(new ForeignKey(List.of("correctedPosition"), "", List.of("position"))));

    /** Every table, in the order of the data package. */
    public static final List<CsvTable<?>> ALL =
            List.of(MISSIONS, TARGETS, ACCOUNTABILITY, INDICATORS, READINGS, CHANGES, AUDIT);

    /** The table of that name. */
    public static java.util.Optional<CsvTable<?>> named(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    private static final String ID = "identifier (lowercase letters, digits, '.', '_', '-')";
    private static final String SOURCE_TITLE = "title of the public document that evidences it";
    private static final String SOURCE_PUBLISHER = "publisher of that document";
    private static final String SOURCE_URL = "where that document can be read";

    /** What the {@code fictional} column says for rows of a made-up body (the illustrative ledger); empty otherwise. */
    public static final String FICTIONAL = "fictional example";

    static final String FICTIONAL_DESCRIPTION =
            "'" + FICTIONAL + "' for a made-up body (the illustrative ledger), empty for real data";

    @JsonPropertyOrder({
        "indicatorId",
        "name",
        "unit",
        "publisher",
        "methodology",
        "measurementBasis",
        "frequency",
        "seriesCode",
        "definedAt",
        "periods",
        "latestPeriod",
        "methodologyChanges",
        "sourceTitle",
        "sourcePublisher",
        "sourceUrl"
    })
    public record IndicatorRow(
            @TableField(description = "the indicator's " + ID) String indicatorId,
            @TableField(description = "its name", required = true) String name,
            @TableField(description = "the unit of its values", required = true) String unit,
            @TableField(description = "who publishes the series", required = true) String publisher,
            @TableField(description = "how it is measured") String methodology,
            @TableField(description = "the basis of measurement (e.g. seasonally adjusted)") String measurementBasis,
            @TableField(description = "how often it is published", oneOf = Frequency.class, required = true)
                    String frequency,
            @TableField(description = "the publisher's code for the series (e.g. an SDG series code)")
                    String seriesCode,
            @TableField(description = "when the ledger recorded its definition (UTC)", type = "datetime")
                    String definedAt,
            @TableField(description = "how many periods have a reading") int periods,
            @TableField(description = "the latest period with a reading") String latestPeriod,
            @TableField(description = "how many changes of methodology were recorded") int methodologyChanges,
            @TableField(description = SOURCE_TITLE + " (the definition)") String sourceTitle,
            @TableField(description = SOURCE_PUBLISHER) String sourcePublisher,
            @TableField(description = SOURCE_URL, format = "uri") String sourceUrl) {}

    @JsonPropertyOrder({
        "missionId",
        "bodyId",
        "bodyName",
        "bodyKind",
        "fictional",
        "title",
        "statement",
        "policyArea",
        "declaredOn",
        "horizon",
        "status",
        "statusSince",
        "successorMissionId",
        "targets",
        "activeTargets",
        "version"
    })
    public record MissionRow(
            @TableField(description = "the mission's " + ID) String missionId,
            @TableField(description = "the body that set the mission: its " + ID, required = true) String bodyId,
            @TableField(description = "the body's name", required = true) String bodyName,
            @TableField(description = "what kind of body it is", oneOf = BodyKind.class, required = true)
                    String bodyKind,
            @TableField(description = FICTIONAL_DESCRIPTION) String fictional,
            @TableField(description = "the mission's title as currently worded", required = true) String title,
            @TableField(description = "its statement as currently worded", required = true) String statement,
            @TableField(description = "its policy area") String policyArea,
            @TableField(description = "when it was declared") LocalDate declaredOn,
            @TableField(description = "the date by which it is to be achieved") LocalDate horizon,
            @TableField(description = "its status", oneOf = MissionStatus.class, required = true) String status,
            @TableField(description = "since when it has that status") LocalDate statusSince,
            @TableField(description = "the mission that superseded it") String successorMissionId,
            @TableField(description = "how many targets it has") int targets,
            @TableField(description = "how many of them are active") int activeTargets,
            @TableField(description = "the mission's version (the sequence number of its latest event)")
                    long version) {}

    @JsonPropertyOrder({
        "missionId",
        "targetId",
        "wording",
        "indicatorId",
        "baselineValue",
        "baselineDate",
        "comparator",
        "goalValue",
        "unit",
        "deadline",
        "geography",
        "measurementBasis",
        "status",
        "statusSince",
        "successorTargetId",
        "setOn"
    })
    public record TargetRow(
            @TableField(description = "the mission") String missionId,
            @TableField(description = "the target's " + ID + ", unique within its mission") String targetId,
            @TableField(description = "the target's wording as it stands", required = true) String wording,
            @TableField(description = "the indicator that measures it") String indicatorId,
            @TableField(description = "the baseline value", type = "number") String baselineValue,
            @TableField(description = "the date of the baseline") LocalDate baselineDate,
            @TableField(description = "how the goal is met", oneOf = Comparator.class) String comparator,
            @TableField(description = "the goal value", type = "number") String goalValue,
            @TableField(description = "the unit of baseline and goal") String unit,
            @TableField(description = "the deadline", required = false) LocalDate deadline,
            @TableField(description = "where it applies") String geography,
            @TableField(description = "the basis of measurement") String measurementBasis,
            @TableField(description = "its status", oneOf = TargetStatus.class, required = true) String status,
            @TableField(description = "since when it has that status") LocalDate statusSince,
            @TableField(description = "the target that superseded it") String successorTargetId,
            @TableField(description = "when it was set") LocalDate setOn) {}

    @JsonPropertyOrder({
        "missionId",
        "tenureId",
        "scope",
        "targetId",
        "roleKind",
        "roleTitle",
        "holderName",
        "holderPost",
        "effectiveFrom",
        "effectiveTo",
        "recordedAt",
        "lastRecordedAt",
        "sourceTitle",
        "sourcePublisher",
        "sourceUrl"
    })
    public record TenureRow(
            @TableField(description = "the mission") String missionId,
            @TableField(description = "the tenure's " + ID + ", unique within its mission") String tenureId,
            @TableField(
                            description = "whether the role is for the mission or one of its targets",
                            oneOf = AccountableView.Scope.class,
                            required = true)
                    String scope,
            @TableField(description = "the target, for scope TARGET") String targetId,
            @TableField(description = "the kind of role", oneOf = RoleKind.class, required = true) String roleKind,
            @TableField(description = "the role's own title") String roleTitle,
            @TableField(description = "who held it, as published", required = true) String holderName,
            @TableField(description = "the post they held") String holderPost,
            @TableField(description = "the first day of the tenure", required = true) LocalDate effectiveFrom,
            @TableField(description = "the day it ended (exclusive); empty while it lasts") LocalDate effectiveTo,
            @TableField(description = "when the tenure was first recorded (UTC)", type = "datetime") String recordedAt,
            @TableField(description = "when its latest state was recorded (UTC)", type = "datetime")
                    String lastRecordedAt,
            @TableField(description = SOURCE_TITLE + " (the assignment)") String sourceTitle,
            @TableField(description = SOURCE_PUBLISHER) String sourcePublisher,
            @TableField(description = SOURCE_URL, format = "uri") String sourceUrl) {}

    @JsonPropertyOrder({
        "eventId",
        "indicatorId",
        "period",
        "periodStart",
        "periodEnd",
        "kind",
        "value",
        "vintage",
        "publishedOn",
        "recordedAt",
        "latest",
        "reason",
        "sourceTitle",
        "sourcePublisher",
        "sourceUrl",
        "corrections",
        "position"
    })
    public record ReadingRow(
            @TableField(description = "the event that recorded this vintage") String eventId,
            @TableField(description = "the indicator", required = true) String indicatorId,
            @TableField(
                            description = "the period (2024, 2024/25, 2024-Q1, 2024-03, 2024-W05 or 2024-03-31)",
                            required = true)
                    String period,
            @TableField(description = "the period's first day") LocalDate periodStart,
            @TableField(description = "the period's last day") LocalDate periodEnd,
            @TableField(description = "what this vintage is", oneOf = VintageKind.class, required = true) String kind,
            @TableField(description = "the value published (empty for a withdrawal)", type = "number") String value,
            @TableField(description = "the publisher's release or vintage code") String vintage,
            @TableField(description = "when it was published") LocalDate publishedOn,
            @TableField(description = "when the ledger recorded it (UTC)", type = "datetime", required = true)
                    String recordedAt,
            @TableField(description = "whether this is the period's latest vintage") boolean latest,
            @TableField(description = "why it was revised or withdrawn") String reason,
            @TableField(description = SOURCE_TITLE) String sourceTitle,
            @TableField(description = SOURCE_PUBLISHER) String sourcePublisher,
            @TableField(description = SOURCE_URL, format = "uri") String sourceUrl,
            @TableField(description = "how many corrections of the record apply to it") int corrections,
            @TableField(description = "the event's position in the ledger's global order") long position) {}

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
    public record ChangeRow(
            @TableField(description = "the alteration's number, dense from 1 in recording order") long number,
            @TableField(description = "when it was recorded (UTC)", type = "datetime", required = true)
                    String recordedAt,
            @TableField(description = "when it took effect") LocalDate effectiveDate,
            @TableField(description = "what changed", oneOf = AlterationView.Scope.class, required = true) String scope,
            @TableField(description = "the kinds of change, joined by '; ' (e.g. WEAKENED; POSTPONED)", required = true)
                    String kinds,
            @TableField(description = "the body") String bodyId,
            @TableField(description = "its name") String bodyName,
            @TableField(description = FICTIONAL_DESCRIPTION) String fictional,
            @TableField(description = "the mission") String missionId,
            @TableField(description = "its title") String missionTitle,
            @TableField(description = "the target") String targetId,
            @TableField(description = "its wording") String targetWording,
            @TableField(description = "the indicator (scope INDICATOR)") String indicatorId,
            @TableField(description = "the indicator, unit or basis changed while the wording did not")
                    boolean metricChangedWithoutRewording,
            @TableField(description = "each change as 'field: before -> after', joined by '; '") String changes,
            @TableField(description = "the reason given", required = true) String reason,
            @TableField(description = SOURCE_TITLE, required = true) String sourceTitle,
            @TableField(description = SOURCE_PUBLISHER, required = true) String sourcePublisher,
            @TableField(description = SOURCE_URL, format = "uri", required = true) String sourceUrl,
            @TableField(description = "when that document was published") LocalDate sourcePublishedOn,
            @TableField(description = "who recorded it", required = true) String actor,
            @TableField(description = "the event's type", required = true) String eventType,
            @TableField(description = "the event", required = true) String eventId,
            @TableField(description = "the event's position in the global order (see audit)") long position,
            @TableField(description = "how many corrections of the record apply to it") int corrections) {}

    @JsonPropertyOrder({
        "position",
        "eventId",
        "type",
        "aggregateType",
        "aggregateId",
        "sequence",
        "actor",
        "recordedAt",
        "effectiveDate",
        "summary",
        "sourceTitle",
        "sourceUrl",
        "correctedEventId",
        "correctedPosition"
    })
    public record AuditRow(
            @TableField(description = "the event's position in the global order, from 1") long position,
            @TableField(description = "the event's identifier", required = true) String eventId,
            @TableField(description = "the event's type", required = true) String type,
            @TableField(description = "MissionAggregate or IndicatorAggregate", required = true) String aggregateType,
            @TableField(description = "the mission or indicator", required = true) String aggregateId,
            @TableField(description = "the position in that record's own stream, from 0") long sequence,
            @TableField(description = "who recorded it", required = true) String actor,
            @TableField(description = "when it was recorded (UTC)", type = "datetime", required = true)
                    String recordedAt,
            @TableField(description = "when it took effect, where that differs from the day it was recorded")
                    LocalDate effectiveDate,
            @TableField(description = "one line saying what happened") String summary,
            @TableField(description = SOURCE_TITLE) String sourceTitle,
            @TableField(description = SOURCE_URL, format = "uri") String sourceUrl,
            @TableField(description = "for a correction: the event it corrects") String correctedEventId,
            @TableField(description = "for a correction: that event's position") Long correctedPosition) {}
}
