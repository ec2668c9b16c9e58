package org.missionledger.ledger.log;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the transparency log.
 *
 * @param origin the log's origin for a new ledger (the first line of every checkpoint and the name of its signing key);
 *     blank (the default) derives it from {@code publicBaseUrl}, or makes one unique to the ledger. Once recorded in
 *     the store on first start, the recorded origin is the log's for life.
 * @param publicBaseUrl the public URL the ledger is served at (e.g. {@code https://ledger.example.org}); a new ledger's
 *     origin is {@code <host>[/path]/log}
 * @param signingKeyFile where the checkpoint signing key lives (created with permissions 600 on first start): relative
 *     paths are resolved against the data directory, never the working directory
 * @param checkpointInterval a checkpoint is signed this often if the tree grew
 * @param checkpointEvery a checkpoint is also signed as soon as the tree grew by this many leaves
 * @param sequencerBatchSize events per sequencer batch (the processor's batch and the events read per round trip)
 * @param maxLeavesPage the largest page {@code GET /api/ledger/leaves} returns
 */
@ConfigurationProperties("missionledger.ledger")
public record TransparencyLogProperties(
        String origin,
        String publicBaseUrl,
        Path signingKeyFile,
        Duration checkpointInterval,
        Integer checkpointEvery,
        Integer sequencerBatchSize,
        Integer maxLeavesPage) {

    public TransparencyLogProperties {
        origin = origin == null || origin.isBlank() ? null : origin.strip();
        publicBaseUrl = publicBaseUrl == null || publicBaseUrl.isBlank() ? null : publicBaseUrl.strip();
        signingKeyFile = signingKeyFile == null ? Path.of("keys", "checkpoint.key") : signingKeyFile;
        checkpointInterval = checkpointInterval == null ? Duration.ofSeconds(60) : checkpointInterval;
        checkpointEvery = checkpointEvery == null ? 1000 : checkpointEvery;
        sequencerBatchSize = sequencerBatchSize == null ? 500 : sequencerBatchSize;
        maxLeavesPage = maxLeavesPage == null ? 1000 : maxLeavesPage;
        if (checkpointInterval.isNegative() || checkpointInterval.isZero()) {
            throw new IllegalArgumentException("missionledger.ledger.checkpoint-interval must be positive");
        }
        if (checkpointEvery < 1 || sequencerBatchSize < 1 || maxLeavesPage < 1) {
            throw new IllegalArgumentException(
                    "missionledger.ledger.checkpoint-every, sequencer-batch-size and max-leaves-page must be positive");
        }
    }
}
