package org.missionledger.exchange.datapackage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs frictionlessdata's JavaScript validator (datapackage-js and tableschema-js, pinned by
 * {@code src/test/frictionless/package-lock.json}) on a data package: {@code node validate.js DESCRIPTOR}. Its
 * modules are installed with {@code npm ci} when missing ({@code .ci/run} installs them first); without Node.js on
 * the machine the tests that need it are skipped, as the browser tests are without Chromium.
 */
final class FrictionlessValidator {

    static final Path DIR = Path.of("src/test/frictionless");

    /** What the validator said. */
    record Outcome(int exitCode, String output) {
        List<String> lines() {
            return output.lines().toList();
        }
    }

    private FrictionlessValidator() {}

    static Outcome validate(String descriptor) throws IOException, InterruptedException {
        Assumptions.assumeTrue(onPath("node") && onPath("npm"), "Node.js and npm are not installed");
        if (!Files.isDirectory(DIR.resolve("node_modules/datapackage"))) {
            Outcome install = run(List.of("npm", "ci", "--no-audit", "--no-fund"));
            assertThat(install.exitCode()).as("npm ci: %s", install.output()).isZero();
        }
        return run(List.of("node", "validate.js", descriptor));
    }

    private static Outcome run(List<String> command) throws IOException, InterruptedException {
        Path output = Files.createTempFile("frictionless", ".txt");
        try {
            Process process = new ProcessBuilder(command)
                    .directory(DIR.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish");
            }
            return new Outcome(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
