package org.missionledger.mission.api;

import java.time.LocalDate;
import java.util.List;

/**
 * One thing that matched a search.
 *
 * @param kind what it is
 * @param title its title: the mission's title, the target's wording, the person's name, the change's headline
 * @param context where the words were found, shortened around them (e.g. "Reason given: …")
 * @param page its page, e.g. {@code /missions/ID}
 * @param api the same in the API, e.g. {@code /api/missions/ID}
 * @param missionId the mission it belongs to (null for a person)
 * @param date its date: declared, set, the latest tenure's start, the change's effective date (null when unknown)
 * @param kinds for a change, its kinds
 */
public record SearchHitView(
        Kind kind,
        String title,
        String context,
        String page,
        String api,
        String missionId,
        LocalDate date,
        List<String> kinds) {

    /** What a search can find. */
    public enum Kind {
        MISSION,
        TARGET,
        PERSON,
        CHANGE
    }
}
