package org.missionledger.ledger.checkpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.missionledger.ledger.note.NoteSignerKey;
import org.missionledger.ledger.note.NoteVerificationException;
import org.missionledger.ledger.note.NoteVerifierKey;
import org.missionledger.ledger.note.SignedNote;
import org.missionledger.platform.store.LedgerIdentity;
import org.missionledger.platform.store.LedgerIdentityStore;
import org.missionledger.platform.store.LedgerStartupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ledger's signing key, held to the key id recorded in the store: a process signs only with the key the ledger's
 * identity names. A missing key file is never replaced by a new key once the ledger has one; a key file holding
 * another key is refused. The first key is created (and recorded) only for a ledger that has none.
 */
public final class LedgerKeys {

    private static final Logger log = LoggerFactory.getLogger(LedgerKeys.class);

    /** Where a rotation puts the next key until the store has recorded it. */
    static Path pendingFile(Path keyFile) {
        return keyFile.resolveSibling(keyFile.getFileName() + ".next");
    }

    /** Where a rotation moves the key it retired. */
    static Path retiredFile(Path keyFile, NoteSignerKey retired) {
        return keyFile.resolveSibling(keyFile.getFileName() + "." + retired.keyIdHex() + ".retired");
    }

    private LedgerKeys() {}

    /**
     * Opens the key this process may sign with.
     *
     * @throws LedgerStartupException naming the problem and the fix, in one line
     */
    public static NoteSignerKey open(
            Path keyFile, LedgerIdentity identity, LedgerIdentityStore identities, CheckpointStore checkpoints) {
        String recorded = identity.verifierKey();
        if (recorded == null) {
            return firstKey(keyFile, identity, identities, checkpoints);
        }
        finishRotation(keyFile, recorded);
        if (!Files.exists(keyFile)) {
            throw new LedgerStartupException("The signing key of ledger " + identity.ledgerId() + " (key id "
                    + keyId(recorded) + ") is not at " + keyFile + "; restore that file from your backup, or point"
                    + " missionledger.ledger.signing-key-file at it. A ledger never gets a new key silently (see"
                    + " 'mission-ledger keys rotate').");
        }
        NoteSignerKey key = load(keyFile, identity.origin());
        if (!key.verifierKey().format().equals(recorded)) {
            throw new LedgerStartupException("The signing key in " + keyFile + " has key id " + key.keyIdHex()
                    + ", but ledger " + identity.ledgerId() + " signs with key id " + keyId(recorded)
                    + " (recorded in its store); refusing to sign. Restore the ledger's key file, or change keys"
                    + " with 'mission-ledger keys rotate'.");
        }
        return key;
    }

    private static NoteSignerKey firstKey(
            Path keyFile, LedgerIdentity identity, LedgerIdentityStore identities, CheckpointStore checkpoints) {
        Optional<StoredCheckpoint> latest = checkpoints.latest();
        NoteSignerKey key;
        if (latest.isPresent()) {
            // a ledger from before identities were recorded: adopt its key only if it signed the log's checkpoints
            if (!Files.exists(keyFile)) {
                throw new LedgerStartupException("The log of ledger " + identity.ledgerId() + " has checkpoints but"
                        + " no signing key at " + keyFile + "; restore the key that signed them, or point"
                        + " missionledger.ledger.signing-key-file at it.");
            }
            key = load(keyFile, identity.origin());
            try {
                SignedNote.parse(latest.get().note()).verify(key.verifierKey());
            } catch (NoteVerificationException | RuntimeException e) {
                throw new LedgerStartupException("The signing key in " + keyFile + " (key id " + key.keyIdHex()
                        + ") did not sign this log's checkpoints; restore the key that did, or point"
                        + " missionledger.ledger.signing-key-file at it.");
            }
        } else {
            key = loadOrCreate(keyFile, identity.origin());
        }
        if (!identities.recordFirstKey(key.verifierKey().format())) {
            LedgerIdentity now = identities.read().orElseThrow();
            return open(keyFile, now, identities, checkpoints);
        }
        log.info("Recorded key id {} as the signing key of ledger {}", key.keyIdHex(), identity.ledgerId());
        return key;
    }

    /** A rotation stopped after the store recorded the next key and before its file took the key file's place. */
    private static void finishRotation(Path keyFile, String recorded) {
        Path pending = pendingFile(keyFile);
        if (!Files.exists(pending)) {
            return;
        }
        try {
            NoteSignerKey next = NoteSignerKey.parse(Files.readString(pending).strip());
            if (!next.verifierKey().format().equals(recorded)) {
                return; // the store never recorded it: the rotation did not happen, the current key stands
            }
            if (Files.exists(keyFile)) {
                NoteSignerKey current =
                        NoteSignerKey.parse(Files.readString(keyFile).strip());
                Files.move(keyFile, retiredFile(keyFile, current), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(pending, keyFile, StandardCopyOption.ATOMIC_MOVE);
            log.info("Finished a key rotation that was interrupted: {} is the signing key", keyFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot finish the key rotation in " + keyFile.getParent(), e);
        } catch (IllegalArgumentException e) {
            throw new LedgerStartupException("The file " + pending + " does not hold a signing key; remove it.");
        }
    }

    private static NoteSignerKey load(Path keyFile, String origin) {
        try {
            return SigningKeyFile.load(keyFile, origin);
        } catch (IllegalStateException e) {
            throw new LedgerStartupException(e.getMessage(), e);
        }
    }

    private static NoteSignerKey loadOrCreate(Path keyFile, String origin) {
        try {
            return SigningKeyFile.loadOrCreate(keyFile, origin);
        } catch (IllegalStateException e) {
            throw new LedgerStartupException(e.getMessage(), e);
        }
    }

    static String keyId(String verifierKey) {
        try {
            return NoteVerifierKey.parse(verifierKey).keyIdHex();
        } catch (RuntimeException e) {
            return "?";
        }
    }
}
