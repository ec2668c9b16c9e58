package org.missionledger.mission.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;
import static org.missionledger.common.command.CommandRefused.unless;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.missionledger.common.command.LedgerDirectory;
import org.missionledger.mission.api.AccountabilityAssigned;
import org.missionledger.mission.api.AccountabilityEnded;
import org.missionledger.mission.api.AccountabilityReassigned;
import org.missionledger.mission.api.AssignAccountability;
import org.missionledger.mission.api.Body;
import org.missionledger.mission.api.CorrectMissionRecord;
import org.missionledger.mission.api.DeclareMission;
import org.missionledger.mission.api.DropMission;
import org.missionledger.mission.api.DropTarget;
import org.missionledger.mission.api.EndAccountability;
import org.missionledger.mission.api.MarkMissionAchieved;
import org.missionledger.mission.api.MissionAchieved;
import org.missionledger.mission.api.MissionAggregateType;
import org.missionledger.mission.api.MissionDeclared;
import org.missionledger.mission.api.MissionDropped;
import org.missionledger.mission.api.MissionNoted;
import org.missionledger.mission.api.MissionRecordCorrected;
import org.missionledger.mission.api.MissionRefusal;
import org.missionledger.mission.api.MissionReworded;
import org.missionledger.mission.api.MissionStatus;
import org.missionledger.mission.api.MissionSuperseded;
import org.missionledger.mission.api.NoteKind;
import org.missionledger.mission.api.NoteMission;
import org.missionledger.mission.api.ReassignAccountability;
import org.missionledger.mission.api.ReinstateTarget;
import org.missionledger.mission.api.ReviseTarget;
import org.missionledger.mission.api.RewordMission;
import org.missionledger.mission.api.SetTarget;
import org.missionledger.mission.api.SupersedeMission;
import org.missionledger.mission.api.SupersedeTarget;
import org.missionledger.mission.api.TargetDropped;
import org.missionledger.mission.api.TargetReinstated;
import org.missionledger.mission.api.TargetRevised;
import org.missionledger.mission.api.TargetSet;
import org.missionledger.mission.api.TargetStatus;
import org.missionledger.mission.api.TargetSuperseded;

/**
 * A mission, its targets and who is accountable for them: one consistency boundary, because every rule about a target
 * or a tenure depends on the state of its mission.
 *
 * <p>States: {@code ACTIVE} until {@code ACHIEVED}, {@code DROPPED} or {@code SUPERSEDED}, all final. A closed mission
 * takes no new wording, targets or tenures; its tenures can still be ended and its record corrected.
 *
 * <p>Every command handler validates, applies exactly one event and returns the new aggregate version.
 */
@Aggregate(
        snapshotTriggerDefinition = "missionSnapshotTrigger",
        cache = "aggregateCache",
        commandTargetResolver = "commandTargetResolver")
public class MissionAggregate {

    @AggregateIdentifier
    private String missionId;

    private Body body;
    private String title;
    private String statement;
    private String policyArea;
    private LocalDate declaredOn;
    private LocalDate horizon;
    private MissionStatus status;
    private Map<String, Target> targets = new LinkedHashMap<>();
    private Map<String, Tenure> tenures = new LinkedHashMap<>();
    /** What each applied event was about ("mission", "target:ID", "tenure:ID") and its source, for corrections. */
    private Map<String, RecordedEvent> recorded = new HashMap<>();
    /** For each "subject#field", the event that last set it: a correction of that event also corrects the state. */
    private Map<String, String> latestSetter = new HashMap<>();

    protected MissionAggregate() {}

    // ------------------------------------------------------------------------------------------------- mission

    @CommandHandler
    public MissionAggregate(DeclareMission command) {
        apply(new MissionDeclared(
                command.missionId(),
                command.body(),
                command.title(),
                command.statement(),
                command.policyArea(),
                command.declaredOn(),
                command.horizon(),
                command.source()));
    }

    @CommandHandler
    public long handle(RewordMission command) {
        requireActive();
        String newTitle = command.title() != null ? command.title() : title;
        String newStatement = command.statement() != null ? command.statement() : statement;
        List<FieldChange> changes = new ArrayList<>();
        if (!Objects.equals(title, newTitle)) {
            changes.add(new FieldChange("title", title, newTitle));
        }
        if (!Objects.equals(statement, newStatement)) {
            changes.add(new FieldChange("statement", statement, newStatement));
        }
        unless(!changes.isEmpty(), CommonRefusal.NOTHING_CHANGED, "The new wording is the same as the current one.");
        apply(new MissionReworded(
                missionId, changes, newTitle, newStatement, command.reason(), command.source(), command.effectiveOn()));
        return getVersion();
    }

    @CommandHandler
    public long handle(MarkMissionAchieved command) {
        requireActive();
        apply(new MissionAchieved(missionId, command.reason(), command.source(), command.effectiveOn()));
        return getVersion();
    }

    @CommandHandler
    public long handle(DropMission command) {
        requireActive();
        apply(new MissionDropped(missionId, command.reason(), command.source(), command.effectiveOn()));
        return getVersion();
    }

    @CommandHandler
    public long handle(SupersedeMission command, LedgerDirectory directory) {
        requireActive();
        unless(
                !missionId.equals(command.successorMissionId()),
                MissionRefusal.SUCCESSOR_IS_SELF,
                "Mission '" + missionId + "' cannot supersede itself.");
        unless(
                directory.exists(MissionAggregateType.NAME, command.successorMissionId()),
                MissionRefusal.UNKNOWN_SUCCESSOR,
                "No mission '" + command.successorMissionId() + "' is declared; declare the successor first.");
        apply(new MissionSuperseded(
                missionId, command.successorMissionId(), command.reason(), command.source(), command.effectiveOn()));
        return getVersion();
    }

    @CommandHandler
    public long handle(NoteMission command) {
        unless(
                command.kind() != NoteKind.NO_MEASURABLE_TARGET || !hasActiveTargets(),
                MissionRefusal.MISSION_HAS_TARGETS,
                "Mission '" + missionId + "' has active targets; it cannot be noted as having no measurable target.");
        apply(new MissionNoted(missionId, command.kind(), command.note(), command.source(), command.effectiveOn()));
        return getVersion();
    }

    private boolean hasActiveTargets() {
        return targets.values().stream().anyMatch(t -> t.status() == TargetStatus.ACTIVE);
    }

    private void requireActive() {
        unless(
                status == MissionStatus.ACTIVE,
                MissionRefusal.MISSION_CLOSED,
                "Mission '" + missionId + "' is " + status + "; it takes no further changes (corrections excepted).");
    }

    // ------------------------------------------------------------------------------------------------- targets

    @CommandHandler
    public long handle(SetTarget command, LedgerDirectory directory) {
        requireActive();
        unless(
                !targets.containsKey(command.targetId()),
                MissionRefusal.TARGET_ALREADY_SET,
                "Target '" + command.targetId() + "' is already set under mission '" + missionId
                        + "'; revise it instead.");
        TargetRules.check(command.terms(), directory);
        apply(new TargetSet(missionId, command.targetId(), command.terms(), command.source(), command.effectiveOn()));
        return getVersion();
    }

    @CommandHandler
    public long handle(ReviseTarget command, LedgerDirectory directory) {
        requireActive();
        Target target = target(command.targetId());
        target.requireRevisable();
        TargetRules.check(command.terms(), directory);
        TargetRevisionPolicy.Assessment assessment = TargetRevisionPolicy.assess(target.terms(), command.terms());
        unless(
                !assessment.nothingChanged(),
                CommonRefusal.NOTHING_CHANGED,
                "The revised terms of target '" + command.targetId() + "' are the same as the current ones.");
        apply(new TargetRevised(
                missionId,
                command.targetId(),
                target.terms(),
                command.terms(),
                assessment.changes(),
                assessment.kinds(),
                command.reason(),
                command.source(),
                command.effectiveOn()));
        return getVersion();
    }

    @CommandHandler
    public long handle(DropTarget command) {
        requireActive();
        target(command.targetId()).requireDroppable();
        apply(new TargetDropped(
                missionId, command.targetId(), command.reason(), command.source(), command.effectiveOn()));
        return getVersion();
    }

    @CommandHandler
    public long handle(ReinstateTarget command) {
        requireActive();
        target(command.targetId()).requireReinstatable();
        apply(new TargetReinstated(
                missionId, command.targetId(), command.reason(), command.source(), command.effectiveOn()));
        return getVersion();
    }

    @CommandHandler
    public long handle(SupersedeTarget command) {
        requireActive();
        Target target = target(command.targetId());
        unless(
                !command.targetId().equals(command.successorTargetId()),
                MissionRefusal.SUCCESSOR_IS_SELF,
                "Target '" + command.targetId() + "' cannot supersede itself.");
        unless(
                targets.containsKey(command.successorTargetId()),
                MissionRefusal.UNKNOWN_SUCCESSOR,
                "No target '" + command.successorTargetId() + "' is set under mission '" + missionId
                        + "'; set the successor first.");
        target.requireSupersedable();
        apply(new TargetSuperseded(
                missionId,
                command.targetId(),
                command.successorTargetId(),
                command.reason(),
                command.source(),
                command.effectiveOn()));
        return getVersion();
    }

    private Target target(String targetId) {
        Target target = targets.get(targetId);
        if (target == null) {
            throw new CommandRefused(
                    MissionRefusal.UNKNOWN_TARGET, "No target '" + targetId + "' under mission '" + missionId + "'.");
        }
        return target;
    }

    // ------------------------------------------------------------------------------------------ accountability

    @CommandHandler
    public long handle(AssignAccountability command) {
        requireActive();
        unless(
                !tenures.containsKey(command.tenureId()),
                MissionRefusal.TENURE_ALREADY_EXISTS,
                "Tenure '" + command.tenureId() + "' already exists under mission '" + missionId + "'.");
        if (command.targetId() != null) {
            target(command.targetId());
        }
        TargetRules.roleIsNamed(command.role());
        apply(new AccountabilityAssigned(
                missionId,
                command.tenureId(),
                command.targetId(),
                command.role(),
                command.holder(),
                command.effectiveFrom(),
                command.source()));
        return getVersion();
    }

    @CommandHandler
    public long handle(EndAccountability command) {
        Tenure tenure = tenure(command.tenureId());
        tenure.requireOpen();
        tenure.requireEndsAfterStart(command.effectiveTo());
        apply(new AccountabilityEnded(
                missionId, command.tenureId(), command.effectiveTo(), command.reason(), command.source()));
        return getVersion();
    }

    @CommandHandler
    public long handle(ReassignAccountability command) {
        requireActive();
        Tenure tenure = tenure(command.tenureId());
        tenure.requireOpen();
        tenure.requireEndsAfterStart(command.effectiveFrom());
        unless(
                !tenures.containsKey(command.newTenureId()),
                MissionRefusal.TENURE_ALREADY_EXISTS,
                "Tenure '" + command.newTenureId() + "' already exists under mission '" + missionId + "'.");
        unless(
                !tenure.heldBy(command.holder()),
                MissionRefusal.REASSIGN_TO_CURRENT_HOLDER,
                command.holder().name() + " already holds this role in this post (tenure '" + command.tenureId()
                        + "').");
        apply(new AccountabilityReassigned(
                missionId,
                command.tenureId(),
                command.newTenureId(),
                tenure.targetId(),
                tenure.role(),
                tenure.holder(),
                command.holder(),
                command.effectiveFrom(),
                command.reason(),
                command.source()));
        return getVersion();
    }

    private Tenure tenure(String tenureId) {
        Tenure tenure = tenures.get(tenureId);
        if (tenure == null) {
            throw new CommandRefused(
                    MissionRefusal.UNKNOWN_TENURE, "No tenure '" + tenureId + "' under mission '" + missionId + "'.");
        }
        return tenure;
    }

    // --------------------------------------------------------------------------------------------- corrections

    @CommandHandler
    public long handle(CorrectMissionRecord command, LedgerDirectory directory) {
        RecordedEvent event = recorded.get(command.correctedEventId());
        unless(
                event != null,
                CommonRefusal.UNKNOWN_EVENT,
                "No event '" + command.correctedEventId() + "' belongs to mission '" + missionId + "'.");
        List<FieldChange> changes = MissionCorrections.changes(this, event, command.corrections(), directory);
        unless(!changes.isEmpty(), CommonRefusal.NOTHING_CHANGED, "The corrected values equal the recorded ones.");
        apply(new MissionRecordCorrected(
                missionId,
                command.correctedEventId(),
                event.subject(),
                changes,
                command.reason(),
                historicalOnly(command.correctedEventId(), event.subject(), changes)));
        return getVersion();
    }

    // ---------------------------------------------------------------------------------- event sourcing handlers

    @EventSourcingHandler
    void on(MissionDeclared event, @MessageIdentifier String eventId) {
        missionId = event.missionId();
        body = event.body();
        title = event.title();
        statement = event.statement();
        policyArea = event.policyArea();
        declaredOn = event.declaredOn();
        horizon = event.horizon();
        status = MissionStatus.ACTIVE;
        remember(eventId, "mission", event.source(), missionValues());
    }

    @EventSourcingHandler
    void on(MissionReworded event, @MessageIdentifier String eventId) {
        title = event.title();
        statement = event.statement();
        remember(eventId, "mission", event.source(), Map.of("title", title, "statement", statement));
    }

    @EventSourcingHandler
    void on(MissionNoted event, @MessageIdentifier String eventId) {
        remember(eventId, "mission", event.source(), Map.of());
    }

    @EventSourcingHandler
    void on(MissionAchieved event, @MessageIdentifier String eventId) {
        status = MissionStatus.ACHIEVED;
        remember(eventId, "mission", event.source(), Map.of());
    }

    @EventSourcingHandler
    void on(MissionDropped event, @MessageIdentifier String eventId) {
        status = MissionStatus.DROPPED;
        remember(eventId, "mission", event.source(), Map.of());
    }

    @EventSourcingHandler
    void on(MissionSuperseded event, @MessageIdentifier String eventId) {
        status = MissionStatus.SUPERSEDED;
        remember(eventId, "mission", event.source(), Map.of());
    }

    @EventSourcingHandler
    void on(TargetSet event, @MessageIdentifier String eventId) {
        targets.put(event.targetId(), new Target(event.targetId(), event.terms()));
        remember(eventId, "target:" + event.targetId(), event.source(), termsValues(event.terms()));
    }

    @EventSourcingHandler
    void on(TargetRevised event, @MessageIdentifier String eventId) {
        targets.get(event.targetId()).revise(event.after());
        remember(eventId, "target:" + event.targetId(), event.source(), termsValues(event.after()));
    }

    @EventSourcingHandler
    void on(TargetDropped event, @MessageIdentifier String eventId) {
        targets.get(event.targetId()).status(TargetStatus.DROPPED);
        remember(eventId, "target:" + event.targetId(), event.source(), Map.of());
    }

    @EventSourcingHandler
    void on(TargetReinstated event, @MessageIdentifier String eventId) {
        targets.get(event.targetId()).status(TargetStatus.ACTIVE);
        remember(eventId, "target:" + event.targetId(), event.source(), Map.of());
    }

    @EventSourcingHandler
    void on(TargetSuperseded event, @MessageIdentifier String eventId) {
        targets.get(event.targetId()).status(TargetStatus.SUPERSEDED);
        remember(eventId, "target:" + event.targetId(), event.source(), Map.of());
    }

    @EventSourcingHandler
    void on(AccountabilityAssigned event, @MessageIdentifier String eventId) {
        tenures.put(
                event.tenureId(),
                new Tenure(event.tenureId(), event.targetId(), event.role(), event.holder(), event.effectiveFrom()));
        remember(eventId, "tenure:" + event.tenureId(), event.source(), tenureValues(tenures.get(event.tenureId())));
    }

    @EventSourcingHandler
    void on(AccountabilityEnded event, @MessageIdentifier String eventId) {
        tenures.get(event.tenureId()).end(event.effectiveTo());
        remember(
                eventId,
                "tenure:" + event.tenureId(),
                event.source(),
                Map.of("effectiveTo", event.effectiveTo().toString()));
    }

    @EventSourcingHandler
    void on(AccountabilityReassigned event, @MessageIdentifier String eventId) {
        tenures.get(event.endedTenureId()).end(event.effectiveFrom());
        tenures.put(
                event.newTenureId(),
                new Tenure(event.newTenureId(), event.targetId(), event.role(), event.holder(), event.effectiveFrom()));
        recorded.put(
                eventId,
                new RecordedEvent(
                        "tenure:" + event.newTenureId(),
                        event.source(),
                        tenureValues(tenures.get(event.newTenureId())),
                        "tenure:" + event.endedTenureId()));
        setBy(
                eventId,
                "tenure:" + event.newTenureId(),
                tenureValues(tenures.get(event.newTenureId())).keySet());
        setBy(eventId, "tenure:" + event.endedTenureId(), java.util.Set.of("effectiveTo"));
    }

    @EventSourcingHandler
    void on(MissionRecordCorrected event) {
        RecordedEvent corrected = recorded.get(event.correctedEventId());
        for (FieldChange change : event.changes()) {
            if (change.field().startsWith("source.")) {
                corrected.source(MissionCorrections.correctSource(corrected.source(), change));
                continue;
            }
            corrected.values().put(change.field(), change.after());
            if (event.changesCurrentRecord(change.field())) {
                MissionCorrections.apply(this, event.subject(), change);
            }
            if (corrected.alsoEnds() != null
                    && change.field().equals("effectiveFrom")
                    && event.correctedEventId().equals(latestSetter.get(corrected.alsoEnds() + "#effectiveTo"))) {
                MissionCorrections.apply(
                        this, corrected.alsoEnds(), new FieldChange("effectiveTo", change.before(), change.after()));
            }
        }
    }

    private void remember(String eventId, String subject, Source source, Map<String, String> values) {
        recorded.put(eventId, new RecordedEvent(subject, source, values, null));
        setBy(eventId, subject, values.keySet());
    }

    /** The changed fields a later event has set again: correcting them fixes history, not the current record. */
    private List<String> historicalOnly(String correctedEventId, String subject, List<FieldChange> changes) {
        return changes.stream()
                .map(FieldChange::field)
                .filter(field -> !field.startsWith("source."))
                .filter(field -> !correctedEventId.equals(latestSetter.get(subject + "#" + field)))
                .toList();
    }

    private void setBy(String eventId, String subject, java.util.Set<String> fields) {
        for (String field : fields) {
            latestSetter.put(subject + "#" + field, eventId);
        }
    }

    private Map<String, String> missionValues() {
        Map<String, String> values = new HashMap<>();
        values.put("title", title);
        values.put("statement", statement);
        values.put("policyArea", policyArea);
        values.put("declaredOn", declaredOn == null ? null : declaredOn.toString());
        values.put("horizon", horizon == null ? null : horizon.toString());
        values.put("body.name", body.name());
        values.put("body.jurisdiction", body.jurisdiction());
        values.put("body.level", body.level() == null ? null : body.level().name());
        return values;
    }

    private static Map<String, String> termsValues(org.missionledger.mission.api.TargetTerms terms) {
        Map<String, String> values = new HashMap<>();
        for (String field : List.of(
                "wording",
                "indicatorId",
                "baselineValue",
                "baselineDate",
                "comparator",
                "goalValue",
                "unit",
                "deadline",
                "geography",
                "measurementBasis")) {
            values.put(field, terms.fieldValue(field));
        }
        return values;
    }

    private static Map<String, String> tenureValues(Tenure tenure) {
        Map<String, String> values = new HashMap<>();
        values.put("holder.name", tenure.holder().name());
        values.put("holder.post", tenure.holder().post());
        values.put("role.title", tenure.role().title());
        values.put("effectiveFrom", tenure.effectiveFrom().toString());
        return values;
    }

    // ----------------------------------------------------------------------- state access for the correction rules

    String missionId() {
        return missionId;
    }

    Body body() {
        return body;
    }

    void body(Body body) {
        this.body = body;
    }

    String title() {
        return title;
    }

    void title(String title) {
        this.title = title;
    }

    String statement() {
        return statement;
    }

    void statement(String statement) {
        this.statement = statement;
    }

    String policyArea() {
        return policyArea;
    }

    void policyArea(String policyArea) {
        this.policyArea = policyArea;
    }

    LocalDate declaredOn() {
        return declaredOn;
    }

    void declaredOn(LocalDate declaredOn) {
        this.declaredOn = declaredOn;
    }

    LocalDate horizon() {
        return horizon;
    }

    void horizon(LocalDate horizon) {
        this.horizon = horizon;
    }

    Target targetState(String targetId) {
        return targets.get(targetId);
    }

    Tenure tenureState(String tenureId) {
        return tenures.get(tenureId);
    }
}
