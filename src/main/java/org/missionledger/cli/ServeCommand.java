package org.missionledger.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** Runs the server: the HTTP API and pages, projections, and — on a first start with an empty store — the demo. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Run the ledger server (HTTP API and pages). This is the default when no command is given.",
            "On the first start with an empty store it loads the demo ledger (--missionledger.demo.enabled=false"
                    + " starts empty)."
        },
        footer = {"%nApplication properties may be given as --name.of.property=value (e.g. --server.port=9090)."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Unmatched
    List<String> properties = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @ParentCommand
    LedgerCommandLine root;

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>(LedgerCommand.springArguments(spec, properties));
        args.addAll(store.asArguments());
        return root.serve(args);
    }
}
