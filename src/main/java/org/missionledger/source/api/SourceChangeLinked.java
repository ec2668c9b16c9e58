package org.missionledger.source.api;

import org.axonframework.serialization.Revision;

/**
 * An observed change of a cited page was linked to the alteration that records it: no longer an unlogged change.
 *
 * @param sourceId the source
 * @param observation the observation
 * @param changeNumber the alteration's number
 * @param alterationEventId the event that recorded the alteration
 * @param missionId the alteration's mission, if any
 * @param note optional words on the link
 */
@Revision("1")
public record SourceChangeLinked(
        String sourceId, int observation, long changeNumber, String alterationEventId, String missionId, String note) {}
