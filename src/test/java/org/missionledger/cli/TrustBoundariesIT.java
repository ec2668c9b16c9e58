package org.missionledger.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionledger.ledger.note.NoteVerifierKey;
import org.missionledger.ledger.note.SignedNote;
import org.missionledger.platform.store.DataDirectory;
import org.missionledger.support.AppProcess;
import org.missionledger.support.Http;
import org.missionledger.support.Requests;
import org.missionledger.support.TestStore;
import org.missionledger.support.TestUsers;

/**
 * One ledger, one key, one writer, with real processes: a server in one directory, every command run from another
 * with the defaults (only the data directory given), two servers side by side, and a second server on the same data.
 */
class TrustBoundariesIT {

    static final Path ILLUSTRATIVE =
            Path.of("docs", "examples", "illustrative-ledger.yaml").toAbsolutePath();

    @TempDir
    Path dir;

    record Run(int exit, String output, long millis) {}

    /** The jar's command line as a process of its own, in {@code workDir}. */
    Run cli(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(AppProcess.javaCommand());
        command.addAll(List.of(args));
        Path output = Files.createTempFile(dir, "cli-", ".out");
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("mission-ledger " + String.join(" ", args) + " did not finish");
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8), millis);
    }

    /** Waits until the server's log has every stored event (its sequencer caught up), then has it sign. */
    static long signWhenCaughtUp(AppProcess server) throws InterruptedException {
        Http admin = server.http().as(TestUsers.ADMIN);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        long head = -1;
        long size = -2;
        while (System.nanoTime() < deadline) {
            head = admin.get("/api/admin/projections").json().get("head").asLong();
            size = server.http().get("/api/ledger").json().get("treeSize").asLong();
            if (head > 0 && size >= head) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(size).as("the log caught up with the events").isGreaterThanOrEqualTo(head);
        assertThat(admin.post("/api/admin/ledger/checkpoint", "").status()).isIn(200, 201);
        return size;
    }

    static List<Path> keyFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".key"))
                    .toList();
        }
    }

    @Test
    void everyCommandFromAnotherDirectoryKeepsTheLedgerItsKeyAndItsCheckpoints() throws Exception {
        assumeFalse(TestStore.usesRealMongo());
        Path home = Files.createDirectories(dir.resolve("home"));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path data = home.resolve("data");
        try (AppProcess server = AppProcess.startIn(home, AppProcess.logFile(dir, "server"))) {
            Http admin = server.http().as(TestUsers.ADMIN);
            String d = data.toString();

            // record through the command line: it works through the server, which holds the ledger
            Run imported = cli(elsewhere, "import", ILLUSTRATIVE.toString(), "--data-dir", d, "--actor", "cli:it");
            assertThat(imported.exit()).as(imported.output()).isZero();
            assertThat(imported.output())
                    .contains("is held by the server at http://127.0.0.1:" + server.port())
                    .contains("Imported " + ILLUSTRATIVE + ": recorded")
                    .contains("as cli:it");
            long headBefore = signWhenCaughtUp(server);
            String savedKey = server.http().get("/api/ledger/key").body();
            NoteVerifierKey key = NoteVerifierKey.parse(savedKey.strip());
            Files.writeString(elsewhere.resolve("key.txt"), savedKey);
            Files.writeString(
                    elsewhere.resolve("checkpoint.txt"),
                    server.http().get("/api/ledger/checkpoint").body());

            // every other command, from elsewhere, with only the data directory given
            List<Run> runs = new ArrayList<>();
            runs.add(cli(elsewhere, "export", "events", "--data-dir", d, "-o", "events.jsonl"));
            runs.add(cli(elsewhere, "export", "missions", "--data-dir", d, "-o", "missions.json"));
            runs.add(cli(elsewhere, "export", "changes", "--data-dir", d, "-o", "changes.jsonl"));
            Run check = cli(elsewhere, "check", "--data-dir", d);
            runs.add(check);
            runs.add(cli(elsewhere, "rebuild", "mission-board", "--data-dir", d, "--quiet"));
            runs.add(cli(elsewhere, "import", ILLUSTRATIVE.toString(), "--data-dir", d));
            runs.add(cli(
                    elsewhere,
                    "verify",
                    "--events",
                    "events.jsonl",
                    "--checkpoint",
                    "checkpoint.txt",
                    "--key",
                    "key.txt"));
            for (Run run : runs) {
                assertThat(run.exit()).as(run.output()).isZero();
            }
            assertThat(check.output()).contains("working through it").contains("mission-board: consistent");
            assertThat(runs.get(5).output()).contains("Nothing new in");
            assertThat(Files.readAllLines(elsewhere.resolve("events.jsonl"))).hasSize((int) headBefore);

            // with no options at all there is no ledger in elsewhere/data: refused, nothing created
            Run bare = cli(elsewhere, "export", "events");
            assertThat(bare.exit()).isEqualTo(ExitCodes.STORE_UNAVAILABLE);
            assertThat(bare.output()).contains("There is no ledger in " + elsewhere.resolve("data"));

            // the published key is the key saved before; every checkpoint verifies with it
            assertThat(admin.post("/api/admin/ledger/checkpoint", "").status()).isIn(200, 201);
            assertThat(server.http().get("/api/ledger/key").body()).isEqualTo(savedKey);
            JsonNode page =
                    server.http().get("/api/ledger/checkpoints?size=100").json();
            assertThat(page.get("total").asLong()).isPositive();
            for (JsonNode checkpoint : page.get("checkpoints")) {
                assertThat(SignedNote.parse(checkpoint.get("note").asText()).verify(key))
                        .containsExactly(key);
            }
            // one key file, the ledger's; nothing written outside the ledger asked for
            assertThat(keyFiles(dir)).containsExactly(data.resolve("keys").resolve("checkpoint.key"));
            assertThat(elsewhere.resolve("data")).doesNotExist();
            assertThat(DataDirectory.of(data).ledgerId()).isPresent();

            long adminStarted = System.nanoTime();
            assertThat(admin.post("/api/admin/projections/consistency-check", "")
                            .status())
                    .isEqualTo(200);
            long adminMillis = (System.nanoTime() - adminStarted) / 1_000_000;
            System.out.printf(
                    "check with the server running: %d ms for the command (JVM start included), %d ms for the"
                            + " admin endpoint%n",
                    check.millis(), adminMillis);
        }
    }

    @Test
    void twoServersStartSideBySideAndASecondServeOnTheSameDataNeverSigns() throws Exception {
        assumeFalse(TestStore.usesRealMongo());
        Path first = Files.createDirectories(dir.resolve("first"));
        Path second = Files.createDirectories(dir.resolve("second"));
        try (AppProcess a = AppProcess.startIn(first, AppProcess.logFile(dir, "first"));
                AppProcess b = AppProcess.startIn(second, AppProcess.logFile(dir, "second"))) {
            JsonNode ledgerA = a.http().get("/api/ledger/identity").json();
            JsonNode ledgerB = b.http().get("/api/ledger/identity").json();
            assertThat(ledgerA.get("ledgerId").asText())
                    .isNotEqualTo(ledgerB.get("ledgerId").asText());
            assertThat(ledgerA.get("origin").asText())
                    .isNotEqualTo(ledgerB.get("origin").asText());
            assertThat(a.storeUri()).isNotEqualTo(b.storeUri()).startsWith("mongodb://127.0.0.1:");
            Path instance = first.resolve("data").resolve(DataDirectory.INSTANCE_FILE);
            assertThat(Files.getPosixFilePermissions(instance))
                    .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));

            Http admin = a.http().as(TestUsers.ADMIN);
            assertThat(admin.command("/api/missions", Requests.declareMission("side-by-side"))
                            .status())
                    .isLessThan(300);
            signWhenCaughtUp(a);
            long checkpointsBefore =
                    a.http().get("/api/ledger/checkpoints").json().get("total").asLong();

            // a second serve on the first's data: one line naming the problem and the fix, exit 4, no signature
            Run again = cli(
                    Files.createDirectories(dir.resolve("third")),
                    "--data-dir",
                    first.resolve("data").toString(),
                    "--server.port=0");
            assertThat(again.exit()).isEqualTo(ExitCodes.STORE_UNAVAILABLE);
            List<String> errors =
                    again.output().lines().filter(l -> l.startsWith("error:")).toList();
            assertThat(errors)
                    .containsExactly("error: The data directory " + first.resolve("data")
                            + " is in use by another Mission Ledger process (pid "
                            + DataDirectory.of(first.resolve("data"))
                                    .instance()
                                    .orElseThrow()
                                    .pid() + ", "
                            + "http://127.0.0.1:" + a.port() + "); stop it, or give this one another data directory"
                            + " (--data-dir).");
            assertThat(again.output()).doesNotContain("\tat ").doesNotContain("APPLICATION FAILED TO START");
            assertThat(a.http()
                            .get("/api/ledger/checkpoints")
                            .json()
                            .get("total")
                            .asLong())
                    .isEqualTo(checkpointsBefore);
            NoteVerifierKey keyA =
                    NoteVerifierKey.parse(a.http().get("/api/ledger/key").body().strip());
            for (JsonNode checkpoint :
                    a.http().get("/api/ledger/checkpoints?size=100").json().get("checkpoints")) {
                assertThat(SignedNote.parse(checkpoint.get("note").asText()).verify(keyA))
                        .containsExactly(keyA);
            }
            assertThat(keyFiles(dir))
                    .containsExactlyInAnyOrder(
                            first.resolve("data/keys/checkpoint.key"), second.resolve("data/keys/checkpoint.key"));
        }
    }

    @Test
    void aServerWhoseKeyIsNotTheLedgersRefusesToStartInOneLine() throws Exception {
        assumeFalse(TestStore.usesRealMongo());
        Path home = Files.createDirectories(dir.resolve("home"));
        Path data = home.resolve("data");
        Path keyFile = data.resolve("keys").resolve("checkpoint.key");
        String ledgerKey;
        try (AppProcess server = AppProcess.startIn(home, AppProcess.logFile(dir, "first-start"))) {
            ledgerKey = server.http().get("/api/ledger/key").body().strip();
        }
        String keyId = NoteVerifierKey.parse(ledgerKey).keyIdHex();
        String origin = NoteVerifierKey.parse(ledgerKey).name();
        Path original = dir.resolve("checkpoint.key.saved");
        Files.move(keyFile, original);

        // the key file is gone: no new key is made, the server does not start
        Run missing = cli(home, "--server.port=0", "--missionledger.demo.enabled=false");
        assertThat(missing.exit()).isEqualTo(ExitCodes.STORE_UNAVAILABLE);
        assertThat(missing.output().lines().filter(l -> l.startsWith("error:")))
                .singleElement()
                .asString()
                .contains("(key id " + keyId + ") is not at " + keyFile)
                .contains("restore that file from your backup");
        assertThat(keyFile).doesNotExist();
        assertThat(missing.output()).doesNotContain("\tat ");

        // another key in its place: refused, named
        org.missionledger.ledger.note.NoteSignerKey other =
                org.missionledger.ledger.checkpoint.SigningKeyFile.loadOrCreate(keyFile, origin);
        Run wrong = cli(home, "--server.port=0", "--missionledger.demo.enabled=false");
        assertThat(wrong.exit()).isEqualTo(ExitCodes.STORE_UNAVAILABLE);
        assertThat(wrong.output().lines().filter(l -> l.startsWith("error:")))
                .containsExactly("error: The signing key in " + keyFile + " has key id " + other.keyIdHex()
                        + ", but ledger " + DataDirectory.of(data).ledgerId().orElseThrow() + " signs with key id "
                        + keyId + " (recorded in its store); refusing to sign. Restore the ledger's key file, or"
                        + " change keys with 'mission-ledger keys rotate'.");

        // the ledger's key back: it starts and publishes that key
        Files.delete(keyFile);
        Files.move(original, keyFile);
        try (AppProcess server = AppProcess.startIn(home, AppProcess.logFile(dir, "restored-key"))) {
            assertThat(server.http().get("/api/ledger/key").body().strip()).isEqualTo(ledgerKey);
        }
    }
}
