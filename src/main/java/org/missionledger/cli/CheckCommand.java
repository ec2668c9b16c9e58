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

    /** Read-only; with a server holding the ledger, the server checks (it has the views and their positions). */
    @Override
    StoreGuard.Access access() {
        return StoreGuard.Access.READ_PREFERRING_SERVER;
    }

    @Override
    protected int runThrough(ServerClient server) throws Exception {
        StringBuilder query = new StringBuilder();
        for (String name : names) {
            query.append(query.length() == 0 ? "?" : "&")
                    .append("projection=")
                    .append(java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8));
        }
        ServerClient.Answer answer = server.post(
                "/api/admin/projections/consistency-check" + query,
                java.net.http.HttpRequest.BodyPublishers.noBody(),
                "application/json");
        if (!answer.ok() || answer.json() == null) {
            err().println("error: the server at " + server.url() + " did not check: " + answer.problem());
            err().flush();
            return answer.status() == 404 ? ExitCodes.USAGE : ExitCodes.FAILURE;
        }
        ConsistencyReport report = new com.fasterxml.jackson.databind.ObjectMapper()
                .findAndRegisterModules()
                .treeToValue(answer.json(), ConsistencyReport.class);
        return print(report);
    }

    @Override
    protected int run(LedgerContext context) {
        ConsistencyChecker checker = context.bean(ConsistencyChecker.class);
        ConsistencyReport report = names.isEmpty() ? checker.check() : checker.check(names);
        return print(report);
    }

    private int print(ConsistencyReport report) {
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
