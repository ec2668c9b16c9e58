package org.missionledger.platform.feature;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.missionledger.common.api.CommonRefusal;
import org.missionledger.common.api.RefusalCode;
import org.missionledger.platform.security.RecordingRule;

/**
 * The features as they registered themselves ({@link FeatureRegistration}): what the platform knows of them, and all
 * it knows. Built once at start; refuses to start when two features claim the same aggregate type, command or
 * refusal code (a client could no longer tell two refusals apart).
 */
public final class FeatureRegistry {

    private final Map<String, FeatureRegistration.Aggregate> aggregates = new LinkedHashMap<>();
    private final Map<Class<?>, RecordingRule<?>> rules = new LinkedHashMap<>();
    private final Map<String, RefusalCode> refusals = new LinkedHashMap<>();

    public FeatureRegistry(Collection<? extends FeatureRegistration> features) {
        for (CommonRefusal code : CommonRefusal.values()) {
            refusals.put(code.slug(), code);
        }
        for (FeatureRegistration feature : features) {
            for (FeatureRegistration.Aggregate aggregate : feature.aggregates()) {
                claim(aggregates, aggregate.typeName(), aggregate, feature, "aggregate type");
            }
            for (FeatureRegistration.Command<?> command : feature.commands()) {
                claim(rules, command.type(), command.rule(), feature, "command");
            }
            for (RefusalCode code : feature.refusals()) {
                claim(refusals, code.slug(), code, feature, "refusal code");
            }
        }
    }

    private static <K, V> void claim(Map<K, V> map, K key, V value, FeatureRegistration feature, String what) {
        if (map.putIfAbsent(key, value) != null) {
            throw new IllegalStateException(
                    "The " + feature.name() + " feature registers the " + what + " " + key + " a second time.");
        }
    }

    /** The aggregate registered under a stored aggregate type. */
    public Optional<FeatureRegistration.Aggregate> aggregate(String typeName) {
        return Optional.ofNullable(aggregates.get(typeName));
    }

    public List<FeatureRegistration.Aggregate> aggregates() {
        return List.copyOf(aggregates.values());
    }

    /** Who may record a command of this type; ADMIN only when no feature declared it. */
    @SuppressWarnings("unchecked")
    public <C> RecordingRule<C> recordingRule(Class<C> commandType) {
        RecordingRule<?> rule = rules.get(commandType);
        return rule == null ? RecordingRule.adminOnly() : (RecordingRule<C>) rule;
    }

    /** The command types a feature declared a recording rule for. */
    public Collection<Class<?>> commandTypes() {
        return Collections.unmodifiableCollection(new ArrayList<>(rules.keySet()));
    }

    /** Every refusal code of every feature and the shared ones, by their slug. */
    public Map<String, RefusalCode> refusals() {
        return Collections.unmodifiableMap(refusals);
    }
}
