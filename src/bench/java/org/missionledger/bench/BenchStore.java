package org.missionledger.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.missionledger.platform.store.EmbeddedMongoStore;

/** The server every scenario of a run talks to: a MongoDB URI, or the embedded store (forked or in this JVM). */
final class BenchStore implements AutoCloseable {

    enum Backend {
        MEMORY,
        H2
    }

    private final String uri;
    private final String description;
    private final Process process;
    private final EmbeddedMongoStore inProcess;
    private final Path dataDir;

    private BenchStore(String uri, String description, Process process, EmbeddedMongoStore inProcess, Path dataDir) {
        this.uri = uri;
        this.description = description;
        this.process = process;
        this.inProcess = inProcess;
        this.dataDir = dataDir;
    }

    static BenchStore external(String uri) {
        return new BenchStore(uri, "MongoDB at " + new com.mongodb.ConnectionString(uri).getHosts(), null, null, null);
    }

    static BenchStore inProcess(Backend backend) throws IOException {
        Path dir = backend == Backend.H2 ? Files.createTempDirectory("bench-h2") : null;
        EmbeddedMongoStore store =
                backend == Backend.H2 ? EmbeddedMongoStore.startDurable(dir, 0) : EmbeddedMongoStore.startInMemory(0);
        return new BenchStore(
                store.connectionString(),
                "embedded mongo-java-server, " + store.description() + ", in the benchmark's JVM",
                null,
                store,
                dir);
    }

    /** Starts the embedded store in a child JVM with its own heap, on the same class path as this one. */
    static BenchStore forked(Backend backend, String heap) throws IOException {
        Path dir = backend == Backend.H2 ? Files.createTempDirectory("bench-h2") : null;
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        command.add("-XX:+UseParallelGC");
        String classPath = System.getProperty("java.class.path");
        if (launchedFromBootJar(classPath)) {
            command.add("-Dloader.main=" + BenchStoreMain.class.getName());
            command.add("-cp");
            command.add(classPath);
            command.add("org.springframework.boot.loader.launch.PropertiesLauncher");
        } else {
            command.add("-cp");
            command.add(classPath);
            command.add(BenchStoreMain.class.getName());
        }
        if (backend == Backend.H2) {
            command.add("h2");
            command.add(dir.toString());
        } else {
            command.add("memory");
        }
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("READY ")) {
                String uri = line.substring("READY ".length()).trim();
                String what = backend == Backend.H2 ? "durable H2 backend (group-commit fsync)" : "memory backend";
                Thread drain = new Thread(
                        () -> {
                            try {
                                while (out.readLine() != null) {
                                    // discard
                                }
                            } catch (IOException e) {
                                // child gone
                            }
                        },
                        "bench-store-output");
                drain.setDaemon(true);
                drain.start();
                return new BenchStore(
                        uri,
                        "embedded mongo-java-server, " + what + ", in a separate JVM (-Xmx" + heap + ")",
                        process,
                        null,
                        dir);
            }
        }
        throw new IOException("The forked store exited before it was ready: " + String.join(" ", command));
    }

    private static boolean launchedFromBootJar(String classPath) {
        return !classPath.contains(File.pathSeparator)
                && classPath.endsWith(".jar")
                && Thread.currentThread()
                        .getContextClassLoader()
                        .getClass()
                        .getName()
                        .contains("Launched");
    }

    String uri() {
        return uri;
    }

    String description() {
        return description;
    }

    boolean embeddedInThisJvm() {
        return inProcess != null;
    }

    @Override
    public void close() {
        if (inProcess != null) {
            inProcess.close();
        }
        if (process != null) {
            try {
                process.getOutputStream().close();
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (IOException | InterruptedException e) {
                process.destroyForcibly();
            }
        }
        if (dataDir != null) {
            try (var files = Files.walk(dataDir)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // temporary directory; leave it
            }
        }
    }

    static String jvmFlags() {
        return String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments());
    }
}
