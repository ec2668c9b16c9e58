package org.missionledger.ledger.verify;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.missionledger.common.api.FeatureApi;
import org.missionledger.ledger.log.LeafSource;
import org.missionledger.ledger.log.LiveStore;
import org.missionledger.ledger.log.LogState;
import org.missionledger.ledger.note.NoteFormatException;
import org.missionledger.ledger.note.NoteVerifierKey;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verify}: checks the transparency log, offline from files or live against a store.
 *
 * <pre>
 * verify --events events.jsonl --checkpoint cp1.txt --checkpoint saved/ --key key.txt [--trusted-leaves leaves.jsonl]
 * verify --checkpoint cp.txt --key key.txt [--latest today.txt]                 a lone checkpoint's signatures
 * verify --checkpoint cp.txt --key key.txt --event line.jsonl --inclusion-proof proof.json
 * verify --checkpoint old.txt --latest today.txt --key key.txt --consistency-proof proof.json
 * verify --live (--mongo-uri URI | --data-dir DIR) [--database NAME] [--key key.txt] [--checkpoint saved/]
 *        [--save-events events.jsonl]
 * </pre>
 *
 * <p>Exit codes: 0 it holds, 1 it does not, 2 bad input (usage error, a file that cannot be read or does not fit).
 */
@Command(
        name = "verify",
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Verifies the transparency log. Offline (--events): recomputes every leaf and root from an events export "
                    + "(JSON Lines), checks every checkpoint's signature and that all checkpoints lie on one "
                    + "append-only history, and names each event that was modified, deleted, inserted or reordered "
                    + "and the checkpoints it contradicts. Naming events needs evidence of the earlier history "
                    + "(--trusted-leaves or --trusted-events); roots alone narrow it down to a range of leaves.",
            "Piece by piece, without the history: --checkpoint alone checks a checkpoint's signatures (with --latest, "
                    + "today's checkpoint, also a fork or a rollback); --event and --inclusion-proof check one event "
                    + "against a saved checkpoint; --consistency-proof checks that a later checkpoint extends a saved "
                    + "one.",
            "Live (--live): does the same for a store, against the log's own leaves, subtree hashes and checkpoints.",
            "Exit codes: 0 it holds, 1 it does not, 2 bad input (usage error, unreadable or mismatched files)."
        })
@FeatureApi("the offline verifier, mounted as a subcommand of the command line")
public final class VerifyCommand implements Callable<Integer> {

    /** Exit code: everything verified. */
    public static final int OK = 0;
    /** Exit code: verification failed. */
    public static final int FAILED = 1;
    /** Exit code: bad command line. */
    public static final int USAGE = 2;
    /** Exit code: an input could not be read, is malformed or does not fit the others (bad input, like usage). */
    public static final int UNREADABLE = 2;

    private static final Pattern KEY_LITERAL = Pattern.compile("[^+\\s]+\\+[0-9a-f]{8}\\+[A-Za-z0-9+/=]+");
    private static final long PROGRESS_THRESHOLD_BYTES = 8L << 20;

    @Option(
            names = "--events",
            paramLabel = "FILE",
            description = "The events export to verify (JSON Lines, one stored event per line, in global order).")
    Path events;

    @Option(
            names = "--checkpoint",
            paramLabel = "FILE|DIR",
            description = "A saved checkpoint (signed note), or a directory of them. Repeatable.")
    List<Path> checkpoints = new ArrayList<>();

    @Option(
            names = "--key",
            paramLabel = "FILE|KEY",
            description = "The log's verifier key (name+keyid+base64), or a file holding it (one key per line). "
                    + "Repeatable.")
    List<String> keys = new ArrayList<>();

    @Option(
            names = "--latest",
            paramLabel = "FILE",
            description = "Without --events: the checkpoint the log serves today (GET /api/ledger/checkpoint), "
                    + "compared with the --checkpoint files saved earlier: a smaller tree is a rollback, the same size "
                    + "with another root a fork.")
    Path latest;

    @Option(
            names = "--event",
            paramLabel = "FILE",
            description = "With --inclusion-proof: the event's exported line (one line of events.jsonl; a file of "
                    + "several lines is searched for the proof's event).")
    Path event;

    @Option(
            names = "--inclusion-proof",
            paramLabel = "FILE",
            description = "The JSON that GET /api/ledger/proof/inclusion?eventId=…&treeSize=… served, saved to a "
                    + "file: checks the --event against the --checkpoint of that tree size.")
    Path inclusionProof;

    @Option(
            names = "--consistency-proof",
            paramLabel = "FILE",
            description = "The JSON that GET /api/ledger/proof/consistency?from=…&to=… served, saved to a file: "
                    + "checks that the checkpoint of size 'to' extends the one of size 'from' (give both with "
                    + "--checkpoint/--latest; checkpoints embedded in the proof are checked too).")
    Path consistencyProof;

    @Option(
            names = "--trusted-leaves",
            paramLabel = "FILE|DIR",
            description = "Leaves saved earlier from GET /api/ledger/leaves.jsonl (or pages of /api/ledger/leaves); "
                    + "proven by the checkpoints, they let the verifier name each changed event. Repeatable.")
    List<Path> trustedLeaves = new ArrayList<>();

    @Option(
            names = "--trusted-events",
            paramLabel = "FILE",
            description = "An earlier events export, used like --trusted-leaves.")
    Path trustedEvents;

    @Option(
            names = "--live",
            description =
                    "Verify a store: its events against the log's own leaves, subtree hashes " + "and checkpoints.")
    boolean live;

    @Option(names = "--mongo-uri", paramLabel = "URI", description = "With --live: the MongoDB to verify.")
    String mongoUri;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "With --live: an embedded store's data directory (the application must be stopped).")
    Path dataDir;

    @Option(
            names = "--database",
            paramLabel = "NAME",
            defaultValue = "missionledger",
            description = "With --live: the database name (default: ${DEFAULT-VALUE}).")
    String database;

    @Option(
            names = "--save-events",
            paramLabel = "FILE",
            description = "With --live: also write the store's events export (JSON Lines) to FILE.")
    Path saveEvents;

    @Option(
            names = "--witness-key",
            paramLabel = "FILE|KEY",
            description = "A witness's key (name+keyid+base64, cosignature/v1), or a file of them: the verifier says "
                    + "which of these witnesses cosigned each checkpoint. Repeatable.")
    List<String> witnessKeys = new ArrayList<>();

    @Option(
            names = "--witnesses-required",
            paramLabel = "N",
            defaultValue = "0",
            description = "Fail unless at least N of the --witness-key witnesses cosigned the largest checkpoint "
                    + "(default: ${DEFAULT-VALUE}).")
    int witnessesRequired;

    @Option(names = "--no-progress", description = "Never show a progress bar (none is shown without a terminal).")
    boolean noProgress;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help and exit.")
    boolean help;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        validate();
        Progress progress = noProgress ? Progress.NONE : Progress.console(System.err, PROGRESS_THRESHOLD_BYTES);
        LogVerifier verifier = new LogVerifier(progress);
        try {
            if (!live && events == null) {
                PieceVerification.Report report = verifyPiece();
                out.print(report.render());
                out.flush();
                return report.ok() ? OK : FAILED;
            }
            VerificationReport report = live ? verifyLive(verifier, progress, err) : verifyOffline(verifier);
            witnessStep(report);
            out.print(report.render());
            out.flush();
            return report.ok() ? OK : FAILED;
        } catch (PieceVerification.BadInput e) {
            err.println("verify: bad input: " + e.getMessage());
            return UNREADABLE;
        } catch (LeafSource.MalformedSourceException e) {
            err.println("verify: unreadable input: " + e.getMessage());
            return UNREADABLE;
        } catch (IOException e) {
            err.println("verify: cannot read input: " + describe(e));
            return UNREADABLE;
        } catch (IllegalArgumentException e) {
            err.println("verify: " + e.getMessage());
            return UNREADABLE;
        } finally {
            err.flush();
        }
    }

    /** The witnesses' cosignatures and split-view evidence ({@link CosignatureCheck}). */
    private void witnessStep(VerificationReport report) throws IOException {
        List<CheckpointFile> all = new ArrayList<>(CheckpointFile.load(checkpoints));
        new CosignatureCheck(CosignatureCheck.loadKeys(witnessKeys), witnessesRequired).apply(all, report);
    }

    private void validate() {
        CommandLine cli = spec.commandLine();
        if (witnessesRequired < 0) {
            throw new CommandLine.ParameterException(cli, "--witnesses-required must be 0 or more");
        }
        if (live) {
            if (events != null) {
                throw new CommandLine.ParameterException(cli, "--events and --live exclude each other");
            }
            if (latest != null || event != null || inclusionProof != null || consistencyProof != null) {
                throw new CommandLine.ParameterException(
                        cli,
                        "--latest, --event, --inclusion-proof and --consistency-proof are offline checks, not --live");
            }
            if ((mongoUri == null) == (dataDir == null)) {
                throw new CommandLine.ParameterException(cli, "--live needs exactly one of --mongo-uri or --data-dir");
            }
        } else if (events == null) {
            if (keys.isEmpty()) {
                throw new CommandLine.ParameterException(cli, "give the log's verifier key with --key FILE|KEY");
            }
            if (inclusionProof != null && consistencyProof != null) {
                throw new CommandLine.ParameterException(
                        cli, "--inclusion-proof and --consistency-proof are separate checks: run verify twice");
            }
            if (inclusionProof != null && event == null) {
                throw new CommandLine.ParameterException(
                        cli, "--inclusion-proof needs the event's exported line: --event FILE");
            }
            if (event != null && inclusionProof == null) {
                throw new CommandLine.ParameterException(
                        cli, "--event needs --inclusion-proof FILE (or give the whole export with --events)");
            }
            if (inclusionProof == null && consistencyProof == null && checkpoints.isEmpty() && latest == null) {
                throw new CommandLine.ParameterException(
                        cli,
                        "give --events FILE (the whole history), a checkpoint to check alone (--checkpoint FILE), "
                                + "a proof (--inclusion-proof, --consistency-proof), or --live");
            }
            if (!trustedLeaves.isEmpty() || trustedEvents != null) {
                throw new CommandLine.ParameterException(cli, "--trusted-leaves and --trusted-events need --events");
            }
            if (mongoUri != null || dataDir != null || saveEvents != null) {
                throw new CommandLine.ParameterException(cli, "--mongo-uri, --data-dir and --save-events need --live");
            }
        } else {
            if (checkpoints.isEmpty()) {
                throw new CommandLine.ParameterException(cli, "give at least one --checkpoint FILE|DIR");
            }
            if (latest != null || event != null || inclusionProof != null || consistencyProof != null) {
                throw new CommandLine.ParameterException(
                        cli,
                        "--latest, --event, --inclusion-proof and --consistency-proof check pieces without "
                                + "--events; with --events give every checkpoint with --checkpoint");
            }
            if (keys.isEmpty()) {
                throw new CommandLine.ParameterException(cli, "give the log's verifier key with --key FILE|KEY");
            }
            if (mongoUri != null || dataDir != null || saveEvents != null) {
                throw new CommandLine.ParameterException(cli, "--mongo-uri, --data-dir and --save-events need --live");
            }
        }
    }

    /** Without the history: a lone checkpoint, an inclusion proof or a consistency proof. */
    private PieceVerification.Report verifyPiece() throws IOException {
        List<NoteVerifierKey> verifierKeys = loadKeys(keys);
        List<CheckpointFile> saved = new ArrayList<>(CheckpointFile.load(checkpoints));
        CheckpointFile today =
                latest == null ? null : CheckpointFile.load(List.of(latest)).get(0);
        if (inclusionProof != null) {
            if (today != null) {
                saved.add(today);
            }
            return PieceVerification.inclusion(saved, verifierKeys, requireFile(event), requireFile(inclusionProof));
        }
        if (consistencyProof != null) {
            if (today != null) {
                saved.add(today);
            }
            return PieceVerification.consistency(saved, verifierKeys, requireFile(consistencyProof));
        }
        return PieceVerification.checkpoints(saved, today, verifierKeys);
    }

    private VerificationReport verifyOffline(LogVerifier verifier) throws IOException {
        List<NoteVerifierKey> verifierKeys = loadKeys(keys);
        List<CheckpointFile> saved = CheckpointFile.load(checkpoints);
        VerificationReport report = verifier.verify(
                new LogVerifier.Inputs(new EventExportFile(requireFile(events)), saved, verifierKeys, evidence()));
        if (trustedEvents != null) {
            java.util.Set<String> modified = new java.util.LinkedHashSet<>();
            report.findings().stream()
                    .filter(f -> f instanceof Finding.Modified)
                    .forEach(f -> modified.add(f.eventId()));
            report.modifiedValues(ModifiedValues.between(trustedEvents, events, modified));
        }
        return report;
    }

    private List<LeafSource> evidence() throws IOException {
        List<LeafSource> evidence = new ArrayList<>();
        if (!trustedLeaves.isEmpty()) {
            for (Path path : trustedLeaves) {
                requireExists(path);
            }
            evidence.add(new LeavesFile(trustedLeaves));
        }
        if (trustedEvents != null) {
            evidence.add(new EventExportFile(requireFile(trustedEvents), "trusted export " + trustedEvents));
        }
        return evidence;
    }

    private VerificationReport verifyLive(LogVerifier verifier, Progress progress, PrintWriter err) throws IOException {
        quietLibraryLogging();
        try (LiveStore store =
                mongoUri != null ? LiveStore.connect(mongoUri, database) : LiveStore.openEmbedded(dataDir, database)) {
            if (saveEvents != null) {
                long written;
                try (Progress.Task task = progress.start("Exporting events", store.headIndex(), "events")) {
                    written = store.exportEvents(saveEvents, task::update);
                }
                err.println("verify: wrote " + written + " events to " + saveEvents);
            }
            List<NoteVerifierKey> verifierKeys;
            boolean selfAttested = keys.isEmpty();
            if (selfAttested) {
                String published = store.publishedVerifierKey()
                        .orElseThrow(() -> new IllegalArgumentException(
                                "the store publishes no verifier key; give it with --key"));
                verifierKeys = List.of(NoteVerifierKey.parse(published));
            } else {
                verifierKeys = loadKeys(keys);
            }
            List<CheckpointFile> all = new ArrayList<>();
            for (LiveStore.StoredNote note : store.checkpoints()) {
                all.add(new CheckpointFile("stored checkpoint #" + note.seq(), note.note()));
            }
            all.addAll(CheckpointFile.load(checkpoints));
            List<LeafSource> evidence = new ArrayList<>();
            evidence.add(store.storedLeaves());
            evidence.addAll(evidence());
            VerificationReport report =
                    verifier.verify(new LogVerifier.Inputs(store.events(), all, verifierKeys, evidence, true));
            if (selfAttested) {
                report.note("the verifier key was read from the store itself; give the published key with --key for "
                        + "an independent check");
            }
            storeChecks(store, report, progress);
            return report;
        }
    }

    /** The report goes to stdout; the database driver's and the embedded server's chatter would drown it. */
    private static void quietLibraryLogging() {
        try {
            for (String name : List.of("org.mongodb.driver", "de.bwaldvogel.mongo", "org.h2")) {
                if (org.slf4j.LoggerFactory.getLogger(name) instanceof ch.qos.logback.classic.Logger logger) {
                    logger.setLevel(ch.qos.logback.classic.Level.ERROR);
                }
            }
        } catch (LinkageError noLogback) {
            // another logging backend: leave it as configured
        }
    }

    /** Audits of the store that only the live mode can make. */
    private static void storeChecks(LiveStore store, VerificationReport report, Progress progress) throws IOException {
        List<Long> holes = store.holes();
        if (holes.isEmpty()) {
            report.check(
                    true,
                    "event store: " + report.historySize() + " events up to global index " + store.headIndex() + ", "
                            + store.tombstones() + " tombstone(s), no missing global index");
        } else {
            report.check(
                    false,
                    "event store: global index(es) " + shortList(holes) + " hold neither an event nor a "
                            + "tombstone: events were removed from the store");
        }
        LogState state = store.state();
        LeafTable leaves;
        try (Progress.Task task = progress.start("Reading stored leaves", state.size(), "leaves")) {
            leaves = LeafTable.read(store.storedLeaves(), task::update);
        }
        report.check(
                leaves.size() == state.size(),
                "log state: size " + state.size() + ", " + leaves.size() + " stored leaves");
        if (leaves.size() >= state.size()) {
            boolean rootOk = MessageDigest.isEqual(state.root(), leaves.root(state.size()));
            report.check(
                    rootOk,
                    "log state: root " + LogVerifier.base64(state.root()) + (rootOk ? " equals" : " differs from")
                            + " the root of the stored leaves");
            LiveStore.NodeAudit audit;
            try (Progress.Task task = progress.start("Auditing subtree hashes", 2 * state.size(), "nodes")) {
                audit = store.auditNodes(state.size(), leaves.tree(), task::update);
            }
            report.check(
                    audit.ok(),
                    "subtree hashes: " + audit.checked() + " checked against the stored leaves"
                            + (audit.ok()
                                    ? ", all equal"
                                    : ": " + audit.missing() + " missing, " + audit.different() + " different ("
                                            + String.join("; ", audit.examples()) + ")"));
        }
        long unsequenced = report.historySize() - state.size();
        if (unsequenced > 0) {
            report.note(unsequenced + " event(s) are not in the log yet (the sequencer is behind, or stopped)");
        }
    }

    private static String shortList(List<Long> values) {
        List<String> shown = values.stream().limit(10).map(String::valueOf).toList();
        return String.join(", ", shown) + (values.size() > 10 ? " … (" + values.size() + " in all)" : "");
    }

    static List<NoteVerifierKey> loadKeys(List<String> specs) throws IOException {
        List<NoteVerifierKey> result = new ArrayList<>();
        for (String spec : specs) {
            Path path = Path.of(spec);
            List<String> lines;
            if (Files.isRegularFile(path)) {
                lines = Files.readAllLines(path, StandardCharsets.UTF_8);
            } else if (KEY_LITERAL.matcher(spec.strip()).matches()) {
                lines = List.of(spec);
            } else {
                throw new java.nio.file.NoSuchFileException(spec, null, "no such key file (and not a key)");
            }
            for (String line : lines) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    result.add(NoteVerifierKey.parse(line.strip()));
                } catch (NoteFormatException e) {
                    throw new IllegalArgumentException("not a verifier key in " + spec + ": " + e.getMessage(), e);
                }
            }
        }
        if (result.isEmpty()) {
            throw new IllegalArgumentException("no verifier key found in " + specs);
        }
        return result;
    }

    private static Path requireFile(Path path) throws IOException {
        if (!Files.isRegularFile(path)) {
            throw new java.nio.file.NoSuchFileException(path.toString(), null, "not a readable file");
        }
        return path;
    }

    private static void requireExists(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new java.nio.file.NoSuchFileException(path.toString());
        }
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException missing) {
            return missing.getFile() + ": " + (missing.getReason() == null ? "no such file" : missing.getReason());
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
