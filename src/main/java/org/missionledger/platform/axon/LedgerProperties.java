package org.missionledger.platform.axon;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tuning of the event store and the processors.
 *
 * @param gapTimeout how long a gap in the global index is waited for before it is closed with a tombstone
 * @param trackingBatchSize events per tracking read
 * @param snapshotThreshold events after which an aggregate is snapshotted
 * @param aggregateCacheSize aggregates kept in memory between commands (most recently used first)
 * @param readOnly a process that only reads (the read-only commands): it takes no writer lease and runs no processor
 *     (no sequencer, no projections) and no signer
 * @param writerLease how long the writer lease lasts without renewal (renewed every third of it)
 */
@ConfigurationProperties("missionledger.ledger")
public record LedgerProperties(
        Duration gapTimeout,
        Integer trackingBatchSize,
        Integer snapshotThreshold,
        Integer aggregateCacheSize,
        Boolean readOnly,
        Duration writerLease) {

    public LedgerProperties {
        gapTimeout = gapTimeout == null ? Duration.ofSeconds(10) : gapTimeout;
        trackingBatchSize = trackingBatchSize == null ? 200 : trackingBatchSize;
        snapshotThreshold = snapshotThreshold == null ? 16 : snapshotThreshold;
        aggregateCacheSize = aggregateCacheSize == null ? 2048 : aggregateCacheSize;
        readOnly = readOnly != null && readOnly;
        writerLease = writerLease == null ? Duration.ofSeconds(30) : writerLease;
    }
}
