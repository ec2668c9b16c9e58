package org.missionledger.cli;

import java.util.List;
import org.missionledger.platform.projection.ConsistencyChecker;
import org.missionledger.platform.projection.ConsistencyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Rebuilds projections into scratch collections and compares them with the live ones. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Consistency check: rebuild each projection (or the named ones) into scratch collections from the events"
                    + " alone and compare them, document by document, with the live read models.",
            "Exit code 0 when every view matches a fresh rebuild, 1 when one differs (the differing scratch"
                    + " collections are kept for inspection)."
        })
final class CheckCommand extends LedgerCommand {

    @Parameters(paramLabel = "PROJECTION", arity = "0..*", description = "Projections to check (default: all).")
    List<String> names = List.of();

    @Override
    protected int run(LedgerContext context) {
        ConsistencyChecker checker = context.bean(ConsistencyChecker.class);
        ConsistencyReport report = names.isEmpty() ? checker.check() : checker.check(names);
        for (ConsistencyReport.ProjectionResult result : report.projections()) {
            out().println(result.name() + ": " + (result.consistent() ? "consistent" : "DIFFERS") + " (position "
                    + result.livePosition() + ")");
            for (ConsistencyReport.CollectionResult collection : result.collections()) {
                if (!collection.consistent()) {
                    out().println("  " + collection);
                }
            }
        }
        out().flush();
        return report.projections().stream().allMatch(ConsistencyReport.ProjectionResult::consistent)
                ? ExitCodes.OK
                : ExitCodes.FAILURE;
    }
}
