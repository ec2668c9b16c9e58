package org.missionledger.cli;

import java.time.Duration;
import java.util.List;
import org.missionledger.platform.projection.ProjectionRebuilder;
import org.missionledger.platform.projection.ProjectionStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Rebuilds projections from the first event, with progress. */
@Command(
        name = "rebuild",
        mixinStandardHelpOptions = true,
        description = {
            "Rebuild one or more projections (read models) from the first event of the global order, or all of them"
                    + " when none is named. Progress (processed / total, events per second, time left) is shown as"
                    + " it goes.",
            "Run it with the server stopped (a rebuild resets every segment of a projection); a running server"
                    + " offers the same as POST /api/admin/projections/{name}/rebuild."
        })
final class RebuildCommand extends LedgerCommand {

    @Parameters(paramLabel = "PROJECTION", arity = "0..*", description = "Projections to rebuild (default: all).")
    List<String> names = List.of();

    @Option(names = "--timeout", paramLabel = "DURATION", description = "Give up after this long (default: PT2H).")
    Duration timeout = Duration.ofHours(2);

    @Option(
            names = {"-q", "--quiet"},
            description = "No progress output.")
    boolean quiet;

    @Override
    protected int run(LedgerContext context) {
        ProjectionRebuilder rebuilder = context.bean(ProjectionRebuilder.class);
        List<String> selected = names.isEmpty() ? rebuilder.projections() : names;
        for (String name : selected) {
            if (!rebuilder.projections().contains(name)) {
                throw usage("Unknown projection '" + name + "'; known: " + rebuilder.projections() + ".");
            }
        }
        int failures = 0;
        for (String name : selected) {
            ProjectionStatus done = rebuilder.rebuildAndWait(name, timeout, status -> {
                if (!quiet && status.rebuild() != null) {
                    err().println(name + ": " + status.rebuild().describe());
                    err().flush();
                }
            });
            boolean finished = done.state() != ProjectionStatus.State.REBUILDING && done.error() == null;
            if (!quiet) {
                err().println(name + (finished ? ": rebuilt up to position " + done.position() : ": not finished"));
                err().flush();
            }
            if (!finished) {
                failures++;
            }
        }
        return failures == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
