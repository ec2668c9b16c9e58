package org.missionledger.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.missionledger.common.api.Source;
import org.missionledger.common.api.Text;
import org.missionledger.exchange.api.ImportProblem;
import org.missionledger.exchange.api.ImportProgress;
import org.missionledger.exchange.api.ImportReport;
import org.missionledger.exchange.command.Importer;
import org.missionledger.exchange.demo.DemoLedger;
import org.missionledger.exchange.format.ImportInput;
import org.missionledger.exchange.format.InputFormat;
import org.missionledger.exchange.opendata.OpenDataImporter;
import org.missionledger.exchange.sdg.SdgPublication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Imports a file in the import format (YAML or JSON) or a readings CSV, as commands recorded by the given actor. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Import missions, targets, tenures, indicators and readings from a file in the import format (YAML or"
                    + " JSON, docs/import-format.md) or readings from a CSV file; tenures from a Popolo file"
                    + " (--format popolo) or an indicator's headline series from an Open SDG CSV (--format sdg),"
                    + " see docs/open-data.md.",
            "Every entry becomes the command a recorder would send by hand, recorded as --actor. The whole file is"
                    + " checked first; a file with any problem is refused with every problem listed, and nothing"
                    + " from it is recorded. Entries imported before are skipped, so importing a file again"
                    + " records nothing new."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:imported (or nothing new, or valid with --dry-run)",
            "1:failed, or recording was interrupted (import the file again to continue)",
            "2:usage error",
            "3:the file was refused; nothing was recorded",
            "4:store unavailable"
        })
final class ImportCommand extends LedgerCommand {

    @Parameters(
            arity = "0..1",
            paramLabel = "FILE",
            description = "The file (.yaml, .yml, .json or .csv); '-' reads standard input (give --format).")
    String file;

    @Option(names = "--demo", description = "Import the bundled demo ledger instead of a file.")
    boolean demo;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "yaml, json or csv (default: from the file name); popolo or sdg for those formats.")
    InputFormat format;

    @Option(
            names = "--indicator",
            paramLabel = "ID",
            description = "sdg: the indicator the file's headline series is (or 'indicator' in the YAML beside it).")
    String indicator;

    @Option(names = "--source-title", paramLabel = "TEXT", description = "sdg: the publication's title.")
    String sourceTitle;

    @Option(names = "--source-publisher", paramLabel = "TEXT", description = "sdg: who published it.")
    String sourcePublisher;

    @Option(names = "--source-url", paramLabel = "URL", description = "sdg: where it can be read.")
    String sourceUrl;

    @Option(
            names = "--published-on",
            paramLabel = "DATE",
            description = "sdg: when the values were published (default: the source's publication date).")
    java.time.LocalDate publishedOn;

    @Option(names = "--vintage", paramLabel = "CODE", description = "sdg: the publisher's release or vintage code.")
    String vintage;

    @Option(
            names = "--reason",
            paramLabel = "TEXT",
            description = "sdg: why values of years already recorded changed (default: revised in this publication).")
    String reason;

    @Option(names = "--units", paramLabel = "TEXT", description = "sdg: the Units of the headline rows, if several.")
    String units;

    @Option(names = "--series", paramLabel = "TEXT", description = "sdg: the Series of the headline rows, if several.")
    String series;

    @Option(
            names = "--actor",
            paramLabel = "NAME",
            description = "Who is recorded as having recorded the entries (default: cli:<OS user>).")
    String actor = "cli:" + System.getProperty("user.name", "unknown");

    @Option(names = "--dry-run", description = "Check the file completely, but record nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "Print the import report as JSON on standard output.")
    boolean json;

    @Option(
            names = {"-q", "--quiet"},
            description = "No progress bar and no summary (problems are still listed).")
    boolean quiet;

    private Path spooled;

    @Override
    StoreGuard.Access access() {
        return StoreGuard.Access.WRITE;
    }

    /** The server holds the ledger: send it the file; it records (or refuses) it exactly as here. */
    @Override
    protected int runThrough(ServerClient server) throws Exception {
        try {
            ImportInput input = input();
            String query = "?format=" + input.format().name()
                    + "&name=" + encode(input.name())
                    + "&actor=" + encode(actor)
                    + "&dryRun=" + dryRun;
            ServerClient.Answer answer = server.post(
                    "/api/admin/import" + query,
                    java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> {
                        try {
                            return input.opener().open();
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }),
                    "application/octet-stream");
            if (answer.json() == null || !answer.json().has("outcome")) {
                err().println("error: the server at " + server.url() + " did not import the file: " + answer.problem());
                err().flush();
                return ExitCodes.FAILURE;
            }
            ImportReport report = new ObjectMapper().treeToValue(answer.json(), ImportReport.class);
            print(report);
            return exitCode(report);
        } finally {
            if (spooled != null) {
                Files.deleteIfExists(spooled);
            }
        }
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static int exitCode(ImportReport report) {
        return switch (report.outcome()) {
            case RECORDED, NOTHING_NEW, VALID -> ExitCodes.OK;
            case REFUSED -> ExitCodes.INVALID_INPUT;
            case INTERRUPTED -> ExitCodes.FAILURE;
        };
    }

    @Override
    protected void check() {
        if (demo == (file != null)) {
            throw usage("Give either a FILE or --demo.");
        }
        if (actor == null || actor.isBlank() || actor.length() > 200 || !actor.matches(Text.NO_CONTROL_CHARACTERS)) {
            throw usage("--actor must be 1-200 characters without control characters.");
        }
        if (file != null && file.equals("-") && format == null) {
            throw usage("Reading standard input needs --format (yaml, json or csv).");
        }
        if (file != null && !file.equals("-")) {
            Path path = Path.of(file);
            if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
                throw usage("Cannot read the file '" + file + "'.");
            }
            if (format == null && InputFormat.ofFileName(file).isEmpty()) {
                throw usage("Cannot tell the format of '" + file + "' from its name; give --format yaml, json or csv.");
            }
        }
    }

    @Override
    protected int run(LedgerContext context) throws IOException {
        try {
            ImportInput input = input();
            ImportProgress progress = ConsoleProgress.forTerminal(quiet || json, "KiB", 1024);
            ImportReport report;
            if (input.format() == InputFormat.POPOLO) {
                report = context.bean(OpenDataImporter.class).importPopolo(input, actor, dryRun);
            } else if (input.format() == InputFormat.SDG) {
                report = context.bean(OpenDataImporter.class).importSdg(input, publication(), actor, dryRun);
            } else {
                report = context.bean(Importer.class).importFile(input, actor, dryRun, progress);
            }
            print(report);
            if (report.outcome() == ImportReport.Outcome.RECORDED) {
                context.awaitWriterCaughtUp(java.time.Duration.ofMinutes(2));
            }
            return exitCode(report);
        } finally {
            if (spooled != null) {
                Files.deleteIfExists(spooled);
            }
        }
    }

    /** The publication of an Open SDG file: the YAML beside it, overridden by the command line. */
    private SdgPublication publication() throws IOException {
        SdgPublication beside = SdgPublication.none();
        if (file != null && !file.equals("-")) {
            java.util.Optional<Path> yaml = SdgPublication.besideOf(Path.of(file));
            if (yaml.isPresent()) {
                beside = SdgPublication.read(yaml.get());
            }
        }
        Source source = null;
        if (sourceTitle != null || sourcePublisher != null || sourceUrl != null) {
            Source given = beside.source();
            source = new Source(
                    sourceTitle != null ? sourceTitle : given == null ? null : given.title(),
                    sourcePublisher != null ? sourcePublisher : given == null ? null : given.publisher(),
                    sourceUrl != null ? sourceUrl : given == null ? null : given.url(),
                    given == null ? null : given.publishedOn(),
                    null);
        }
        return beside.overriddenBy(new SdgPublication(indicator, source, publishedOn, vintage, reason, units, series));
    }

    private ImportInput input() throws IOException {
        if (demo) {
            return DemoLedger.input();
        }
        if (file.equals("-")) {
            spooled = Files.createTempFile(
                    "mission-ledger-import-", "." + format.name().toLowerCase());
            try (InputStream in = System.in) {
                Files.copy(in, spooled, StandardCopyOption.REPLACE_EXISTING);
            }
            ImportInput temp = ImportInput.of(spooled, format);
            return new ImportInput("(standard input)", format, temp.size(), temp.opener());
        }
        return ImportInput.of(Path.of(file), format);
    }

    private void print(ImportReport report) throws IOException {
        if (json) {
            out().println(new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(report));
            out().flush();
        }
        int fresh = report.entries() - report.alreadyImported();
        switch (report.outcome()) {
            case RECORDED -> summary("Imported " + report.file() + ": recorded " + entries(report.recorded())
                    + (report.alreadyImported() > 0 ? " (" + report.alreadyImported() + " imported before)" : "")
                    + " as " + report.actor() + ".");
            case NOTHING_NEW -> summary("Nothing new in " + report.file() + ": "
                    + (report.entries() == 1 ? "its entry was" : "all " + report.entries() + " entries were")
                    + " imported before; nothing was recorded.");
            case VALID -> summary(report.file() + " is valid: " + entries(fresh) + " would be recorded"
                    + (report.alreadyImported() > 0 ? " (" + report.alreadyImported() + " imported before)" : "")
                    + ". Nothing was recorded (--dry-run).");
            case REFUSED -> {
                err().println("Refused " + report.file() + ": "
                        + report.problems().size()
                        + (report.problems().size() == 1 ? " problem" : " problems")
                        + "; nothing from it was recorded.");
                report.problems().forEach(problem -> err().println("  " + line(problem)));
            }
            case INTERRUPTED -> {
                err().println("Import of " + report.file() + " stopped after recording " + entries(report.recorded())
                        + "; import the same file again to continue.");
                report.problems().forEach(problem -> err().println("  " + line(problem)));
            }
        }
        err().flush();
    }

    private void summary(String text) {
        if (!quiet && !json) {
            out().println(text);
            out().flush();
        }
    }

    private static String entries(int count) {
        return count + (count == 1 ? " entry" : " entries");
    }

    private static String line(ImportProblem problem) {
        return (problem.line() == null ? "" : "line " + problem.line() + ": ") + problem.path() + ": "
                + problem.message() + " [" + problem.code() + "]";
    }
}
