package org.missionledger.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.missionledger.exchange.export.MissionExporter;
import org.missionledger.exchange.export.MissionFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Exports missions and indicators in the import format, rebuilt from the events. */
@Command(
        name = "missions",
        mixinStandardHelpOptions = true,
        description = {
            "Export every indicator and mission in the import format (docs/import-format.md), rebuilt from the event"
                    + " store: importing it into an empty ledger records the same event history (new actor,"
                    + " recorded times and event ids)."
        })
final class ExportMissionsCommand extends LedgerCommand {

    @Option(names = "--format", paramLabel = "FORMAT", description = "json (default) or yaml.")
    MissionFormat format = MissionFormat.JSON;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write to FILE (default: standard output).")
    Path output;

    @Option(
            names = {"-q", "--quiet"},
            description = "No progress bar and no summary.")
    boolean quiet;

    @Override
    protected int run(LedgerContext context) throws IOException {
        MissionExporter exporter = context.bean(MissionExporter.class);
        MissionExporter.Summary summary;
        if (output == null || output.toString().equals("-")) {
            summary = exporter.export(format, root().stdout(), ConsoleProgress.forTerminal(quiet, "", 1));
        } else {
            try (OutputStream out = Files.newOutputStream(output)) {
                summary = exporter.export(format, out, ConsoleProgress.forTerminal(quiet, "", 1));
            }
        }
        if (!quiet) {
            err().println("Exported " + summary.indicators() + " indicators and " + summary.missions() + " missions"
                    + (output == null ? "." : " to " + output + "."));
            err().flush();
        }
        return ExitCodes.OK;
    }
}
