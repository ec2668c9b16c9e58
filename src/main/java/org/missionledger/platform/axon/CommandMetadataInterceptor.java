package org.missionledger.platform.axon;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

/**
 * Stamps every dispatched command with who recorded it ({@code actor}), when ({@code recordedAt}) and, where the
 * command states one that differs from the recording day, when the change took effect ({@code effectiveDate}). Events
 * inherit these through the correlation data providers. A command without a date of its own may come marked "date
 * unknown" ({@link EffectiveDates#unknown}); the mark is kept as {@code effectiveDate: "unknown"}. Any value a caller put in these keys is overwritten. The
 * actor's grants travel with the command (not into events) for the authorization at the handlers' entry point.
 */
public final class CommandMetadataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    public static final String ACTOR = "actor";
    public static final String RECORDED_AT = "recordedAt";
    public static final String EFFECTIVE_DATE = "effectiveDate";
    /** What the actor may record; stays on the command (it is not copied into events). */
    public static final String GRANTS = "grants";

    private static final List<String> EFFECTIVE_COMPONENTS = List.of("effectiveOn", "effectiveFrom", "effectiveTo");

    private final CurrentActor currentActor;
    private final Clock clock;
    private final Map<Class<?>, Optional<RecordComponent>> effectiveComponents = new ConcurrentHashMap<>();

    public CommandMetadataInterceptor(CurrentActor currentActor, Clock clock) {
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Instant now = clock.instant();
            Map<String, Object> stamp = new HashMap<>();
            stamp.put(ACTOR, currentActor.name());
            stamp.put(GRANTS, currentActor.grants().encode());
            stamp.put(RECORDED_AT, now.toString());
            Optional<LocalDate> own = effectiveDate(command.getPayload());
            own.filter(date -> !date.equals(LocalDate.ofInstant(now, ZoneOffset.UTC)))
                    .ifPresent(date -> stamp.put(EFFECTIVE_DATE, date.toString()));
            // A caller may mark a command without a date of its own as "date unknown" (EffectiveDates); any other
            // value a caller put under effectiveDate is dropped.
            boolean markedUnknown = own.isEmpty()
                    && EffectiveDates.isUnknown(command.getMetaData().get(EFFECTIVE_DATE));
            if (markedUnknown) {
                stamp.put(EFFECTIVE_DATE, EffectiveDates.UNKNOWN);
            }
            return command.withMetaData(
                    command.getMetaData().withoutKeys(Set.of(EFFECTIVE_DATE)).mergedWith(stamp));
        };
    }

    private Optional<LocalDate> effectiveDate(Object payload) {
        Optional<RecordComponent> component = effectiveComponents.computeIfAbsent(payload.getClass(), type -> {
            if (!type.isRecord()) {
                return Optional.empty();
            }
            for (RecordComponent candidate : type.getRecordComponents()) {
                if (EFFECTIVE_COMPONENTS.contains(candidate.getName()) && candidate.getType() == LocalDate.class) {
                    return Optional.of(candidate);
                }
            }
            return Optional.empty();
        });
        return component.map(c -> {
            try {
                return (LocalDate) c.getAccessor().invoke(payload);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read " + c.getName() + " of " + payload.getClass(), e);
            }
        });
    }
}
