package org.missionledger.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Groups the commands about cited sources. */
@Command(
        name = "sources",
        mixinStandardHelpOptions = true,
        description = "Cited sources: watch every cited page for changes (docs/sources.md).",
        subcommands = {SourcesWatchCommand.class})
final class SourcesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(
                spec.commandLine(),
                "Say what to do: " + String.join(", ", spec.subcommands().keySet()) + ".");
    }
}
