package org.missionledger.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.missionledger.mission.api.AlterationView;
import org.missionledger.mission.query.AlterationQueries;
import org.missionledger.mission.query.ChangesCsv;
import org.missionledger.mission.query.ChangesFilter;
import org.missionledger.mission.query.Page;
import org.missionledger.platform.projection.ProjectionMonitor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Exports the alterations log (oldest first) from the read model. */
@Command(
        name = "changes",
        mixinStandardHelpOptions = true,
        description = {
            "Export the alterations log: every alteration and drop by a body, with its classification, field-by-field"
                    + " before/after, reason, source, actor, effective date and recorded time, oldest first.",
            "jsonl: one alteration per line; json: one array; csv: the same columns as GET /api/changes.csv."
        })
final class ExportChangesCommand extends LedgerCommand {

    /** The output formats. */
    enum Format {
        JSONL,
        JSON,
        CSV
    }

    @Option(names = "--format", paramLabel = "FORMAT", description = "jsonl (default), json or csv.")
    Format format = Format.JSONL;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write to FILE (default: standard output).")
    Path output;

    @Option(
            names = {"-q", "--quiet"},
            description = "No summary on standard error.")
    boolean quiet;

    @Option(
            names = "--timeout",
            paramLabel = "DURATION",
            description = "How long to wait for the alterations log to catch up with the events (default: PT10M).")
    java.time.Duration timeout = java.time.Duration.ofMinutes(10);

    @Override
    protected int run(LedgerContext context) throws IOException, InterruptedException {
        AlterationQueries queries = context.bean(AlterationQueries.class);
        if (!caughtUp(context.bean(ProjectionMonitor.class))) {
            err().println("The alterations log did not catch up with the events within " + timeout + ".");
            return ExitCodes.FAILURE;
        }
        List<AlterationView> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            Page<AlterationView> result = queries.changes(ChangesFilter.none(), page, 500);
            all.addAll(result.items());
            if ((long) page * 500 >= result.totalItems()) {
                break;
            }
        }
        java.util.Collections.reverse(all); // the log pages newest first; an export reads oldest first
        if (output == null || output.toString().equals("-")) {
            write(context, all, root().stdout());
        } else {
            try (OutputStream out = Files.newOutputStream(output)) {
                write(context, all, out);
            }
        }
        if (!quiet) {
            err().println("Exported " + all.size() + " alterations" + (output == null ? "." : " to " + output + "."));
            err().flush();
        }
        return ExitCodes.OK;
    }

    /** The read model is eventually consistent: export only once it has applied every event there is. */
    private boolean caughtUp(ProjectionMonitor monitor) throws InterruptedException {
        long head = monitor.head();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (monitor.readModel("alterations").position() < head) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }

    private void write(LedgerContext context, List<AlterationView> alterations, OutputStream out) throws IOException {
        ObjectMapper json = context.bean(ObjectMapper.class).copy().disable(SerializationFeature.INDENT_OUTPUT);
        PrintStream print = new PrintStream(out, false, StandardCharsets.UTF_8);
        switch (format) {
            case JSONL -> {
                for (AlterationView alteration : alterations) {
                    print.println(json.writeValueAsString(alteration));
                }
            }
            case JSON -> print.println(json.writeValueAsString(alterations));
            case CSV -> print.print(ChangesCsv.text(alterations));
        }
        print.flush();
    }
}
