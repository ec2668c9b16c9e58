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
            "With a server holding the ledger, the server rebuilds (POST /api/admin/projections/{name}/rebuild) and"
                    + " this command follows its progress; otherwise this command rebuilds as the ledger's writer."
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
    StoreGuard.Access access() {
        return StoreGuard.Access.WRITE;
    }

    @Override
    protected int runThrough(ServerClient server) throws Exception {
        ServerClient.Answer all = server.get("/api/admin/projections");
        if (!all.ok() || all.json() == null) {
            err().println("error: the server at " + server.url() + " did not list its projections: " + all.problem());
            err().flush();
            return ExitCodes.FAILURE;
        }
        List<String> known = new java.util.ArrayList<>();
        all.json().get("projections").forEach(p -> known.add(p.get("name").asText()));
        List<String> selected = names.isEmpty() ? known : names;
        for (String name : selected) {
            if (!known.contains(name)) {
                throw usage("Unknown projection '" + name + "'; known: " + known + ".");
            }
        }
        int failures = 0;
        for (String name : selected) {
            ServerClient.Answer started = server.post(
                    "/api/admin/projections/" + name + "/rebuild",
                    java.net.http.HttpRequest.BodyPublishers.noBody(),
                    "application/json");
            if (!started.ok()) {
                err().println(name + ": not started: " + started.problem());
                failures++;
                continue;
            }
            long deadline = System.nanoTime() + timeout.toNanos();
            com.fasterxml.jackson.databind.JsonNode status = started.json();
            String last = null;
            while (status != null
                    && "REBUILDING".equals(status.path("state").asText())
                    && System.nanoTime() < deadline) {
                Thread.sleep(500);
                status = server.get("/api/admin/projections/" + name).json();
                String progress = status == null
                        ? null
                        : status.path("rebuild").path("processed").asText(null);
                if (!quiet && progress != null && !progress.equals(last)) {
                    err().println(name + ": " + progress + " of "
                            + status.path("rebuild").path("total").asText("?") + " events");
                    err().flush();
                    last = progress;
                }
            }
            boolean finished = status != null
                    && !"REBUILDING".equals(status.path("state").asText())
                    && (status.path("error").isMissingNode()
                            || status.path("error").isNull());
            if (!quiet) {
                err().println(name
                        + (finished
                                ? ": rebuilt up to position "
                                        + status.path("position").asLong()
                                : ": not finished"));
                err().flush();
            }
            if (!finished) {
                failures++;
            }
        }
        return failures == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
    }

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
