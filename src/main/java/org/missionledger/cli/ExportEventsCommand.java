package org.missionledger.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.missionledger.exchange.export.EventExporter;
import org.missionledger.exchange.export.EventFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Exports the event store exactly as stored, in global order. */
@Command(
        name = "events",
        mixinStandardHelpOptions = true,
        description = {
            "Export every event in global order, straight from the event store: position, ids, aggregate, recorded"
                    + " time, type, and the payload and metadata as the exact stored JSON strings.",
            "jsonl: one JSON object per line; json: one array; csv: a header row and one row per event."
        })
final class ExportEventsCommand extends LedgerCommand {

    @Option(names = "--format", paramLabel = "FORMAT", description = "jsonl (default), json or csv.")
    EventFormat format = EventFormat.JSONL;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write to FILE (default: standard output).")
    Path output;

    @Option(
            names = "--after",
            paramLabel = "INDEX",
            description = "Only events after this global index (default: 0, everything).")
    long after;

    @Option(
            names = {"-q", "--quiet"},
            description = "No progress bar and no summary.")
    boolean quiet;

    @Override
    protected void check() {
        if (after < 0) {
            throw usage("--after must be 0 or more.");
        }
    }

    @Override
    protected int run(LedgerContext context) throws IOException {
        EventExporter exporter = context.bean(EventExporter.class);
        long count;
        if (output == null || output.toString().equals("-")) {
            count = exporter.export(format, root().stdout(), after, ConsoleProgress.forTerminal(quiet, " events", 1));
        } else {
            try (OutputStream out = Files.newOutputStream(output)) {
                count = exporter.export(format, out, after, ConsoleProgress.forTerminal(quiet, " events", 1));
            }
        }
        if (!quiet) {
            err().println("Exported " + count + " events" + (output == null ? "." : " to " + output + "."));
            err().flush();
        }
        return ExitCodes.OK;
    }
}
