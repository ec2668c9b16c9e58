package org.missionledger.platform.web;

/**
 * Paging of a list answer. Lists paged by number carry {@code page}, {@code size} and {@code totalItems}; lists paged
 * by global position (the audit trail) carry {@code from}, {@code limit} and {@code nextFrom}.
 *
 * @param page the page number, from 1
 * @param size the page size
 * @param totalItems how many items the whole list has
 * @param from the first global position asked for
 * @param limit the most items asked for
 * @param nextFrom where the next page starts (absent when this page reaches the end)
 */
public record PageInfo(Integer page, Integer size, Long totalItems, Long from, Integer limit, Long nextFrom) {

    public static PageInfo numbered(int page, int size, long totalItems) {
        return new PageInfo(page, size, totalItems, null, null, null);
    }

    public static PageInfo byPosition(long from, int limit, Long nextFrom) {
        return new PageInfo(null, null, null, from, limit, nextFrom);
    }
}
