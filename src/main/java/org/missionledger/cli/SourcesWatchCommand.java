package org.missionledger.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.missionledger.source.api.WatchReport;
import org.missionledger.source.watch.SourceWatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs the source watch once: a thin shell around {@link SourceWatch}, which records through the command bus like
 * every other writer. The running server offers the same as {@code POST /api/admin/sources/watch}.
 */
@Command(
        name = "watch",
        mixinStandardHelpOptions = true,
        description = {
            "Fetch every cited URL once (politely: one request per host every"
                    + " --missionledger.sources.watch.per-host-interval, default PT5S; conditional requests), and record"
                    + " a SourceObserved event for each page whose readable text changed since the last observation,"
                    + " or that disappeared (404/410). Changes with no ledger event about what cites the page since"
                    + " are alerts on /changes and in the feed (docs/sources.md).",
            "Prints one line per URL: outcome, HTTP status, URL. A running server offers the same as"
                    + " POST /api/admin/sources/watch."
        })
final class SourcesWatchCommand extends LedgerCommand {

    @Option(
            names = "--actor",
            paramLabel = "NAME",
            description = "Who the observations are recorded as (default: " + SourceWatch.SYSTEM_ACTOR + ").")
    String actor = SourceWatch.SYSTEM_ACTOR;

    @Override
    StoreGuard.Access access() {
        return StoreGuard.Access.WRITE; // it records observations: the ledger's one writer must project them
    }

    @Override
    protected int run(LedgerContext context) throws Exception {
        WatchReport report = context.bean(SourceWatch.class).runNow(actor);
        print(report);
        if (report.total() > 0) {
            context.awaitWriterCaughtUp(java.time.Duration.ofMinutes(2));
        }
        return ExitCodes.OK;
    }

    /** The server holds the ledger: it runs the watch (as the operator) and this command follows its report. */
    @Override
    protected int runThrough(ServerClient server) throws Exception {
        ServerClient.Answer started = server.post(
                "/api/admin/sources/watch", java.net.http.HttpRequest.BodyPublishers.noBody(), "application/json");
        if (started.status() != 202 && started.status() != 409) {
            throw new StoreUnavailableException(
                    "The server at " + server.url() + " did not start the source watch: " + started.problem());
        }
        ObjectMapper json = new ObjectMapper().findAndRegisterModules();
        while (true) {
            ServerClient.Answer current = server.get("/api/admin/sources/watch");
            if (current.status() != 200) {
                throw new StoreUnavailableException(
                        "The server at " + server.url() + " did not report the source watch: " + current.problem());
            }
            WatchReport report = json.treeToValue(current.json(), WatchReport.class);
            if (report.state() == WatchReport.State.DONE) {
                print(report);
                return ExitCodes.OK;
            }
            Thread.sleep(500);
        }
    }

    private void print(WatchReport report) {
        for (WatchReport.UrlOutcome outcome : report.outcomes()) {
            out().println(outcome.outcome() + "\t" + outcome.httpStatus() + "\t" + outcome.url()
                    + (outcome.detail() == null ? "" : "\t" + outcome.detail()));
        }
        err().println(report.total() + " cited URL(s): " + report.count(WatchReport.Outcome.CHANGED) + " changed, "
                + report.count(WatchReport.Outcome.GONE) + " gone, " + report.count(WatchReport.Outcome.BACK)
                + " back, " + report.count(WatchReport.Outcome.BASELINE) + " first seen, "
                + (report.count(WatchReport.Outcome.UNCHANGED) + report.count(WatchReport.Outcome.NOT_MODIFIED))
                + " unchanged, " + report.count(WatchReport.Outcome.FAILED) + " failed.");
        out().flush();
        err().flush();
    }
}
