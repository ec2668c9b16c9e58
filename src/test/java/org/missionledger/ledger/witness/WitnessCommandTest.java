package org.missionledger.ledger.witness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionledger.ledger.note.NoteSignerKey;
import picocli.CommandLine;

/** The {@code witness} command's set-up: key file, public key, trusted logs, listening address. */
class WitnessCommandTest {

    @TempDir
    Path dir;

    final NoteSignerKey logKey = NoteSignerKey.generate("ledger.example/log");

    WitnessCommand parse(String... args) {
        WitnessCommand command = new WitnessCommand();
        new CommandLine(command).parseArgs(args);
        return command;
    }

    @Test
    void createsTheKeyFileOwnerOnlyAndWritesTheVerifierKeyNextToIt() throws Exception {
        Path key = dir.resolve("keys/witness.key");
        WitnessCommand command = parse(
                "--listen",
                "127.0.0.1:0",
                "--key",
                key.toString(),
                "--name",
                "news.example/w1",
                "--log",
                logKey.verifierKey().format());

        try (WitnessServer server = command.open()) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key)))
                    .isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key.getParent())))
                    .isEqualTo("rwx------");
            String pub = Files.readString(dir.resolve("keys/witness.key.pub")).strip();
            CosignerVerifierKey vkey = CosignerVerifierKey.parse(pub);
            assertThat(vkey.name()).isEqualTo("news.example/w1");
            assertThat(pub).isEqualTo(server.witness().verifierKey().format());
            assertThat(java.util.Base64.getDecoder().decode(pub.split("\\+", 3)[2])[0])
                    .isEqualTo((byte) 0x04);
            assertThat(server.witness().logs()).containsOnlyKeys("ledger.example/log");
            assertThat(server.port()).isPositive();
            assertThat(Files.readString(key)).doesNotContain(pub).startsWith("PRIVATE+KEY+news.example/w1+");
        }
        // restarted: the same key, name taken from the file
        try (WitnessServer again = parse(
                        "--listen",
                        "127.0.0.1:0",
                        "--key",
                        key.toString(),
                        "--log",
                        logKey.verifierKey().format())
                .open()) {
            assertThat(again.witness().verifierKey().format())
                    .isEqualTo(Files.readString(dir.resolve("keys/witness.key.pub"))
                            .strip());
        }
    }

    @Test
    void refusesAnExposedKeyFileAndAnotherName() throws Exception {
        Path key = dir.resolve("witness.key");
        parse(
                        "--listen",
                        "127.0.0.1:0",
                        "--key",
                        key.toString(),
                        "--name",
                        "news.example/w1",
                        "--log",
                        logKey.verifierKey().format())
                .open()
                .close();

        assertThatThrownBy(() -> parse(
                                "--listen",
                                "127.0.0.1:0",
                                "--key",
                                key.toString(),
                                "--name",
                                "other/w",
                                "--log",
                                logKey.verifierKey().format())
                        .open())
                .hasMessageContaining("is named 'news.example/w1'");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> parse(
                                "--listen",
                                "127.0.0.1:0",
                                "--key",
                                key.toString(),
                                "--log",
                                logKey.verifierKey().format())
                        .open())
                .hasMessageContaining("chmod 600");
    }

    @Test
    void aLogMayBeGivenAsOriginEqualsKey() throws Exception {
        String vkey = logKey.verifierKey().format();
        WitnessCommand command = parse(
                "--listen",
                "127.0.0.1:0",
                "--key",
                dir.resolve("w.key").toString(),
                "--name",
                "n.example/w",
                "--log",
                vkey,
                "--log",
                "mirror.example/log=" + vkey);

        try (WitnessServer server = command.open()) {
            assertThat(server.witness().logs()).containsOnlyKeys("ledger.example/log", "mirror.example/log");
        }
    }

    @Test
    void aNewKeyNeedsAName() {
        assertThatThrownBy(() -> parse(
                                "--key",
                                dir.resolve("w.key").toString(),
                                "--listen",
                                "127.0.0.1:0",
                                "--log",
                                logKey.verifierKey().format())
                        .open())
                .hasMessageContaining("give --name");
    }
}
