package org.missionledger.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Groups the signing-key commands. */
@Command(
        name = "keys",
        mixinStandardHelpOptions = true,
        description = "The ledger's checkpoint signing key: rotate it explicitly (docs/transparency-log.md).",
        subcommands = {KeysRotateCommand.class})
final class KeysCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(
                spec.commandLine(),
                "Say what to do: " + String.join(", ", spec.subcommands().keySet()) + ".");
    }
}
