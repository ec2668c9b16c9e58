package org.missionledger.platform.projection;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.missionledger.common.api.Source;
import org.missionledger.platform.axon.CommandMetadataInterceptor;
import org.missionledger.platform.axon.EffectiveDates;

/**
 * One event as every projection sees it, whether it arrives from a live processor, a replay, the consistency check or
 * the time-travel fold.
 *
 * @param payload the event record
 * @param eventId the event's identifier
 * @param globalIndex its position in the global order (0 when folded outside the global order, e.g. time travel)
 * @param aggregateType e.g. {@code MissionAggregate}
 * @param aggregateId the mission or indicator it belongs to
 * @param sequence its position in the aggregate's stream, from 0
 * @param recordedAt when the ledger recorded it (transaction time): the event's timestamp
 * @param actor who recorded it
 * @param effectiveDate when it took effect in the world (valid time), see {@link #effectiveDateOf}; null when unknown
 */
public record LedgerEvent(
        Object payload,
        String eventId,
        long globalIndex,
        String aggregateType,
        String aggregateId,
        long sequence,
        Instant recordedAt,
        String actor,
        LocalDate effectiveDate) {

    /** The record components that carry an event's own effective date, in order of precedence. */
    private static final List<String> EFFECTIVE_COMPONENTS =
            List.of("effectiveOn", "effectiveFrom", "effectiveTo", "declaredOn", "publishedOn");

    private static final Map<Class<?>, Optional<RecordComponent>> EFFECTIVE = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Optional<RecordComponent>> SOURCE = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Optional<RecordComponent>> PUBLISHED_ON = new ConcurrentHashMap<>();

    /** An event delivered by a processor or a stream, with its global index taken from the token. */
    public static LedgerEvent of(EventMessage<?> message, TrackingToken token) {
        return of(message, TrackingTokens.globalIndex(token));
    }

    /** An event with a known global index (0 when unknown). */
    public static LedgerEvent of(EventMessage<?> message, long globalIndex) {
        String aggregateType = null;
        String aggregateId = null;
        long sequence = 0;
        if (message instanceof DomainEventMessage<?> domain) {
            aggregateType = domain.getType();
            aggregateId = domain.getAggregateIdentifier();
            sequence = domain.getSequenceNumber();
        }
        Object actor = message.getMetaData().get(CommandMetadataInterceptor.ACTOR);
        Object effective = message.getMetaData().get(CommandMetadataInterceptor.EFFECTIVE_DATE);
        return of(
                message.getPayload(),
                message.getIdentifier(),
                globalIndex,
                aggregateType,
                aggregateId,
                sequence,
                message.getTimestamp(),
                actor == null ? null : actor.toString(),
                effective == null ? null : effective.toString());
    }

    /** Builds the event from its parts; the effective date is derived as {@link #effectiveDateOf} describes. */
    public static LedgerEvent of(
            Object payload,
            String eventId,
            long globalIndex,
            String aggregateType,
            String aggregateId,
            long sequence,
            Instant recordedAt,
            String actor,
            String metadataEffectiveDate) {
        return new LedgerEvent(
                payload,
                eventId,
                globalIndex,
                aggregateType,
                aggregateId,
                sequence,
                recordedAt,
                actor,
                effectiveDateOf(payload, metadataEffectiveDate, recordedAt));
    }

    /**
     * When an event took effect: the event's own {@code effectiveOn}, {@code effectiveFrom}, {@code effectiveTo},
     * {@code declaredOn} or {@code publishedOn} where it has one that is set; else null (unknown) for a reading without
     * its publication date, or when its metadata marks the
     * date unknown ({@code effectiveDate: "unknown"}, see {@link EffectiveDates}); else the {@code effectiveDate} in
     * its metadata; else the day it was recorded (UTC).
     */
    public static LocalDate effectiveDateOf(Object payload, String metadataEffectiveDate, Instant recordedAt) {
        Optional<LocalDate> own =
                component(EFFECTIVE, payload, LedgerEvent::effectiveComponent).map(c -> (LocalDate) read(c, payload));
        if (own.isPresent()) {
            return own.get();
        }
        if (EffectiveDates.isUnknown(metadataEffectiveDate) || publicationUnknown(payload)) {
            return null;
        }
        if (metadataEffectiveDate != null && !metadataEffectiveDate.isBlank()) {
            return LocalDate.parse(metadataEffectiveDate);
        }
        return LocalDate.ofInstant(recordedAt, ZoneOffset.UTC);
    }

    /** A reading (a payload with a {@code publishedOn}) whose publication date is not given: its date is unknown. */
    private static boolean publicationUnknown(Object payload) {
        if (payload == null || !payload.getClass().isRecord()) {
            return false;
        }
        return PUBLISHED_ON
                .computeIfAbsent(payload.getClass(), type -> {
                    for (RecordComponent c : type.getRecordComponents()) {
                        if (c.getName().equals("publishedOn") && c.getType() == LocalDate.class) {
                            return Optional.of(c);
                        }
                    }
                    return Optional.empty();
                })
                .map(c -> read(c, payload) == null)
                .orElse(false);
    }

    /** The source the event cites, if it has one. */
    public Optional<Source> source() {
        return component(SOURCE, payload, type -> {
                    for (RecordComponent c : type.getRecordComponents()) {
                        if (c.getName().equals("source") && c.getType() == Source.class) {
                            return Optional.of(c);
                        }
                    }
                    return Optional.empty();
                })
                .map(c -> (Source) read(c, payload));
    }

    /** The payload type's simple name, e.g. {@code TargetRevised}. */
    public String type() {
        return payload.getClass().getSimpleName();
    }

    /** The day the event was recorded (UTC). */
    public LocalDate recordedOn() {
        return LocalDate.ofInstant(recordedAt, ZoneOffset.UTC);
    }

    private static Optional<RecordComponent> effectiveComponent(Class<?> type) {
        for (String name : EFFECTIVE_COMPONENTS) {
            for (RecordComponent c : type.getRecordComponents()) {
                if (c.getName().equals(name) && c.getType() == LocalDate.class) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<RecordComponent> component(
            Map<Class<?>, Optional<RecordComponent>> cache,
            Object payload,
            java.util.function.Function<Class<?>, Optional<RecordComponent>> finder) {
        if (payload == null || !payload.getClass().isRecord()) {
            return Optional.empty();
        }
        Optional<RecordComponent> component = cache.computeIfAbsent(payload.getClass(), finder);
        return component.filter(c -> read(c, payload) != null);
    }

    private static Object read(RecordComponent component, Object payload) {
        try {
            return component.getAccessor().invoke(payload);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + payload.getClass(), e);
        }
    }
}
