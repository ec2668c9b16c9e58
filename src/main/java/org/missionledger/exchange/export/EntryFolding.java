package org.missionledger.exchange.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.missionledger.common.api.FieldChange;
import org.missionledger.exchange.format.AggregateKind;
import org.missionledger.exchange.format.EntryKind;
import org.missionledger.indicator.api.ChangeIndicatorMethodology;
import org.missionledger.indicator.api.DefineIndicator;
import org.missionledger.indicator.api.IndicatorDefined;
import org.missionledger.indicator.api.IndicatorMethodologyChanged;
import org.missionledger.indicator.api.IndicatorRecordCorrected;
import org.missionledger.indicator.api.ReadingRecorded;
import org.missionledger.indicator.api.ReadingRevised;
import org.missionledger.indicator.api.ReadingWithdrawn;
import org.missionledger.indicator.api.RecordReading;
import org.missionledger.indicator.api.ReviseReading;
import org.missionledger.indicator.api.WithdrawReading;
import org.missionledger.mission.api.AccountabilityAssigned;
import org.missionledger.mission.api.AccountabilityEnded;
import org.missionledger.mission.api.AccountabilityReassigned;
import org.missionledger.mission.api.AssignAccountability;
import org.missionledger.mission.api.DeclareMission;
import org.missionledger.mission.api.DropMission;
import org.missionledger.mission.api.DropTarget;
import org.missionledger.mission.api.EndAccountability;
import org.missionledger.mission.api.MarkMissionAchieved;
import org.missionledger.mission.api.MissionAchieved;
import org.missionledger.mission.api.MissionDeclared;
import org.missionledger.mission.api.MissionDropped;
import org.missionledger.mission.api.MissionNoted;
import org.missionledger.mission.api.MissionRecordCorrected;
import org.missionledger.mission.api.MissionReworded;
import org.missionledger.mission.api.MissionSuperseded;
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
import org.missionledger.mission.api.TargetSuperseded;

/**
 * Folds one aggregate's event stream back into an import record: each event becomes the entry whose command records
 * exactly that event again, given the same history before it. A correction names the corrected event by its position
 * in the stream (event ids are not carried over: an import records new events).
 */
public final class EntryFolding {

    /** Entries in the file: records by their components in declaration order, absent values left out. */
    static final ObjectMapper ENTRY_JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)) // 45.0 stays 45.0: the payload keeps its scale
            .disable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build()
            .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);

    private EntryFolding() {}

    /** An event the import format cannot express (an event type added without an entry type). */
    public static class UnsupportedEvent extends IllegalStateException {
        UnsupportedEvent(String message) {
            super(message);
        }
    }

    /** The import record of one aggregate, from its complete stream (sequence 0 first). */
    public static ObjectNode fold(AggregateKind kind, String id, List<? extends DomainEventMessage<?>> stream) {
        ObjectNode record = ENTRY_JSON.createObjectNode();
        record.put("id", id);
        ArrayNode history = JsonNodeFactory.instance.arrayNode();
        Map<String, Integer> positions = new HashMap<>();
        for (DomainEventMessage<?> event : stream) {
            int position = (int) event.getSequenceNumber();
            positions.put(event.getIdentifier(), position);
            Object payload = event.getPayload();
            EntryKind entryKind = EntryKind.ofEvent(payload.getClass())
                    .filter(k -> k.aggregate() == kind)
                    .orElseThrow(() -> new UnsupportedEvent(
                            "Cannot export event " + position + " of '" + id + "': the import format has no entry for "
                                    + payload.getClass().getSimpleName()));
            ObjectNode fields = entry(payload, positions);
            fields.remove(kind.idField());
            if (org.missionledger.platform.axon.EffectiveDates.isUnknown(
                    event.getMetaData().get("effectiveDate"))) {
                fields.put("dateUnknown", true); // the import records the date as unknown again, never the import day
            }
            if (entryKind.creates()) {
                record.set(kind.creationKey(), fields);
            } else {
                history.addObject().set(entryKind.key(), fields);
            }
        }
        if (!history.isEmpty()) {
            record.set("history", history);
        }
        return record;
    }

    private static ObjectNode entry(Object event, Map<String, Integer> positions) {
        if (event instanceof MissionRecordCorrected e) {
            return correction(e.correctedEventId(), e.changes(), e.reason(), positions);
        }
        if (event instanceof IndicatorRecordCorrected e) {
            return correction(e.correctedEventId(), e.changes(), e.reason(), positions);
        }
        return ENTRY_JSON.valueToTree(command(event));
    }

    private static ObjectNode correction(
            String correctedEventId, List<FieldChange> changes, String reason, Map<String, Integer> positions) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        Integer position = positions.get(correctedEventId);
        if (position != null) {
            node.put("entry", position);
        } else {
            node.put("eventId", correctedEventId);
        }
        Map<String, String> corrections = new LinkedHashMap<>();
        changes.forEach(change -> corrections.put(change.field(), change.after() == null ? "" : change.after()));
        node.set("corrections", ENTRY_JSON.valueToTree(corrections));
        node.put("reason", reason);
        return node;
    }

    private static boolean changed(List<FieldChange> changes, String field) {
        return changes.stream().anyMatch(c -> c.field().equals(field));
    }

    /** The command that records {@code event} again. */
    static Record command(Object event) {
        if (event instanceof MissionDeclared e) {
            return new DeclareMission(
                    e.missionId(),
                    e.body(),
                    e.title(),
                    e.statement(),
                    e.policyArea(),
                    e.declaredOn(),
                    e.horizon(),
                    e.source());
        }
        if (event instanceof MissionReworded e) {
            return new RewordMission(
                    e.missionId(),
                    changed(e.changes(), "title") ? e.title() : null,
                    changed(e.changes(), "statement") ? e.statement() : null,
                    e.reason(),
                    e.source(),
                    e.effectiveOn());
        }
        if (event instanceof MissionNoted e) {
            return new NoteMission(e.missionId(), e.kind(), e.note(), e.source(), e.effectiveOn());
        }
        if (event instanceof MissionAchieved e) {
            return new MarkMissionAchieved(e.missionId(), e.reason(), e.source(), e.effectiveOn());
        }
        if (event instanceof MissionDropped e) {
            return new DropMission(e.missionId(), e.reason(), e.source(), e.effectiveOn());
        }
        if (event instanceof MissionSuperseded e) {
            return new SupersedeMission(e.missionId(), e.successorMissionId(), e.reason(), e.source(), e.effectiveOn());
        }
        if (event instanceof TargetSet e) {
            return new SetTarget(e.missionId(), e.targetId(), e.terms(), e.source(), e.effectiveOn());
        }
        if (event instanceof TargetRevised e) {
            return new ReviseTarget(e.missionId(), e.targetId(), e.after(), e.reason(), e.source(), e.effectiveOn());
        }
        if (event instanceof TargetDropped e) {
            return new DropTarget(e.missionId(), e.targetId(), e.reason(), e.source(), e.effectiveOn());
        }
        if (event instanceof TargetReinstated e) {
            return new ReinstateTarget(e.missionId(), e.targetId(), e.reason(), e.source(), e.effectiveOn());
        }
        if (event instanceof TargetSuperseded e) {
            return new SupersedeTarget(
                    e.missionId(), e.targetId(), e.successorTargetId(), e.reason(), e.source(), e.effectiveOn());
        }
        if (event instanceof AccountabilityAssigned e) {
            return new AssignAccountability(
                    e.missionId(), e.tenureId(), e.targetId(), e.role(), e.holder(), e.effectiveFrom(), e.source());
        }
        if (event instanceof AccountabilityEnded e) {
            return new EndAccountability(e.missionId(), e.tenureId(), e.effectiveTo(), e.reason(), e.source());
        }
        if (event instanceof AccountabilityReassigned e) {
            return new ReassignAccountability(
                    e.missionId(),
                    e.endedTenureId(),
                    e.newTenureId(),
                    e.holder(),
                    e.effectiveFrom(),
                    e.reason(),
                    e.source());
        }
        if (event instanceof IndicatorDefined e) {
            return new DefineIndicator(
                    e.indicatorId(),
                    e.name(),
                    e.unit(),
                    e.publisher(),
                    e.methodology(),
                    e.measurementBasis(),
                    e.frequency(),
                    e.seriesCode(),
                    e.source());
        }
        if (event instanceof IndicatorMethodologyChanged e) {
            return new ChangeIndicatorMethodology(
                    e.indicatorId(),
                    changed(e.changes(), "methodology") ? e.methodology() : null,
                    changed(e.changes(), "measurementBasis") ? e.measurementBasis() : null,
                    e.reason(),
                    e.source(),
                    e.effectiveOn());
        }
        if (event instanceof ReadingRecorded e) {
            return new RecordReading(e.indicatorId(), e.period(), e.value(), e.publishedOn(), e.vintage(), e.source());
        }
        if (event instanceof ReadingRevised e) {
            return new ReviseReading(
                    e.indicatorId(), e.period(), e.value(), e.publishedOn(), e.vintage(), e.reason(), e.source());
        }
        if (event instanceof ReadingWithdrawn e) {
            return new WithdrawReading(e.indicatorId(), e.period(), e.reason(), e.source());
        }
        throw new UnsupportedEvent(
                "The import format has no entry for " + event.getClass().getSimpleName());
    }
}
