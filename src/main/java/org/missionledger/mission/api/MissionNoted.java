package org.missionledger.mission.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.missionledger.common.api.Source;

/**
 * A sourced note was recorded on a mission (see {@link NoteMission}); never an alteration.
 *
 * @param missionId the mission
 * @param kind what the note records
 * @param note the note
 * @param source evidence
 * @param effectiveOn when it became true (null = when recorded, or unknown when the metadata says so)
 */
@Revision("1")
public record MissionNoted(String missionId, NoteKind kind, String note, Source source, LocalDate effectiveOn) {}
