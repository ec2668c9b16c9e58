package org.missionledger.platform.feature;

import java.util.List;
import java.util.Optional;
import org.missionledger.common.api.RefusalCode;
import org.missionledger.platform.security.RecordingRule;

/**
 * What a feature tells the platform about itself, so the platform names no feature: its aggregate types, who may
 * record each of its commands, and its refusal codes. One Spring bean per feature, in the feature's root package
 * (e.g. {@code org.missionledger.mission.MissionFeature}); {@link FeatureRegistry} collects them at start and checks
 * that no two features claim the same aggregate type, command or refusal code.
 */
public interface FeatureRegistration {

    /** The feature's name, e.g. {@code mission} (for messages). */
    String name();

    /** The aggregates whose events the feature stores. */
    default List<Aggregate> aggregates() {
        return List.of();
    }

    /** Who may record each command the feature handles; a command with no rule is for ADMINs only. */
    default List<Command<?>> commands() {
        return List.of();
    }

    /** Every refusal the feature's commands can answer with (its enum's values). */
    default List<? extends RefusalCode> refusals() {
        return List.of();
    }

    /**
     * An aggregate type.
     *
     * @param typeName the stored aggregate type (the constant in the feature's {@code api}, e.g. {@code
     *     MissionAggregateType.NAME})
     * @param aggregateClass the Axon aggregate
     * @param alreadyRecorded the refusal when a creating command names an identifier already in use, if the feature
     *     has one (otherwise the API answers the generic {@code already-exists})
     */
    record Aggregate(String typeName, Class<?> aggregateClass, Optional<RefusalCode> alreadyRecorded) {

        public static Aggregate of(String typeName, Class<?> aggregateClass, RefusalCode alreadyRecorded) {
            return new Aggregate(typeName, aggregateClass, Optional.of(alreadyRecorded));
        }

        public static Aggregate of(String typeName, Class<?> aggregateClass) {
            return new Aggregate(typeName, aggregateClass, Optional.empty());
        }
    }

    /** A command type and who may record it. */
    record Command<C>(Class<C> type, RecordingRule<? super C> rule) {

        public static <C> Command<C> of(Class<C> type, RecordingRule<? super C> rule) {
            return new Command<>(type, rule);
        }
    }
}
