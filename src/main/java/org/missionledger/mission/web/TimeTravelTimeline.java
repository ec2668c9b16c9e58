package org.missionledger.mission.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.missionledger.mission.api.TimelineEntryView;

/**
 * A mission's timeline as it stood, by the rule time travel folds events with ({@code MissionTimeTravel}): an event
 * counts when it was recorded by {@code asKnownAt} and took effect by {@code asOf}; a correction counts when it was
 * recorded by {@code asKnownAt} and the event it corrects counts.
 */
final class TimeTravelTimeline {

    private TimeTravelTimeline() {}

    static List<TimelineEntryView> asItStood(List<TimelineEntryView> timeline, LocalDate asOf, Instant asKnownAt) {
        List<TimelineEntryView> kept = new ArrayList<>();
        Set<String> included = new HashSet<>();
        for (TimelineEntryView entry : timeline) {
            if (asKnownAt != null
                    && entry.recordedAt() != null
                    && entry.recordedAt().isAfter(asKnownAt)) {
                continue;
            }
            boolean counts = entry.correctedEventId() != null
                    ? included.contains(entry.correctedEventId())
                    : entry.effectiveDate() == null || !entry.effectiveDate().isAfter(asOf);
            if (counts) {
                kept.add(entry);
                included.add(entry.eventId());
            }
        }
        return kept;
    }
}
