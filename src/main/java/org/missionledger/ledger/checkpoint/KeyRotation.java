package org.missionledger.ledger.checkpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.missionledger.common.api.FeatureApi;
import org.missionledger.ledger.log.TreeStore;
import org.missionledger.ledger.note.NoteSignerKey;
import org.missionledger.platform.store.LedgerIdentity;
import org.missionledger.platform.store.LedgerIdentityStore;

/**
 * Changes the ledger's signing key, explicitly ({@code mission-ledger keys rotate} or {@code POST
 * /api/admin/ledger/keys/rotate}). The next key is written beside the current one ({@code checkpoint.key.next},
 * permissions 600); the signer signs a handover checkpoint with both keys; the store records the rotation (only if it
 * still names the current key); then the next key takes the key file's place and the retired one is kept as {@code
 * checkpoint.key.<keyid>.retired}. A crash between the store and the files is finished on the next start.
 */
@FeatureApi("rotating the signing key, for the command line")
public class KeyRotation {

    private final CheckpointSigner signer;
    private final LedgerIdentityStore identities;
    private final Path keyFile;
    private final TreeStore tree;

    public KeyRotation(CheckpointSigner signer, LedgerIdentityStore identities, Path keyFile, TreeStore tree) {
        this.signer = signer;
        this.identities = identities;
        this.keyFile = keyFile;
        this.tree = tree;
    }

    public synchronized LedgerIdentity.KeyRotation rotate() {
        if (!signer.signs()) {
            throw new IllegalStateException("This process is not the ledger's writer; it cannot rotate the key");
        }
        Path pending = LedgerKeys.pendingFile(keyFile);
        NoteSignerKey current = SigningKeyFile.load(keyFile, signer.origin());
        NoteSignerKey next = SigningKeyFile.loadOrCreate(pending, signer.origin());
        LedgerIdentity.KeyRotation rotation = signer.rotate(next, identities::rotate);
        try {
            Files.move(keyFile, LedgerKeys.retiredFile(keyFile, current), StandardCopyOption.REPLACE_EXISTING);
            Files.move(pending, keyFile, StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(SigningKeyFile.publicKeyFile(pending));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "The rotation is recorded, but moving the key files failed (the next start" + " finishes it)", e);
        }
        SigningKeyFile.load(keyFile, signer.origin()); // rewrites checkpoint.key.pub
        tree.publishVerifierKey(next.verifierKey().format());
        return rotation;
    }

    public Path keyFile() {
        return keyFile;
    }
}
