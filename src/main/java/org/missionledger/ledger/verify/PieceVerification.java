package org.missionledger.ledger.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.missionledger.ledger.log.EventLeaf;
import org.missionledger.ledger.log.EventLineReader;
import org.missionledger.ledger.log.LeafEncoding;
import org.missionledger.ledger.merkle.MerkleVerifier;
import org.missionledger.ledger.merkle.ProofVerificationException;
import org.missionledger.ledger.note.Checkpoint;
import org.missionledger.ledger.note.NoteVerifierKey;

/**
 * The verifier piece by piece, for a journalist who holds a few files rather than the whole history: a lone
 * checkpoint's signatures (and, against the checkpoint the log serves today, a fork or a rollback), one event's
 * inclusion in a saved checkpoint from the proof {@code GET /api/ledger/proof/inclusion} serves, and a consistency
 * proof from {@code GET /api/ledger/proof/consistency} between two saved checkpoints. Offline, plain Java.
 *
 * <p>Every check ends in a verdict: {@link Report#ok()} (exit 0) or not (exit 1); inputs that do not fit together
 * (a proof for another tree size, an event line for another event) are {@link BadInput} (exit 2).
 */
final class PieceVerification {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Inputs that do not fit together or cannot be read as what they should be. */
    static final class BadInput extends IllegalArgumentException {
        BadInput(String message) {
            super(message);
        }

        BadInput(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A plain-words report: sections of lines, then the verdict. */
    static final class Report {
        private final StringBuilder out = new StringBuilder();
        private final List<String> failures = new ArrayList<>();
        private final List<String> summary = new ArrayList<>();

        Report(String title) {
            out.append(title).append('\n');
        }

        void section(String heading) {
            out.append('\n').append(heading).append('\n');
        }

        void field(String name, String value) {
            out.append(String.format(Locale.ROOT, "  %-10s %s%n", name, value));
        }

        void pass(String line) {
            out.append("  OK    ").append(line).append('\n');
        }

        void fail(String kind, String line) {
            out.append("  FAIL  ").append(kind).append(": ").append(line).append('\n');
            failures.add(kind);
        }

        void note(String line) {
            out.append("  note  ").append(line).append('\n');
        }

        void summary(String line) {
            summary.add(line);
        }

        boolean ok() {
            return failures.isEmpty();
        }

        String render() {
            StringBuilder result = new StringBuilder(out).append('\n');
            if (ok()) {
                result.append("Result: OK. ").append(String.join(" ", summary)).append('\n');
            } else {
                result.append("Result: FAILED. ")
                        .append(String.join(", ", failures.stream().distinct().toList()))
                        .append(". ")
                        .append(String.join(" ", summary))
                        .append('\n');
            }
            return result.toString().replace(". \n", ".\n");
        }
    }

    private PieceVerification() {}

    /** A checkpoint with the outcome of its signature check. */
    private record Signed(CheckpointFile file, CheckpointSignatures.Result check) {
        Checkpoint checkpoint() {
            return check.checkpoint();
        }

        boolean valid() {
            return check.problem() == null;
        }
    }

    // ------------------------------------------------------------------------------------------- lone checkpoints

    /**
     * Checks lone checkpoints: each one's signatures; two of the same size with different roots are a fork; and,
     * given the checkpoint the log serves today ({@code latest}), a smaller tree than one signed before is a rollback.
     */
    static Report checkpoints(List<CheckpointFile> files, CheckpointFile latest, List<NoteVerifierKey> keys) {
        Report report = new Report("Mission Ledger checkpoint verification");
        keys(report, keys);
        List<Signed> all = new ArrayList<>();
        for (CheckpointFile file : files) {
            all.add(describe(report, file, keys, "Checkpoint " + file.name()));
        }
        Signed today = latest == null ? null : describe(report, latest, keys, "Today's checkpoint " + latest.name());
        List<Signed> valid = new ArrayList<>(all.stream().filter(Signed::valid).toList());
        if (today != null && today.valid()) {
            valid.add(today);
        }
        boolean forked = forks(report, valid);
        if (today != null && today.valid()) {
            compareWithToday(report, all, today);
        }
        long signedOk = valid.size();
        if (report.ok()) {
            report.summary(
                    signedOk + " checkpoint(s) validly signed by the key given."
                            + (forked
                                    ? ""
                                    : " A signature proves what the log said; that today's log still extends a saved "
                                            + "checkpoint needs a consistency proof (--consistency-proof) or an export (--events)."));
        }
        return report;
    }

    private static void compareWithToday(Report report, List<Signed> saved, Signed today) {
        long todaySize = today.checkpoint().size();
        report.section("Compared with today's checkpoint (size " + todaySize + ")");
        for (Signed earlier : saved) {
            if (!earlier.valid()
                    || !earlier.checkpoint().origin().equals(today.checkpoint().origin())) {
                continue;
            }
            long size = earlier.checkpoint().size();
            if (size > todaySize) {
                report.fail(
                        "ROLLBACK",
                        "today's tree (size " + todaySize + ") is smaller than the tree of size " + size + " that the "
                                + "log already signed in " + earlier.file().name() + ": an append-only log never "
                                + "shrinks, so the log was rolled back (truncated) by at least " + (size - todaySize)
                                + " event(s). Keep both files: together they prove it.");
            } else if (size < todaySize) {
                report.note(earlier.file().name() + " (size " + size + ") is older: to prove today's tree extends it, "
                        + "save GET /api/ledger/proof/consistency?from=" + size + "&to=" + todaySize
                        + " and run verify --checkpoint " + earlier.file().name() + " --latest "
                        + today.file().name()
                        + " --consistency-proof proof.json");
            }
        }
    }

    // ------------------------------------------------------------------------------------------------- inclusion

    /** Checks that the event of {@code eventFile} is in the tree of a saved checkpoint, by the inclusion proof. */
    static Report inclusion(List<CheckpointFile> files, List<NoteVerifierKey> keys, Path eventFile, Path proofFile)
            throws IOException {
        JsonNode proof = readJson(proofFile);
        String eventId = text(proof, "eventId", proofFile);
        long leafIndex = number(proof, "leafIndex", proofFile);
        long treeSize = number(proof, "treeSize", proofFile);
        List<byte[]> path = hashes(proof.get("proof"), "proof", proofFile);
        List<CheckpointFile> candidates = new ArrayList<>(files);
        embedded(proof, "checkpoint", proofFile).ifPresent(candidates::add);

        Report report = new Report("Mission Ledger inclusion proof verification");
        keys(report, keys);
        Signed checkpoint = pick(report, candidates, keys, treeSize, "the inclusion proof", "treeSize");
        EventLine line = eventLine(eventFile, eventId);
        byte[] leafHash = LeafEncoding.leafHash(LeafEncoding.encode(line.leaf()));

        report.section("Event " + eventId);
        report.field(
                "event",
                line.leaf().describe() + ", global index " + line.leaf().globalIndex() + ", recorded "
                        + line.leaf().timestamp() + " (" + eventFile + " " + line.location() + ")");
        report.field("leaf hash", hex(leafHash) + " (recomputed from the event)");
        report.field(
                "proof",
                "leaf " + leafIndex + " of a tree of " + treeSize + ", " + path.size() + " hash(es) (" + proofFile
                        + ")");
        if (!checkpoint.valid()) {
            report.fail(
                    "SIGNATURE",
                    checkpoint.file().name() + ": " + checkpoint.check().problem());
            return report;
        }
        byte[] signedRoot = checkpoint.checkpoint().rootHash();
        byte[] computed;
        try {
            computed = MerkleVerifier.rootFromInclusionProof(leafIndex, treeSize, leafHash, path);
        } catch (ProofVerificationException e) {
            report.fail(
                    "BAD PROOF",
                    "the proof is not an inclusion proof of leaf " + leafIndex + " in a tree of " + treeSize + ": "
                            + e.getMessage());
            return report;
        }
        if (MessageDigest.isEqual(computed, signedRoot)) {
            report.pass("the proof leads from the event's leaf to root " + b64(signedRoot) + ", the root signed in "
                    + checkpoint.file().name());
            report.summary("Event " + eventId + " is leaf " + leafIndex + " of the log as signed at size " + treeSize
                    + ", exactly as you hold it.");
            return report;
        }
        // The event as held does not reach the signed root. Does the log's own leaf (served with the proof)?
        EventLeaf logged = servedLeaf(proof, proofFile);
        if (logged != null) {
            byte[] loggedHash = LeafEncoding.leafHash(LeafEncoding.encode(logged));
            boolean loggedReaches;
            try {
                loggedReaches = MessageDigest.isEqual(
                        MerkleVerifier.rootFromInclusionProof(leafIndex, treeSize, loggedHash, path), signedRoot);
            } catch (ProofVerificationException e) {
                loggedReaches = false;
            }
            if (loggedReaches && !MessageDigest.isEqual(loggedHash, leafHash)) {
                report.fail(
                        "MODIFIED",
                        "the event you hold differs from the one the log signed as leaf " + leafIndex + " (the leaf "
                                + "served with the proof reaches the signed root; yours does not). Changed: "
                                + String.join("; ", logged.differences(line.leaf())));
                return report;
            }
        }
        report.fail(
                "NOT INCLUDED",
                "the proof leads from the event's leaf to root " + b64(computed) + ", not to the signed root "
                        + b64(signedRoot) + " of " + checkpoint.file().name() + ": this event, as you hold it, is not "
                        + "leaf " + leafIndex + " of that tree — the event or the proof was altered, or the log's "
                        + "tree of size " + treeSize + " is not the one it signed (a fork)");
        return report;
    }

    // ----------------------------------------------------------------------------------------------- consistency

    /** Checks, by the consistency proof, that the larger of two saved checkpoints extends the smaller one. */
    static Report consistency(List<CheckpointFile> files, List<NoteVerifierKey> keys, Path proofFile)
            throws IOException {
        JsonNode proof = readJson(proofFile);
        long from = number(proof, "from", proofFile);
        long to = number(proof, "to", proofFile);
        List<byte[]> path = hashes(proof.get("proof"), "proof", proofFile);
        List<CheckpointFile> candidates = new ArrayList<>(files);
        embedded(proof, "fromCheckpoint", proofFile).ifPresent(candidates::add);
        embedded(proof, "toCheckpoint", proofFile).ifPresent(candidates::add);

        Report report = new Report("Mission Ledger consistency proof verification");
        keys(report, keys);
        List<Signed> described = new ArrayList<>();
        for (CheckpointFile file : candidates) {
            described.add(describe(report, file, keys, "Checkpoint " + file.name()));
        }
        List<Signed> valid = described.stream().filter(Signed::valid).toList();
        boolean forked = forks(report, valid);
        Signed older = select(described, from, "from", proofFile);
        Signed newer = select(described, to, "to", proofFile);
        for (Signed s : List.of(older, newer)) {
            if (!s.valid()) {
                report.fail("SIGNATURE", s.file().name() + ": " + s.check().problem());
            }
        }
        if (!report.ok()) {
            return report;
        }
        if (!older.checkpoint().origin().equals(newer.checkpoint().origin())) {
            report.note("the two checkpoints name different origins ("
                    + older.checkpoint().origin() + ", " + newer.checkpoint().origin() + ")");
        }
        report.section("Consistency of size " + from + " with size " + to);
        report.field("proof", path.size() + " hash(es) (" + proofFile + ")");
        byte[] oldRoot = older.checkpoint().rootHash();
        byte[] newRoot = newer.checkpoint().rootHash();
        if (from == to) {
            if (!forked) {
                report.pass("both checkpoints are of size " + from + " with the same root: the same tree");
                report.summary("Both checkpoints commit to the same tree.");
            }
            return report;
        }
        try {
            MerkleVerifier.verifyConsistency(from, to, path, oldRoot, newRoot);
        } catch (ProofVerificationException e) {
            report.fail(
                    "NOT CONSISTENT",
                    "the proof does not show that the tree of size " + to + " (root " + b64(newRoot) + ", "
                            + newer.file().name() + ") extends the tree of size " + from + " (root " + b64(oldRoot)
                            + ", " + older.file().name() + "): " + e.getMessage() + ". Both are validly signed, so "
                            + "either the log rewrote at least one of leaves 0–" + (from - 1) + " after signing the "
                            + "first (a fork: keep both files) or it served a wrong proof; ask for the proof again "
                            + "and, if it still fails, verify an export with --events to name the events");
            return report;
        }
        if (!forked) {
            report.pass("the tree of size " + to + " extends the tree of size " + from + ": leaves 0–" + (from - 1)
                    + " are unchanged and " + (to - from) + " event(s) were appended");
            report.summary("The log of size " + to + " (" + newer.file().name() + ") is an append-only extension "
                    + "of the checkpoint of size " + from + " (" + older.file().name() + "): nothing signed then "
                    + "was changed, removed or reordered.");
        }
        return report;
    }

    // --------------------------------------------------------------------------------------------------- helpers

    private static void keys(Report report, List<NoteVerifierKey> keys) {
        for (NoteVerifierKey key : keys) {
            report.field("key", key.name() + "+" + key.keyIdHex());
        }
    }

    private static Signed describe(Report report, CheckpointFile file, List<NoteVerifierKey> keys, String heading) {
        CheckpointSignatures.Result check = CheckpointSignatures.check(file, keys);
        report.section(heading);
        Checkpoint checkpoint = check.checkpoint();
        if (checkpoint != null) {
            report.field("origin", checkpoint.origin());
            report.field("tree size", String.valueOf(checkpoint.size()));
            report.field("root", b64(checkpoint.rootHash()) + " (hex " + hex(checkpoint.rootHash()) + ")");
        }
        report.field("key ids", String.join("; ", check.found()));
        if (check.problem() == null) {
            report.pass("validly signed by " + check.signer());
        } else {
            report.fail("SIGNATURE", check.problem());
        }
        check.notes().forEach(report::note);
        return new Signed(file, check);
    }

    /** Two validly signed checkpoints of the same size and origin with different roots. */
    private static boolean forks(Report report, List<Signed> valid) {
        Map<String, Signed> seen = new LinkedHashMap<>();
        boolean forked = false;
        for (Signed s : valid) {
            String key = s.checkpoint().origin() + "\n" + s.checkpoint().size();
            Signed other = seen.putIfAbsent(key, s);
            if (other != null
                    && !MessageDigest.isEqual(
                            other.checkpoint().rootHash(), s.checkpoint().rootHash())) {
                forked = true;
                report.section("Fork");
                report.fail(
                        "FORK",
                        other.file().name() + " (root " + b64(other.checkpoint().rootHash()) + ") and "
                                + s.file().name() + " (root "
                                + b64(s.checkpoint().rootHash()) + ") are both validly "
                                + "signed for tree size " + s.checkpoint().size() + ": the log presented two "
                                + "different histories of the same size. Keep both files: together they prove it. "
                                + "Two roots cannot say at which leaf the histories part; the leaves saved with "
                                + "each (verify --events … --trusted-leaves …) name the first differing leaf");
            }
        }
        return forked;
    }

    private static Signed pick(
            Report report,
            List<CheckpointFile> candidates,
            List<NoteVerifierKey> keys,
            long size,
            String what,
            String parameter) {
        List<Long> sizes = new ArrayList<>();
        Signed chosen = null;
        for (CheckpointFile file : candidates) {
            CheckpointSignatures.Result check = CheckpointSignatures.check(file, keys);
            if (check.checkpoint() == null) {
                continue;
            }
            sizes.add(check.checkpoint().size());
            if (check.checkpoint().size() == size && (chosen == null || (!chosen.valid() && check.problem() == null))) {
                chosen = new Signed(file, check);
            }
        }
        if (chosen == null) {
            throw new BadInput(what + " is for a tree of size " + size + ", but no checkpoint of that size was given"
                    + (sizes.isEmpty() ? "" : " (sizes given: " + sizes + ")") + "; ask for the proof with "
                    + parameter + "=<your checkpoint's size>");
        }
        describe(report, chosen.file(), keys, "Checkpoint " + chosen.file().name());
        return chosen;
    }

    private static Signed select(List<Signed> described, long size, String parameter, Path proofFile) {
        Signed invalid = null;
        for (Signed s : described) {
            if (s.checkpoint() != null && s.checkpoint().size() == size) {
                if (s.valid()) {
                    return s;
                }
                invalid = s;
            }
        }
        if (invalid != null) {
            return invalid;
        }
        throw new BadInput(proofFile + " proves consistency " + parameter + " size " + size + ", but no checkpoint of "
                + "that size was given; give the checkpoint you saved at that size with --checkpoint (and today's "
                + "with --latest), or ask for the proof with from=<saved size>");
    }

    /** One event's line, found by event id in a file of one or more export lines. */
    private record EventLine(EventLeaf leaf, String location) {}

    private static EventLine eventLine(Path file, String eventId) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            EventLeaf leaf;
            try {
                leaf = EventLineReader.parseLeaf(line);
            } catch (IllegalArgumentException e) {
                throw new BadInput(file + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
            if (leaf.eventId().equals(eventId)) {
                return new EventLine(leaf, "line " + (i + 1));
            }
            if (ids.size() < 3) {
                ids.add(leaf.eventId());
            }
        }
        throw new BadInput("the proof is for event " + eventId + ", but " + file + " has no line for it"
                + (ids.isEmpty() ? " (it is empty)" : " (it has events " + String.join(", ", ids) + " …)"));
    }

    private static EventLeaf servedLeaf(JsonNode proof, Path proofFile) {
        JsonNode leaf = proof.get("leaf");
        if (leaf == null || !leaf.isTextual()) {
            return null;
        }
        try {
            return LeafEncoding.decode(Base64.getDecoder().decode(leaf.asText()));
        } catch (IllegalArgumentException e) {
            throw new BadInput(proofFile + ": leaf is not base64 leaf bytes (" + e.getMessage() + ")", e);
        }
    }

    private static java.util.Optional<CheckpointFile> embedded(JsonNode proof, String field, Path proofFile) {
        JsonNode note = proof.get(field);
        if (note == null || !note.isTextual()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new CheckpointFile(field + " in " + proofFile, note.asText()));
    }

    private static JsonNode readJson(Path file) throws IOException {
        try {
            JsonNode node = JSON.readTree(Files.readAllBytes(file));
            if (node == null || !node.isObject()) {
                throw new BadInput(file + " is not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new BadInput(file + " is not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
    }

    private static String text(JsonNode node, String field, Path file) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new BadInput(file + ": " + field + " is missing (is this the proof JSON the ledger serves?)");
        }
        return value.asText();
    }

    private static long number(JsonNode node, String field, Path file) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToLong() || value.asLong() < 0) {
            throw new BadInput(file + ": " + field + " is missing or not a whole number (is this the proof JSON the "
                    + "ledger serves?)");
        }
        return value.asLong();
    }

    /** Hashes as the API serves them, {@code {"hex": …, "base64": …}}, or plain hex or base64 strings. */
    private static List<byte[]> hashes(JsonNode array, String field, Path file) {
        if (array == null || !array.isArray()) {
            throw new BadInput(file + ": " + field + " is missing or not an array of hashes");
        }
        List<byte[]> result = new ArrayList<>();
        for (JsonNode item : array) {
            result.add(hash(item, field, file));
        }
        return result;
    }

    private static byte[] hash(JsonNode item, String field, Path file) {
        try {
            if (item.isObject() && item.get("hex") != null) {
                return HexFormat.of().parseHex(item.get("hex").asText());
            }
            if (item.isObject() && item.get("base64") != null) {
                return Base64.getDecoder().decode(item.get("base64").asText());
            }
            if (item.isTextual()) {
                String text = item.asText();
                return text.length() == 64 && text.matches("[0-9a-fA-F]+")
                        ? HexFormat.of().parseHex(text)
                        : Base64.getDecoder().decode(text);
            }
        } catch (IllegalArgumentException e) {
            throw new BadInput(file + ": a hash in " + field + " is neither hex nor base64", e);
        }
        throw new BadInput(file + ": " + field + " holds something that is not a hash");
    }

    private static String b64(byte[] hash) {
        return Base64.getEncoder().encodeToString(hash);
    }

    private static String hex(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }
}
