package org.missionledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The command line's surface: help, versions and usage errors, none of which starts the application. */
class LedgerCommandLineTest {

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        CommandLine commandLine = new LedgerCommandLine(new ByteArrayOutputStream()).commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void helpListsTheCommandsAndExitCodes() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString())
                .contains("Usage: mission-ledger")
                .contains("serve", "import", "export", "rebuild", "check", "sources", "verify", "witness")
                .doesNotContain("bench")
                .contains("Exit codes:")
                .contains("3   input refused")
                .contains("4   store unavailable");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "serve",
                "import",
                "export",
                "export events",
                "export missions",
                "export changes",
                "rebuild",
                "check",
                "sources",
                "sources watch"
            })
    void everyCommandHasHelp(String command) {
        String[] args = (command + " --help").split(" ");

        assertThat(run(args)).isZero();
        assertThat(out.toString()).contains("Usage: mission-ledger " + command);
    }

    @Test
    void helpCommandWorksToo() {
        assertThat(run("help", "import")).isZero();
        assertThat(out.toString()).contains("--dry-run", "--actor", "--demo");
    }

    @Test
    void printsTheVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("Mission Ledger");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        assertThat(run("improt", "file.yaml")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("Unknown command: 'improt'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"frobnicate", "frobnicate --help", "frobnicate -h", "frobnicate --version"})
    void anUnknownCommandIsAUsageErrorEvenWithHelp(String command) {
        assertThat(run(command.split(" "))).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("Unknown command: 'frobnicate'").contains("commands: serve");
        assertThat(out.toString()).doesNotContain("Usage: mission-ledger");
    }

    @Test
    void helpForAnUnknownCommandIsAUsageError() {
        assertThat(run("help", "frobnicate")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("frobnicate");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertThat(run("import", "--colour", "x.yaml")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("Unknown option: '--colour'");
    }

    @Test
    void importNeedsAFileOrTheDemo() {
        assertThat(run("import")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("Give either a FILE or --demo.");
    }

    @Test
    void importRefusesAFileThatIsNotThere() {
        assertThat(run("import", "no-such-file.yaml")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("Cannot read the file 'no-such-file.yaml'");
    }

    @Test
    void importFromStandardInputNeedsAFormat() {
        assertThat(run("import", "-")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("needs --format");
    }

    @Test
    void exportNeedsToKnowWhat() {
        assertThat(run("export")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("Say what to export: events, missions, changes.");
    }

    @Test
    void exportFormatsAreChecked() {
        assertThat(run("export", "missions", "--format", "csv")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--format");
        assertThat(run("export", "events", "--format", "xml")).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void exitCodesFollowTheCause() {
        assertThat(LedgerCommandLine.exitCode(new IllegalStateException("x"))).isEqualTo(ExitCodes.FAILURE);
        assertThat(LedgerCommandLine.exitCode(new RuntimeException(new StoreUnavailableException("down"))))
                .isEqualTo(ExitCodes.STORE_UNAVAILABLE);
        assertThat(LedgerCommandLine.exitCode(
                        new RuntimeException(new com.mongodb.MongoTimeoutException("Timed out after 5000 ms"))))
                .isEqualTo(ExitCodes.STORE_UNAVAILABLE);
        assertThat(LedgerCommandLine.message(new RuntimeException("wrapper", new IllegalArgumentException("inner"))))
                .isEqualTo("inner (IllegalArgumentException)");
    }
}
