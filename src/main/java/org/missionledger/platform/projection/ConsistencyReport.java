package org.missionledger.platform.projection;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of a consistency check: each projection rebuilt from the events into scratch collections and compared,
 * document by document, with the live one.
 *
 * @param consistent true when no projection differs
 * @param checkedUpTo the global index the scratch views were rebuilt to (the head when the check began)
 * @param startedAt when the check began
 * @param finishedAt when it ended
 * @param projections one entry per projection checked
 */
public record ConsistencyReport(
        boolean consistent,
        long checkedUpTo,
        Instant startedAt,
        Instant finishedAt,
        List<ProjectionResult> projections) {

    /**
     * One projection.
     *
     * @param name the projection
     * @param consistent true when every collection matches
     * @param livePosition the live projection's position when compared
     * @param collections one entry per collection
     */
    public record ProjectionResult(
            String name, boolean consistent, long livePosition, List<CollectionResult> collections) {}

    /**
     * One collection. Identifier lists show at most {@value ConsistencyChecker#MAX_LISTED} identifiers each; the counts
     * are complete.
     *
     * @param collection the live collection's name
     * @param liveDocuments documents in the live collection
     * @param rebuiltDocuments documents in the scratch rebuild
     * @param missing how many documents the rebuild has and the live view lacks
     * @param unexpected how many documents the live view has and the rebuild lacks
     * @param different how many documents differ
     * @param skipped live documents changed by events after {@code checkedUpTo} (not comparable, not counted as errors)
     * @param missingIds identifiers of missing documents
     * @param unexpectedIds identifiers of unexpected documents
     * @param differentIds identifiers of differing documents
     */
    public record CollectionResult(
            String collection,
            long liveDocuments,
            long rebuiltDocuments,
            long missing,
            long unexpected,
            long different,
            long skipped,
            List<String> missingIds,
            List<String> unexpectedIds,
            List<String> differentIds) {

        public boolean consistent() {
            return missing == 0 && unexpected == 0 && different == 0;
        }
    }
}
