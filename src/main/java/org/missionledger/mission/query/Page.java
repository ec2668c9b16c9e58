package org.missionledger.mission.query;

import java.util.List;

/**
 * One page of a list.
 *
 * @param items the page's items
 * @param page its number, from 1
 * @param size the page size asked for
 * @param totalItems how many items the whole list has
 */
public record Page<T>(List<T> items, int page, int size, long totalItems) {}
