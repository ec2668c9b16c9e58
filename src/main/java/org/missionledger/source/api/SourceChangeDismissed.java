package org.missionledger.source.api;

import org.axonframework.serialization.Revision;

/**
 * An observed change of a cited page was marked not material, with the reason: no longer an alert.
 *
 * @param sourceId the source
 * @param observation the observation
 * @param reason why it is not material
 */
@Revision("1")
public record SourceChangeDismissed(String sourceId, int observation, String reason) {}
