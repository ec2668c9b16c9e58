package org.missionledger.mission.query;

import java.util.List;
import org.missionledger.common.api.FieldChange;
import org.missionledger.mission.api.TargetTerms;

/** Applies the corrected fields of a target's record to its terms, as the mission aggregate does. */
final class TargetCorrections {

    private TargetCorrections() {}

    /** The terms with every non-source change applied ({@code source.*} changes concern the event, not the terms). */
    static TargetTerms apply(TargetTerms terms, List<FieldChange> changes) {
        TargetTerms result = terms;
        for (FieldChange change : changes) {
            if (!change.field().startsWith("source.")) {
                result = result.withField(change.field(), change.after());
            }
        }
        return result;
    }

    /** The terms with the correction's changes that also change the current record (not the history-only ones). */
    static TargetTerms applyCurrent(
            TargetTerms terms, org.missionledger.mission.api.MissionRecordCorrected correction) {
        return apply(
                terms,
                correction.changes().stream()
                        .filter(change -> correction.changesCurrentRecord(change.field()))
                        .toList());
    }

    /** The target id of a correction subject ({@code target:ID}), or null for other subjects. */
    static String targetOf(String subject) {
        return subject != null && subject.startsWith("target:") ? subject.substring("target:".length()) : null;
    }
}
