package org.missionledger.mission.api;

import java.time.Instant;
import java.util.List;

/**
 * Every tenure of a mission and its targets, as the record stood at {@code asKnownAt} (absent = now).
 *
 * @param missionId the mission
 * @param asKnownAt the moment asked about
 * @param tenures every tenure recorded by then, in the order recorded
 */
public record RosterView(String missionId, Instant asKnownAt, List<TenureView> tenures) {}
