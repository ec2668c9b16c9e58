package org.missionledger.ledger.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionledger.ledger.note.NoteSignerKey;
import org.missionledger.ledger.note.NoteVerifierKey;

class SigningKeyFileTest {

    static final String ORIGIN = "missionledger.example/log";

    @TempDir
    Path dir;

    @Test
    void createsTheKeyOwnerOnlyOnFirstStartAndKeepsIt() throws Exception {
        Path file = dir.resolve("keys/checkpoint.key");

        NoteSignerKey created = SigningKeyFile.loadOrCreate(file, ORIGIN);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
        assertThat(Files.readString(file))
                .startsWith("PRIVATE+KEY+" + ORIGIN + "+")
                .endsWith("\n");
        assertThat(created.name()).isEqualTo(ORIGIN);
        Path pub = SigningKeyFile.publicKeyFile(file);
        assertThat(NoteVerifierKey.parse(Files.readString(pub).strip())).isEqualTo(created.verifierKey());
        assertThat(Files.readString(pub)).doesNotContain("PRIVATE");

        NoteSignerKey reloaded = SigningKeyFile.loadOrCreate(file, ORIGIN);
        assertThat(reloaded).isEqualTo(created);
    }

    @Test
    void refusesAKeyFileThatGroupOrOthersCanRead() throws Exception {
        Path file = dir.resolve("checkpoint.key");
        SigningKeyFile.loadOrCreate(file, ORIGIN);
        String secret = Files.readString(file).strip();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> SigningKeyFile.loadOrCreate(file, ORIGIN))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("readable or writable by group or others (rw-r--r--)")
                .hasMessageContaining("chmod 600 " + file.toAbsolutePath())
                .hasMessageNotContaining(secret.substring(secret.lastIndexOf('+') + 1));

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw----rw-"));
        assertThatThrownBy(() -> SigningKeyFile.loadOrCreate(file, ORIGIN)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesTheKeyOfAnotherOriginAndAFileThatIsNoKey() throws Exception {
        Path file = dir.resolve("checkpoint.key");
        SigningKeyFile.loadOrCreate(file, ORIGIN);
        assertThatThrownBy(() -> SigningKeyFile.loadOrCreate(file, "another.example/log"))
                .hasMessageContaining("is named '" + ORIGIN + "' but the log origin")
                .hasMessageNotContaining("PRIVATE+KEY");

        Path junk = Files.writeString(dir.resolve("junk.key"), "PRIVATE+KEY+broken\n");
        Files.setPosixFilePermissions(junk, PosixFilePermissions.fromString("rw-------"));
        assertThatThrownBy(() -> SigningKeyFile.loadOrCreate(junk, ORIGIN))
                .hasMessageContaining("does not hold a signed-note signer key")
                .hasMessageNotContaining("PRIVATE+KEY+broken");
    }

    @Test
    void refusesAnOriginThatCannotNameAKey() {
        assertThatThrownBy(() -> SigningKeyFile.loadOrCreate(dir.resolve("k"), "has space"))
                .hasMessageContaining("cannot name a signing key");
        assertThat(Files.exists(dir.resolve("k"))).isFalse();
    }
}
