package org.missionledger.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionledger.support.AppProcess;
import org.missionledger.support.Http;
import org.missionledger.support.LedgerVerification;
import org.missionledger.support.Requests;

/**
 * The embedded store's backup procedure of docs/operations.md: stop the server, copy the data directory; after losing
 * the original, restore the copy. The restored store verifies against the checkpoint saved before the backup, and a
 * server started on it carries on the same log: its next checkpoint is consistent with the saved one.
 */
class BackupRestoreIT {

    @TempDir
    Path dir;

    @Test
    void aCopyOfTheDataDirectoryRestoresALedgerWhoseLogVerifies() throws Exception {
        Path data = dir.resolve("data");
        Path backup = dir.resolve("backup").resolve("data");
        Path beforeBackup = dir.resolve("checkpoint-before-backup.txt");
        String key;
        try (AppProcess app = AppProcess.start(data, AppProcess.logFile(dir, "app-original"))) {
            Http http = app.http();
            record(http, "backed-up", 5);
            Files.writeString(beforeBackup, LedgerVerification.awaitCaughtUpAndSign(http));
            key = http.get("/api/ledger/key").body().strip();
        }

        copy(data, backup);
        delete(data); // the original is lost
        Path restored = dir.resolve("restored");
        copy(backup, restored);

        LedgerVerification.Run live = LedgerVerification.verify(
                "--live",
                "--data-dir",
                restored.toString(),
                "--key",
                key,
                "--checkpoint",
                beforeBackup.toString(),
                "--no-progress");
        assertThat(live.exit()).as(live.toString()).isZero();

        Path afterRestore = dir.resolve("checkpoint-after-restore.txt");
        Path export = dir.resolve("events.jsonl");
        try (AppProcess app = AppProcess.start(restored, AppProcess.logFile(dir, "app-restored"))) {
            Http http = app.http();
            assertThat(http.get("/api/ledger/key").body().strip())
                    .as("the same signing key")
                    .isEqualTo(key);
            assertThat(http.get("/api/missions/backed-up").status()).isEqualTo(200);
            record(http, "after-restore", 2);
            Files.writeString(afterRestore, LedgerVerification.awaitCaughtUpAndSign(http));
            Files.writeString(export, http.get("/api/export/events.jsonl").body());
        }

        // one history: the export reproduces both checkpoints, the one saved before the backup and the one after
        LedgerVerification.Run offline = LedgerVerification.verify(
                "--events",
                export.toString(),
                "--checkpoint",
                beforeBackup.toString(),
                "--checkpoint",
                afterRestore.toString(),
                "--key",
                key,
                "--no-progress");
        assertThat(offline.exit()).as(offline.toString()).isZero();
        assertThat(offline.out()).doesNotContain("FAIL", "FORK", "INCONSISTENT");
    }

    private static void record(Http http, String missionId, int targets) {
        assertThat(http.post("/api/missions", Requests.declareMission(missionId))
                        .status())
                .isEqualTo(201);
        for (int i = 0; i < targets; i++) {
            assertThat(http.post(
                                    "/api/missions/" + missionId + "/targets",
                                    Requests.setTarget("t" + i, "Target " + i, "5" + i, "2030-12-31"))
                            .status())
                    .isEqualTo(201);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(source -> {
                try {
                    Path target = to.resolve(from.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
