package org.missionledger.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.missionledger.MissionLedgerApplication;
import org.missionledger.platform.store.DataDirectory;

/**
 * The application in a JVM of its own, on the durable embedded store in a given directory, so a test can kill it with
 * SIGKILL and start it again. Apart from the HTTP port, the test users and the demo (off), it runs with the defaults:
 * the embedded store on a loopback port it chooses, the signing key in the data directory.
 */
public final class AppProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path dataDir;

    private AppProcess(Process process, int port, Path dataDir) {
        this.process = process;
        this.port = port;
        this.dataDir = dataDir;
    }

    /** Starts the server on the durable embedded store in {@code dataDir} (working directory: its parent). */
    public static AppProcess start(Path dataDir, Path log, String... extraArgs) throws IOException {
        List<String> args = new ArrayList<>(List.of("--missionledger.store.embedded.data-dir=" + dataDir));
        args.addAll(List.of(extraArgs));
        return launch(dataDir.toAbsolutePath().getParent(), dataDir, log, args);
    }

    /**
     * Starts the server with {@code workDir} as its working directory and the default data directory there ({@code
     * ./data}), as a person would start it in that directory.
     */
    public static AppProcess startIn(Path workDir, Path log, String... extraArgs) throws IOException {
        return launch(workDir, workDir.resolve("data"), log, List.of(extraArgs));
    }

    private static AppProcess launch(Path workDir, Path dataDir, Path log, List<String> extraArgs) throws IOException {
        int port = freePort();
        Files.createDirectories(workDir);
        List<String> command = new ArrayList<>(javaCommand());
        command.addAll(List.of(
                "--server.port=" + port,
                "--missionledger.store.uri=",
                "--missionledger.demo.enabled=false",
                "--logging.level.root=WARN"));
        command.addAll(List.of(TestUsers.arguments()));
        command.addAll(extraArgs);
        Process process = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        AppProcess app = new AppProcess(process, port, dataDir.toAbsolutePath().normalize());
        app.awaitReady(Duration.ofSeconds(180));
        return app;
    }

    /** {@code java -cp <the test class path> MissionLedgerApplication}: the jar's entry point, as a process. */
    public static List<String> javaCommand() {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-Ddisable-axoniq-console-message=true",
                "-cp",
                classpath,
                MissionLedgerApplication.class.getName());
    }

    private void awaitReady(Duration timeout) {
        Http http = new Http(port);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application process exited with " + process.exitValue());
            }
            try {
                if (http.anonymous().get("/actuator/health").status() == 200
                        && DataDirectory.of(dataDir)
                                .instance()
                                .filter(i -> i.http() != null)
                                .isPresent()) {
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

    public Path dataDir() {
        return dataDir;
    }

    /** The embedded store's loopback URI, as the server wrote it into its data directory. */
    public String storeUri() {
        return DataDirectory.of(dataDir)
                .instance()
                .map(DataDirectory.Instance::store)
                .map(uri -> uri.substring(0, uri.lastIndexOf('/')))
                .orElseThrow(() -> new IllegalStateException("No instance.json in " + dataDir));
    }

    public Http http() {
        return new Http(port);
    }

    public boolean isAlive() {
        return process.isAlive();
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

    /** The checkpoint signing key of an application on {@code dataDir}: by default inside it. */
    public static Path keyFile(Path dataDir) {
        return dataDir.toAbsolutePath().resolve("keys").resolve("checkpoint.key");
    }

    /** Where a test's process logs go. */
    public static Path logFile(Path dir, String name) {
        return new File(dir.toFile(), name + ".log").toPath();
    }
}
