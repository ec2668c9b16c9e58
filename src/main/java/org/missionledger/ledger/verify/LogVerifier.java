package org.missionledger.ledger.verify;

import java.io.IOException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.missionledger.ledger.log.LeafEntry;
import org.missionledger.ledger.log.LeafSource;
import org.missionledger.ledger.note.NoteVerifierKey;

/**
 * Verifies a history of events against signed checkpoints, offline: recomputes every leaf and every checkpointed root,
 * checks every signature and that all checkpoints lie on one append-only history, and — given evidence of the
 * authenticated history (saved leaves, an earlier export, or the log's own stored leaves), itself checked against the
 * checkpoint roots — names each event that was modified, deleted, inserted or reordered, and the checkpoints it
 * contradicts. Without such evidence it narrows the first changed leaf down to the range between the largest
 * checkpoint that still matches and the smallest that does not. Plain Java: no framework, no database.
 */
public final class LogVerifier {

    /**
     * What to verify.
     *
     * @param history the history under test (an export, or the live event store)
     * @param checkpoints saved checkpoints
     * @param keys the trusted verifier keys
     * @param evidence sources of the authenticated history, best first (each is checked against the checkpoints)
     * @param wholeEvidence compare with the evidence even where no checkpoint covers it yet, and even when every
     *     checkpoint verifies (the live mode, whose evidence is the log's own record)
     */
    public record Inputs(
            LeafSource history,
            List<CheckpointFile> checkpoints,
            List<NoteVerifierKey> keys,
            List<LeafSource> evidence,
            boolean wholeEvidence) {
        public Inputs {
            Objects.requireNonNull(history, "history");
            checkpoints = List.copyOf(checkpoints);
            keys = List.copyOf(keys);
            evidence = List.copyOf(evidence);
        }

        /** Offline inputs: evidence is used only up to the checkpoint it reproduces, and only when needed. */
        public Inputs(
                LeafSource history,
                List<CheckpointFile> checkpoints,
                List<NoteVerifierKey> keys,
                List<LeafSource> evidence) {
            this(history, checkpoints, keys, evidence, false);
        }
    }

    private final Progress progress;

    LogVerifier(Progress progress) {
        this.progress = progress;
    }

    /** A verifier without progress output. */
    public static LogVerifier quiet() {
        return new LogVerifier(Progress.NONE);
    }

    /**
     * Runs the verification.
     *
     * @return the report
     * @throws IOException if an input cannot be read
     * @throws LeafSource.MalformedSourceException if an input is malformed
     */
    public VerificationReport verify(Inputs inputs) throws IOException {
        VerificationReport report = new VerificationReport(inputs.history().describe(), inputs.keys());
        List<VerificationReport.CheckpointResult> checkpoints = checkSignatures(inputs, report);
        LeafTable history = read(inputs.history(), "Recomputing leaves");
        report.history(history.size(), history.root(history.size()));
        sanity(history, report);

        List<VerificationReport.CheckpointResult> valid = new ArrayList<>();
        for (VerificationReport.CheckpointResult result : checkpoints) {
            if (result.problem() == null) {
                valid.add(result);
            }
        }
        valid.sort(Comparator.comparingLong(r -> r.checkpoint().size()));
        for (VerificationReport.CheckpointResult result : valid) {
            long size = result.checkpoint().size();
            if (size <= history.size()) {
                byte[] root = history.root(size);
                result.compared(
                        root, MessageDigest.isEqual(root, result.checkpoint().rootHash()));
            } else {
                result.beyond();
            }
        }
        List<Fork> forks = forks(valid);
        inconsistent(valid, report);
        rootsOnlyConclusion(valid, report);
        LeafTable evidenceUsed = null;

        boolean disagrees = valid.stream().anyMatch(r -> !Boolean.TRUE.equals(r.matches()));
        if (disagrees || inputs.wholeEvidence()) {
            for (LeafSource source : inputs.evidence()) {
                LeafTable evidence = read(source, "Reading evidence");
                evidenceUsed = evidence;
                Authentication authentication = authenticate(evidence, valid, report);
                long length = authentication.length();
                if (inputs.wholeEvidence() && authentication.consistent()) {
                    length = evidence.size();
                }
                if (length == 0) {
                    continue;
                }
                HistoryComparison comparison = HistoryComparison.of(evidence, length, history);
                Map<Long, LeafEntry> expectedDetails =
                        details(source, comparison.expectedPositionsForDetails(), "Reading evidence details");
                Map<Long, LeafEntry> actualDetails =
                        details(inputs.history(), comparison.actualPositionsForDetails(), "Reading details");
                report.evidence(
                        source.describe(),
                        authentication.length(),
                        length,
                        comparison,
                        comparison.findings(expectedDetails, actualDetails));
                break;
            }
        }
        for (Fork fork : forks) {
            report.problem(forkMessage(fork, history, evidenceUsed));
        }
        if (!report.hasEvidenceComparison()) {
            report.suspects(suspects(history, valid));
        }
        return report;
    }

    private List<VerificationReport.CheckpointResult> checkSignatures(Inputs inputs, VerificationReport report) {
        List<VerificationReport.CheckpointResult> results = new ArrayList<>();
        for (CheckpointFile file : inputs.checkpoints()) {
            CheckpointSignatures.Result check = CheckpointSignatures.check(file, inputs.keys());
            check.notes().forEach(note -> report.note(file.name() + ": " + note));
            results.add(new VerificationReport.CheckpointResult(
                    file.name(), check.checkpoint(), check.signer(), check.problem()));
        }
        report.checkpoints(results);
        return results;
    }

    private static void sanity(LeafTable history, VerificationReport report) {
        for (long[] duplicate : history.duplicates()) {
            report.problem("event " + history.eventId(duplicate[1]) + " occurs twice in the " + "history checked: at "
                    + "leaf " + duplicate[0] + " and again at leaf " + duplicate[1]);
        }
        for (long[] step : history.outOfOrder()) {
            report.problem("global indexes go backwards at leaf " + step[0] + " (" + step[1] + " then " + step[2]
                    + "): the history checked is not in global order");
        }
    }

    /** Two validly signed checkpoints of the same size with different roots: the log showed two histories. */
    private record Fork(VerificationReport.CheckpointResult first, VerificationReport.CheckpointResult second) {}

    private static List<Fork> forks(List<VerificationReport.CheckpointResult> valid) {
        List<Fork> forks = new ArrayList<>();
        Map<Long, VerificationReport.CheckpointResult> bySize = new HashMap<>();
        for (VerificationReport.CheckpointResult result : valid) {
            VerificationReport.CheckpointResult other =
                    bySize.putIfAbsent(result.checkpoint().size(), result);
            if (other != null
                    && !MessageDigest.isEqual(
                            other.checkpoint().rootHash(), result.checkpoint().rootHash())) {
                forks.add(new Fork(other, result));
            }
        }
        return forks;
    }

    /**
     * Names a fork: both checkpoints, both roots, which one the history checked reproduces, and — when the evidence
     * reproduces the other one — the first leaf at which the two histories differ.
     */
    private static String forkMessage(Fork fork, LeafTable history, LeafTable evidence) {
        VerificationReport.CheckpointResult a = fork.first();
        VerificationReport.CheckpointResult b = fork.second();
        long size = a.checkpoint().size();
        StringBuilder out = new StringBuilder("FORK: ")
                .append(a.name())
                .append(" (root ")
                .append(base64(a.checkpoint().rootHash()))
                .append(") and ")
                .append(b.name())
                .append(" (root ")
                .append(base64(b.checkpoint().rootHash()))
                .append(") are both validly signed for tree size ")
                .append(size)
                .append(": the log presented two different histories of the same size");
        VerificationReport.CheckpointResult reproduced =
                Boolean.TRUE.equals(a.matches()) ? a : Boolean.TRUE.equals(b.matches()) ? b : null;
        if (reproduced != null) {
            out.append("; the history checked reproduces ").append(reproduced.name());
        }
        long firstDifference = -1;
        if (reproduced != null && evidence != null && evidence.size() >= size) {
            VerificationReport.CheckpointResult other = reproduced == a ? b : a;
            if (MessageDigest.isEqual(evidence.root(size), other.checkpoint().rootHash())) {
                for (long p = 0; p < size; p++) {
                    if (!history.sameLeaf(p, evidence, p)) {
                        firstDifference = p;
                        break;
                    }
                }
            }
        }
        if (firstDifference >= 0) {
            out.append("; the two histories first differ at leaf ")
                    .append(firstDifference)
                    .append(" (event ")
                    .append(evidence.eventId(firstDifference))
                    .append(" in ")
                    .append(evidence.source())
                    .append(", event ")
                    .append(history.eventId(firstDifference))
                    .append(" in the history checked)");
        } else {
            out.append("; two roots cannot say at which leaf the histories part: give the leaves saved with the "
                    + "other checkpoint (--trusted-leaves) to find the first differing leaf");
        }
        return out.toString();
    }

    /** A checkpoint the history matches, larger than one it contradicts: the two checkpoints are inconsistent. */
    private static void inconsistent(List<VerificationReport.CheckpointResult> valid, VerificationReport report) {
        VerificationReport.CheckpointResult firstBad = valid.stream()
                .filter(r -> Boolean.FALSE.equals(r.matches()) && !r.isBeyondHistory())
                .findFirst()
                .orElse(null);
        if (firstBad != null) {
            valid.stream()
                    .filter(r -> Boolean.TRUE.equals(r.matches())
                            && r.checkpoint().size() > firstBad.checkpoint().size())
                    .reduce((a, b) -> b)
                    .ifPresent(later -> report.problem("INCONSISTENT CHECKPOINTS: the history checked reproduces "
                            + later.name() + " (size " + later.checkpoint().size() + ") but not the earlier "
                            + firstBad.name() + " (size "
                            + firstBad.checkpoint().size() + "); no append-only log "
                            + "can have signed both, so the log rewrote its history between them"));
        }
    }

    private static void rootsOnlyConclusion(
            List<VerificationReport.CheckpointResult> valid, VerificationReport report) {
        VerificationReport.CheckpointResult firstBad = firstBad(valid);
        VerificationReport.CheckpointResult lastGood = lastGoodBelow(valid, firstBad);
        report.rootsOnly(lastGood == null ? 0 : lastGood.checkpoint().size(), lastGood, firstBad);
    }

    /** The smallest checkpoint the history does not reproduce, or {@code null}. */
    private static VerificationReport.CheckpointResult firstBad(List<VerificationReport.CheckpointResult> valid) {
        return valid.stream()
                .filter(r -> !Boolean.TRUE.equals(r.matches()))
                .findFirst()
                .orElse(null);
    }

    /**
     * The largest reproduced checkpoint strictly smaller than {@code firstBad} (a reproduced checkpoint of the same
     * size is the other side of a fork and says nothing about where the changed leaf is), or {@code null}.
     */
    private static VerificationReport.CheckpointResult lastGoodBelow(
            List<VerificationReport.CheckpointResult> valid, VerificationReport.CheckpointResult firstBad) {
        if (firstBad == null) {
            return null;
        }
        return valid.stream()
                .filter(r -> Boolean.TRUE.equals(r.matches())
                        && r.checkpoint().size() < firstBad.checkpoint().size())
                .reduce((x, y) -> y)
                .orElse(null);
    }

    /**
     * How far evidence is proven by checkpoints.
     *
     * @param length the largest checkpoint size it reproduces, with every smaller checkpoint it covers; 0 if none
     * @param consistent whether it reproduces every checkpoint it covers
     */
    private record Authentication(long length, boolean consistent) {}

    private static Authentication authenticate(
            LeafTable evidence, List<VerificationReport.CheckpointResult> valid, VerificationReport report) {
        long authenticated = 0;
        for (VerificationReport.CheckpointResult result : valid) {
            long size = result.checkpoint().size();
            if (size > evidence.size()) {
                break;
            }
            boolean reproducesASibling = valid.stream()
                    .anyMatch(other -> other != result
                            && other.checkpoint().size() == size
                            && MessageDigest.isEqual(
                                    evidence.root(size), other.checkpoint().rootHash()));
            if (reproducesASibling) {
                continue; // a fork: the evidence is proven by the other checkpoint of this size
            }
            if (!MessageDigest.isEqual(evidence.root(size), result.checkpoint().rootHash())) {
                report.problem(evidence.source() + " (" + evidence.size() + " leaves) does not reproduce "
                        + result.name() + " (size " + size + ")"
                        + (authenticated == 0
                                ? ", nor any earlier checkpoint: it cannot be used to name the changes"
                                : "; it is trusted only up to size " + authenticated));
                return new Authentication(authenticated, false);
            }
            authenticated = size;
        }
        if (authenticated == 0 && !valid.isEmpty()) {
            report.note(evidence.source() + " (" + evidence.size() + " leaves) is shorter than every checkpoint and "
                    + "is not proven by any");
        }
        return new Authentication(authenticated, true);
    }

    /** The events of the history inside the window where the first change must be (roots alone). */
    private static List<String> suspects(LeafTable history, List<VerificationReport.CheckpointResult> valid) {
        VerificationReport.CheckpointResult bad = firstBad(valid);
        List<String> suspects = new ArrayList<>();
        if (bad == null) {
            return suspects;
        }
        VerificationReport.CheckpointResult good = lastGoodBelow(valid, bad);
        long lastGood = good == null ? 0 : good.checkpoint().size();
        long firstBad = bad.checkpoint().size();
        for (long i = lastGood; i < Math.min(firstBad, history.size()) && suspects.size() < 20; i++) {
            suspects.add(
                    "leaf " + i + ": event " + history.eventId(i) + " (global index " + history.globalIndex(i) + ")");
        }
        return suspects;
    }

    private LeafTable read(LeafSource source, String task) throws IOException {
        try (Progress.Task bar = progress.start(task, source.progressTotal(), source.progressUnit())) {
            return LeafTable.read(source, bar::update);
        }
    }

    private Map<Long, LeafEntry> details(LeafSource source, Set<Long> positions, String task) throws IOException {
        Map<Long, LeafEntry> result = new HashMap<>(positions.size() * 2);
        if (positions.isEmpty()) {
            return result;
        }
        long last = positions.stream().mapToLong(Long::longValue).max().orElse(-1);
        try (Progress.Task bar = progress.start(task, source.progressTotal(), source.progressUnit())) {
            source.read(
                    entry -> {
                        if (positions.contains(entry.position())) {
                            result.put(entry.position(), entry);
                        }
                        if (entry.position() >= last) {
                            throw StopReading.INSTANCE;
                        }
                    },
                    bar::update);
        } catch (StopReading done) {
            // every position needed was read
        }
        if (last >= 0 && !result.containsKey(last)) {
            throw new IllegalStateException(source.describe() + " changed while it was being verified");
        }
        return result;
    }

    /** Ends a read early once every needed position was seen. */
    private static final class StopReading extends RuntimeException {
        static final StopReading INSTANCE = new StopReading();

        private StopReading() {
            super(null, null, false, false);
        }
    }

    static String base64(byte[] hash) {
        return Base64.getEncoder().encodeToString(hash);
    }
}
