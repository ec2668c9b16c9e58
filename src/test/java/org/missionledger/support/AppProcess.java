package org.missionledger.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.missionledger.MissionLedgerApplication;

/**
 * The application in a JVM of its own, on the durable embedded store in a given directory, so a test can kill it with
 * SIGKILL and start it again.
 */
public final class AppProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final int storePort;

    private AppProcess(Process process, int port, int storePort) {
        this.process = process;
        this.port = port;
        this.storePort = storePort;
    }

    public static AppProcess start(Path dataDir, Path log, String... extraArgs) throws IOException {
        int port = freePort();
        int storePort = freePort();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-Ddisable-axoniq-console-message=true",
                "-cp",
                classpath,
                MissionLedgerApplication.class.getName(),
                "--server.port=" + port,
                "--missionledger.store.uri=",
                "--missionledger.store.embedded.backend=h2",
                "--missionledger.store.embedded.port=" + storePort,
                "--missionledger.store.embedded.data-dir=" + dataDir,
                "--missionledger.ledger.signing-key-file=" + keyFile(dataDir),
                "--missionledger.demo.enabled=false",
                "--logging.level.root=WARN"));
        command.addAll(List.of(TestUsers.arguments()));
        command.addAll(List.of(extraArgs));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        AppProcess app = new AppProcess(process, port, storePort);
        app.awaitReady(Duration.ofSeconds(120));
        return app;
    }

    private void awaitReady(Duration timeout) {
        Http http = new Http(port);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application process exited with " + process.exitValue());
            }
            try {
                if (http.anonymous().get("/actuator/health").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("The application did not become ready within " + timeout);
    }

    public int port() {
        return port;
    }

    public String storeUri() {
        return "mongodb://127.0.0.1:" + storePort;
    }

    public Http http() {
        return new Http(port);
    }

    /** SIGKILL: no shutdown hook, no flush. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    /**
     * The checkpoint signing key of an application on {@code dataDir}: next to the data directory, not in it (an
     * operator keeps the key away from the database, and backs it up separately).
     */
    public static Path keyFile(Path dataDir) {
        return dataDir.toAbsolutePath().getParent().resolve("keys").resolve("checkpoint.key");
    }

    /** Where a test's process logs go. */
    public static Path logFile(Path dir, String name) {
        return new File(dir.toFile(), name + ".log").toPath();
    }
}
