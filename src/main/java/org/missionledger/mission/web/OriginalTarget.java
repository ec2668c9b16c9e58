package org.missionledger.mission.web;

import java.util.List;
import java.util.Set;
import org.missionledger.common.api.FieldChange;
import org.missionledger.mission.api.AlterationView;
import org.missionledger.mission.api.ProgressView;
import org.missionledger.mission.api.TargetTerms;

/**
 * A target as it was first set, when it has since been revised in what its progress is measured against (the goal, its
 * comparator, the deadline, the baseline or the indicator): the terms rebuilt from the current ones and the "before"
 * of the earliest alteration of each such field, and the progress of the readings against them.
 *
 * @param terms the original terms
 * @param progress the progress against them, by the same rule, today
 * @param revisedFields the measuring fields that changed since, in words
 */
public record OriginalTarget(TargetTerms terms, ProgressView progress, List<String> revisedFields) {

    /** The fields whose change alters what progress is measured against. */
    static final Set<String> MEASURING =
            Set.of("goalValue", "comparator", "deadline", "baselineValue", "baselineDate", "indicatorId", "unit");

    /**
     * The original terms of a target, or null when none of its measuring fields was ever altered.
     *
     * @param current the target's terms now
     * @param alterations the alterations of the target's mission, oldest first
     * @param targetId the target
     */
    static TargetTerms originalTerms(TargetTerms current, List<AlterationView> alterations, String targetId) {
        TargetTerms original = current;
        boolean revised = false;
        // newest first, so that each field ends up with the "before" of its earliest alteration
        for (int i = alterations.size() - 1; i >= 0; i--) {
            AlterationView a = alterations.get(i);
            if (!targetId.equals(a.targetId())) {
                continue;
            }
            for (FieldChange change : a.changes()) {
                if (MEASURING.contains(change.field())) {
                    try {
                        original = original.withField(change.field(), change.before());
                        revised = true;
                    } catch (RuntimeException e) {
                        // a value the terms cannot take back (should not happen): keep the current one
                    }
                }
            }
        }
        return revised && !original.equals(current) ? original : null;
    }

    /** The fields in which the original terms differ from the current ones, in words. */
    static List<String> differences(TargetTerms original, TargetTerms current) {
        return MEASURING.stream()
                .sorted()
                .filter(f -> !java.util.Objects.equals(original.fieldValue(f), current.fieldValue(f)))
                .map(org.missionledger.platform.pages.Format::field)
                .toList();
    }
}
