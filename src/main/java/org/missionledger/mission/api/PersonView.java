package org.missionledger.mission.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A person in the accountability record: every post they held and, in each, what they were accountable for and when.
 *
 * @param personId the person's identifier ({@link PersonIds})
 * @param name their name as last recorded
 * @param posts every post, the most recent first
 */
public record PersonView(String personId, String name, List<Post> posts) {

    /**
     * One post and the tenures held in it.
     *
     * @param post the post as recorded (null when none was)
     * @param from the first day of the earliest tenure in it
     * @param to the end (exclusive) of the latest, null while one is open
     * @param tenures what they were accountable for in it, the most recent first
     */
    public record Post(String post, LocalDate from, LocalDate to, List<Tenure> tenures) {}

    /**
     * One tenure: a role for a mission or one of its targets, over a period.
     *
     * @param missionId the mission
     * @param missionTitle its title
     * @param bodyName whose mission it is
     * @param targetId the target, or null for the mission itself
     * @param targetWording the target's wording (null for the mission)
     * @param tenureId the tenure
     * @param role the role
     * @param effectiveFrom first day
     * @param effectiveTo end, exclusive (null while open)
     */
    public record Tenure(
            String missionId,
            String missionTitle,
            String bodyName,
            String targetId,
            String targetWording,
            String tenureId,
            AccountableRole role,
            LocalDate effectiveFrom,
            LocalDate effectiveTo) {}

    /**
     * A person in brief, for lists.
     *
     * @param personId identifier
     * @param name name
     * @param posts the posts they held, most recent first
     * @param tenures how many tenures in all
     */
    public record Summary(String personId, String name, List<String> posts, int tenures) {}
}
