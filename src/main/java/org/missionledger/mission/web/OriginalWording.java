package org.missionledger.mission.web;

import java.util.List;
import org.missionledger.common.api.FieldChange;
import org.missionledger.mission.api.TimelineEntryView;

/**
 * The wording a mission or target had before the body first changed it: the "before" of the first alteration that
 * changed each field (null when the body never changed it). Corrections of the record are not alterations and do not
 * count.
 *
 * @param title the mission's original title
 * @param statement the mission's original statement
 * @param wording the target's original wording (for a timeline of one target)
 */
public record OriginalWording(String title, String statement, String wording) {

    public static OriginalWording of(List<TimelineEntryView> timeline) {
        return new OriginalWording(first(timeline, "title"), first(timeline, "statement"), first(timeline, "wording"));
    }

    private static String first(List<TimelineEntryView> timeline, String field) {
        for (TimelineEntryView entry : timeline) {
            if (entry.kinds() == null
                    || entry.kinds().isEmpty()
                    || entry.changes() == null
                    || entry.correctedEventId() != null) {
                continue;
            }
            for (FieldChange change : entry.changes()) {
                if (field.equals(change.field())) {
                    return change.before();
                }
            }
        }
        return null;
    }
}
