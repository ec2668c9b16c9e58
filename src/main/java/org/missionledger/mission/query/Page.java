package org.missionledger.mission.query;

import java.util.List;
import org.missionledger.common.api.FeatureApi;

/**
 * One page of a list.
 *
 * @param items the page's items
 * @param page its number, from 1
 * @param size the page size asked for
 * @param totalItems how many items the whole list has
 */
@FeatureApi("a result of the mission queries")
public record Page<T>(List<T> items, int page, int size, long totalItems) {}
