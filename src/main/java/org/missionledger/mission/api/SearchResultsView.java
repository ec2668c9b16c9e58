package org.missionledger.mission.api;

import java.util.List;
import java.util.Map;

/**
 * The answer to a search.
 *
 * @param query the words searched for, as given
 * @param terms the words matched (lower case, accents removed); every one must occur in a hit
 * @param counts how many hits of each kind there are in all
 * @param hits the hits: missions, targets, people, changes, each kind in its own order, at most {@code limit} of each
 */
public record SearchResultsView(
        String query, List<String> terms, Map<SearchHitView.Kind, Integer> counts, List<SearchHitView> hits) {

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
