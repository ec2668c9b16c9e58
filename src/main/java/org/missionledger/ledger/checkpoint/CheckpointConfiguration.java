package org.missionledger.ledger.checkpoint;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.missionledger.ledger.log.LogSequencer;
import org.missionledger.ledger.log.TransparencyLogProperties;
import org.missionledger.ledger.log.TreeStore;
import org.missionledger.ledger.note.Checkpoint;
import org.missionledger.ledger.note.NoteSignerKey;
import org.missionledger.ledger.note.NoteVerifierKey;
import org.missionledger.ledger.note.SignedNote;
import org.missionledger.platform.axon.LedgerProperties;
import org.missionledger.platform.store.DataDirectory;
import org.missionledger.platform.store.LedgerIdentity;
import org.missionledger.platform.store.LedgerIdentityStore;
import org.missionledger.platform.store.LedgerStartupException;
import org.missionledger.platform.store.LedgerStore;
import org.missionledger.platform.store.StoreProperties;
import org.missionledger.platform.store.WriterLease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The ledger's identity (id, origin, key id, recorded in the store on first start), the checkpoint signing key (from
 * its file in the data directory, held to the recorded key id), the checkpoint store, the signer and its schedule. A
 * read-only process gets a signer that never signs.
 */
@Configuration(proxyBeanMethods = false)
public class CheckpointConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CheckpointConfiguration.class);

    /** Stands for the identity of a store that has none yet, seen by a read-only process (which records nothing). */
    static final String UNRECORDED = "unrecorded";

    @Bean
    public CheckpointStore checkpointStore(LedgerStore store) {
        CheckpointStore checkpoints = new CheckpointStore(store.database());
        checkpoints.ensureCollection();
        return checkpoints;
    }

    @Bean
    public LedgerIdentity ledgerIdentity(
            LedgerIdentityStore identities,
            CheckpointStore checkpoints,
            DataDirectory dataDirectory,
            StoreProperties storeProperties,
            LedgerProperties ledgerProperties,
            TransparencyLogProperties properties,
            LedgerStore store,
            WriterLease lease,
            Clock clock) {
        boolean writer = !ledgerProperties.readOnly() && lease.held();
        Optional<LedgerIdentity> recorded = identities.read();
        LedgerIdentity identity;
        if (recorded.isPresent()) {
            identity = recorded.get();
            if (properties.origin() != null && !properties.origin().equals(identity.origin())) {
                throw new LedgerStartupException("missionledger.ledger.origin is '" + properties.origin()
                        + "' but ledger " + identity.ledgerId() + " has the origin '" + identity.origin()
                        + "' for life; remove the setting, or give the data directory of another ledger.");
            }
        } else if (!writer) {
            String origin = properties.origin() != null ? properties.origin() : "missionledger.local/log";
            return new LedgerIdentity(
                    UNRECORDED, origin, null, List.of(), clock.instant().toString());
        } else {
            String id = LedgerIdentity.newLedgerId();
            String origin = properties.origin() != null
                    ? properties.origin()
                    : checkpoints
                            .latest()
                            .map(c -> Checkpoint.parse(
                                            SignedNote.parse(c.note()).text())
                                    .origin())
                            .orElseGet(() -> LedgerIdentity.originFor(properties.publicBaseUrl(), id));
            identity = identities.establish(new LedgerIdentity(
                    id, origin, null, List.of(), clock.instant().toString()));
            log.info("Recorded the identity of ledger {}: origin {}", identity.ledgerId(), identity.origin());
        }
        if (storeProperties.embedded().backend() != StoreProperties.Backend.MEMORY) {
            dataDirectory.checkLedgerId(identity.ledgerId(), store.description());
            if (writer) {
                dataDirectory.recordLedgerId(identity.ledgerId());
            }
        }
        return identity;
    }

    @Bean
    public CheckpointSigner checkpointSigner(
            TreeStore tree,
            CheckpointStore checkpoints,
            LedgerIdentity identity,
            LedgerIdentityStore identities,
            DataDirectory dataDirectory,
            LedgerProperties ledgerProperties,
            TransparencyLogProperties properties,
            WriterLease lease,
            Clock clock) {
        if (ledgerProperties.readOnly() || !lease.held()) {
            NoteVerifierKey published =
                    identity.verifierKey() == null ? null : NoteVerifierKey.parse(identity.verifierKey());
            return CheckpointSigner.readOnly(tree, checkpoints, published, identity.origin(), clock);
        }
        Path keyFile = keyFile(dataDirectory, properties);
        NoteSignerKey key = LedgerKeys.open(keyFile, identity, identities, checkpoints);
        CheckpointSigner signer = new CheckpointSigner(tree, checkpoints, key, clock);
        signer.signOnlyWhile(lease::held);
        tree.publishVerifierKey(signer.verifierKey().format());
        log.info(
                "Transparency log {} of ledger {}: checkpoints are signed by {} (private key in {}, public key in {})",
                signer.origin(),
                identity.ledgerId(),
                signer.verifierKey().format(),
                keyFile,
                SigningKeyFile.publicKeyFile(keyFile));
        return signer;
    }

    /** The key file: the configured path if absolute, else inside the data directory. */
    public static Path keyFile(DataDirectory dataDirectory, TransparencyLogProperties properties) {
        return dataDirectory.resolve(properties.signingKeyFile());
    }

    @Bean
    public KeyRotation keyRotation(
            CheckpointSigner signer,
            LedgerIdentityStore identities,
            DataDirectory dataDirectory,
            TransparencyLogProperties properties,
            TreeStore tree) {
        return new KeyRotation(signer, identities, keyFile(dataDirectory, properties), tree);
    }

    @Bean
    public CheckpointScheduler checkpointScheduler(
            CheckpointSigner signer, LogSequencer sequencer, TransparencyLogProperties properties) {
        CheckpointScheduler scheduler =
                new CheckpointScheduler(signer, properties.checkpointInterval(), properties.checkpointEvery());
        if (signer.signs()) {
            sequencer.onAppended(scheduler::onAppended);
        }
        return scheduler;
    }
}
