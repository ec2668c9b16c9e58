package org.missionledger.mission.command;

import static org.missionledger.common.command.CorrectedValues.notCorrectable;
import static org.missionledger.common.command.CorrectedValues.optionalDate;
import static org.missionledger.common.command.CorrectedValues.optionalEnum;
import static org.missionledger.common.command.CorrectedValues.optionalLine;
import static org.missionledger.common.command.CorrectedValues.optionalNumber;
import static org.missionledger.common.command.CorrectedValues.optionalText;
import static org.missionledger.common.command.CorrectedValues.requiredDate;
import static org.missionledger.common.command.CorrectedValues.requiredLine;
import static org.missionledger.common.command.CorrectedValues.requiredText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.missionledger.common.api.FieldChange;
import org.missionledger.common.api.Source;
import org.missionledger.common.command.CommandRefused;
import org.missionledger.common.command.CorrectedValues;
import org.missionledger.common.command.LedgerDirectory;
import org.missionledger.mission.api.AccountableRole;
import org.missionledger.mission.api.Body;
import org.missionledger.mission.api.Comparator;
import org.missionledger.mission.api.GovernmentLevel;
import org.missionledger.mission.api.Holder;
import org.missionledger.mission.api.MissionRefusal;
import org.missionledger.mission.api.TargetTerms;

/**
 * Which recorded fields of a mission's events can be corrected, and how a correction is parsed and applied.
 *
 * <p>A correction fixes what one event recorded: its {@code before} is that event's value, not the current state. The
 * current state changes only when the corrected event is still the latest one to have set the field (correcting a
 * target's original terms after a revision changes the history, not the revised terms).
 *
 * <ul>
 *   <li>mission: {@code title, statement, policyArea, declaredOn, horizon, body.name, body.jurisdiction, body.level}
 *   <li>target: every field of its terms ({@code wording, indicatorId, baselineValue, baselineDate, comparator,
 *       goalValue, unit, deadline, geography, measurementBasis})
 *   <li>tenure: {@code holder.name, holder.post, role.title, effectiveFrom, effectiveTo}
 *   <li>any event: its source ({@code source.title, source.publisher, source.url, source.publishedOn,
 *       source.contentSha256, source.archivedUrl}; not {@code source.retrievedAt}, which only the recorder who
 *       retrieved the document can state)
 * </ul>
 */
final class MissionCorrections {

    private MissionCorrections() {}

    /** The field-by-field changes a correction makes, validated; empty when nothing differs. */
    static List<FieldChange> changes(
            MissionAggregate mission, RecordedEvent event, Map<String, String> corrections, LedgerDirectory directory) {
        List<FieldChange> changes = new ArrayList<>();
        for (Map.Entry<String, String> entry : new TreeMap<>(corrections).entrySet()) {
            String field = entry.getKey();
            String value = entry.getValue();
            String after = normalise(event.subject(), field, value);
            if (!field.startsWith("source.") && !event.values().containsKey(field)) {
                throw notCorrectable(field, "the event it corrects (that event did not record it)");
            }
            String before = field.startsWith("source.")
                    ? sourceField(event.source(), field)
                    : event.values().get(field);
            if (!Objects.equals(before, after)) {
                changes.add(new FieldChange(field, before, after));
            }
        }
        checkTargetStaysValid(event, changes, directory);
        checkTenureStaysValid(mission, event.subject(), changes);
        return changes;
    }

    /** The terms the corrected event recorded must still satisfy every target rule once corrected. */
    private static void checkTargetStaysValid(
            RecordedEvent event, List<FieldChange> changes, LedgerDirectory directory) {
        if (!event.subject().startsWith("target:") || !event.values().containsKey("wording")) {
            return;
        }
        TargetTerms terms = termsOf(event.values());
        for (FieldChange change : changes) {
            if (!change.field().startsWith("source.")) {
                terms = terms.withField(change.field(), change.after());
            }
        }
        TargetRules.check(terms, directory);
    }

    private static TargetTerms termsOf(Map<String, String> values) {
        TargetTerms terms = new TargetTerms(
                values.get("wording"), null, null, null, null, null, null, date(values.get("deadline")), null, null);
        for (Map.Entry<String, String> value : values.entrySet()) {
            terms = terms.withField(value.getKey(), value.getValue());
        }
        return terms;
    }

    /** The rules a command enforces on a tenure hold for its corrected record too. */
    private static void checkTenureStaysValid(MissionAggregate mission, String subject, List<FieldChange> changes) {
        if (!subject.startsWith("tenure:")) {
            return;
        }
        Tenure tenure = mission.tenureState(subject.substring("tenure:".length()));
        AccountableRole role = tenure.role();
        LocalDate from = tenure.effectiveFrom();
        LocalDate to = tenure.effectiveTo();
        for (FieldChange change : changes) {
            switch (change.field()) {
                case "role.title" -> role = new AccountableRole(role.kind(), change.after());
                case "effectiveFrom" -> from = date(change.after());
                case "effectiveTo" -> to = date(change.after());
                default -> {
                    // other fields carry no rule
                }
            }
        }
        TargetRules.roleIsNamed(role);
        CommandRefused.unless(
                to == null || to.isAfter(from),
                MissionRefusal.TENURE_ENDS_BEFORE_START,
                "Tenure '" + subject.substring("tenure:".length()) + "' would start on " + from + " and end on " + to
                        + ".");
    }

    /** Validates and canonicalises a corrected value into its display form. */
    private static String normalise(String subject, String field, String value) {
        if (field.startsWith("source.")) {
            return switch (field) {
                case "source.title" -> requiredLine(field, value, 500);
                case "source.publisher" -> requiredLine(field, value, 200);
                case "source.url" -> {
                    String url = CorrectedValues.optionalUrl(field, value);
                    if (url == null) {
                        throw CorrectedValues.invalid(field, "must not be blank");
                    }
                    yield url;
                }
                case "source.publishedOn" -> display(optionalDate(field, value));
                case "source.contentSha256", "source.archivedUrl" -> CorrectedValues.sourceEvidence(
                        field, field.substring("source.".length()), value);
                default -> throw notCorrectable(field, "a source");
            };
        }
        if (subject.equals("mission")) {
            return switch (field) {
                case "title" -> requiredLine(field, value, 300);
                case "statement" -> requiredText(field, value, 5000);
                case "policyArea" -> optionalLine(field, value, 200);
                case "declaredOn", "horizon" -> display(optionalDate(field, value));
                case "body.name" -> requiredLine(field, value, 200);
                case "body.jurisdiction" -> {
                    String code = optionalLine(field, value, 10);
                    if (code != null && !code.matches(Body.JURISDICTION)) {
                        throw CorrectedValues.invalid(field, Body.JURISDICTION_MESSAGE);
                    }
                    yield code;
                }
                case "body.level" -> display(optionalEnum(field, value, GovernmentLevel.class));
                default -> throw notCorrectable(field, "a mission");
            };
        }
        if (subject.startsWith("target:")) {
            return switch (field) {
                case "wording" -> requiredText(field, value, 2000);
                case "indicatorId" -> {
                    String id = optionalLine(field, value, 80);
                    if (id != null && !id.matches(org.missionledger.common.api.Text.ID)) {
                        throw CorrectedValues.invalid(field, org.missionledger.common.api.Text.ID_MESSAGE);
                    }
                    yield id;
                }
                case "baselineValue", "goalValue" -> display(optionalNumber(field, value));
                case "baselineDate" -> display(optionalDate(field, value));
                case "deadline" -> display(requiredDate(field, value));
                case "comparator" -> display(optionalEnum(field, value, Comparator.class));
                case "unit" -> optionalLine(field, value, 50);
                case "geography" -> optionalLine(field, value, 200);
                case "measurementBasis" -> optionalText(field, value, 1000);
                default -> throw notCorrectable(field, "a target");
            };
        }
        return switch (field) {
            case "holder.name" -> requiredLine(field, value, 200);
            case "holder.post" -> optionalLine(field, value, 300);
            case "role.title" -> optionalLine(field, value, 200);
            case "effectiveFrom" -> display(requiredDate(field, value));
            case "effectiveTo" -> display(optionalDate(field, value));
            default -> throw notCorrectable(field, "a tenure");
        };
    }

    /** Applies one validated change to the aggregate's state (called from the event sourcing handler). */
    static void apply(MissionAggregate mission, String subject, FieldChange change) {
        String value = change.after();
        if (subject.equals("mission")) {
            switch (change.field()) {
                case "title" -> mission.title(value);
                case "statement" -> mission.statement(value);
                case "policyArea" -> mission.policyArea(value);
                case "declaredOn" -> mission.declaredOn(date(value));
                case "horizon" -> mission.horizon(date(value));
                case "body.name" -> mission.body(mission.body().withName(value));
                case "body.jurisdiction" -> mission.body(mission.body().withJurisdiction(value));
                case "body.level" -> mission.body(
                        mission.body().withLevel(value == null ? null : GovernmentLevel.valueOf(value)));
                default -> throw new IllegalStateException("Unknown mission field " + change.field());
            }
        } else if (subject.startsWith("target:")) {
            Target target = mission.targetState(subject.substring("target:".length()));
            target.revise(target.terms().withField(change.field(), value));
        } else {
            Tenure tenure = mission.tenureState(subject.substring("tenure:".length()));
            switch (change.field()) {
                case "holder.name" -> tenure.holder(
                        new Holder(value, tenure.holder().post()));
                case "holder.post" -> tenure.holder(new Holder(tenure.holder().name(), value));
                case "role.title" -> tenure.role(
                        new AccountableRole(tenure.role().kind(), value));
                case "effectiveFrom" -> tenure.effectiveFrom(date(value));
                case "effectiveTo" -> tenure.end(date(value));
                default -> throw new IllegalStateException("Unknown tenure field " + change.field());
            }
        }
    }

    static Source correctSource(Source source, FieldChange change) {
        return source.withField(change.field().substring("source.".length()), change.after());
    }

    static String sourceField(Source source, String field) {
        try {
            return source.fieldValue(field.substring("source.".length()));
        } catch (IllegalArgumentException e) {
            throw notCorrectable(field, "a source");
        }
    }

    private static String display(Object value) {
        return TargetRevisionPolicy.display(value);
    }

    private static LocalDate date(String value) {
        return value == null ? null : LocalDate.parse(value);
    }
}
