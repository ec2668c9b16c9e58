package org.missionledger.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Groups the exports; each export is one subcommand class listed here. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Export from the ledger: the raw events, the missions and indicators in the import format, or the"
                + " alterations log.",
        subcommands = {ExportEventsCommand.class, ExportMissionsCommand.class, ExportChangesCommand.class})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(
                spec.commandLine(),
                "Say what to export: " + String.join(", ", spec.subcommands().keySet()) + ".");
    }
}
