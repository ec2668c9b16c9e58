package org.missionledger.platform.axon;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tuning of the event store and the processors.
 *
 * @param gapTimeout how long a gap in the global index is waited for before it is closed with a tombstone
 * @param trackingBatchSize events per tracking read
 * @param snapshotThreshold events after which an aggregate is snapshotted
 * @param segments segments per projection processor (parallelism across instances)
 * @param aggregateCacheSize aggregates kept in memory between commands (most recently used first)
 */
@ConfigurationProperties("missionledger.ledger")
public record LedgerProperties(
        Duration gapTimeout,
        Integer trackingBatchSize,
        Integer snapshotThreshold,
        Integer segments,
        Integer aggregateCacheSize) {

    public LedgerProperties {
        gapTimeout = gapTimeout == null ? Duration.ofSeconds(10) : gapTimeout;
        trackingBatchSize = trackingBatchSize == null ? 200 : trackingBatchSize;
        snapshotThreshold = snapshotThreshold == null ? 16 : snapshotThreshold;
        segments = segments == null ? 2 : segments;
        aggregateCacheSize = aggregateCacheSize == null ? 2048 : aggregateCacheSize;
    }
}
