package org.missionledger.ledger.checkpoint;

import java.time.Clock;
import org.missionledger.ledger.log.LogSequencer;
import org.missionledger.ledger.log.TransparencyLogProperties;
import org.missionledger.ledger.log.TreeStore;
import org.missionledger.ledger.note.NoteSignerKey;
import org.missionledger.ledger.note.NoteVerifierKey;
import org.missionledger.platform.store.LedgerStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The checkpoint signing key (from its file), the checkpoint store, the signer and its schedule. */
@Configuration(proxyBeanMethods = false)
public class CheckpointConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CheckpointConfiguration.class);

    @Bean
    public CheckpointStore checkpointStore(LedgerStore store) {
        CheckpointStore checkpoints = new CheckpointStore(store.database());
        checkpoints.ensureCollection();
        return checkpoints;
    }

    @Bean
    public CheckpointSigner checkpointSigner(
            TreeStore tree, CheckpointStore checkpoints, TransparencyLogProperties properties, Clock clock) {
        NoteSignerKey key = SigningKeyFile.loadOrCreate(properties.signingKeyFile(), properties.origin());
        CheckpointSigner signer = new CheckpointSigner(tree, checkpoints, key, clock);
        tree.publishVerifierKey(signer.verifierKey().format());
        log.info(
                "Transparency log {}: checkpoints are signed by {} (private key in {}, public key in {})",
                signer.origin(),
                signer.verifierKey().format(),
                properties.signingKeyFile().toAbsolutePath(),
                SigningKeyFile.publicKeyFile(properties.signingKeyFile()));
        return signer;
    }

    @Bean
    public NoteVerifierKey checkpointVerifierKey(CheckpointSigner signer) {
        return signer.verifierKey();
    }

    @Bean
    public CheckpointScheduler checkpointScheduler(
            CheckpointSigner signer, LogSequencer sequencer, TransparencyLogProperties properties) {
        CheckpointScheduler scheduler =
                new CheckpointScheduler(signer, properties.checkpointInterval(), properties.checkpointEvery());
        sequencer.onAppended(scheduler::onAppended);
        return scheduler;
    }
}
