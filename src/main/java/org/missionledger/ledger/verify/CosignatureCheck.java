package org.missionledger.ledger.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.missionledger.ledger.note.Checkpoint;
import org.missionledger.ledger.note.NoteFormatException;
import org.missionledger.ledger.note.NoteSignature;
import org.missionledger.ledger.note.SignedNote;
import org.missionledger.ledger.witness.CosignatureException;
import org.missionledger.ledger.witness.CosignerVerifierKey;

/**
 * The verifier's witness step: which trusted witnesses cosigned each checkpoint ({@code cosignature/v1}), whether the
 * largest checkpoint has the quorum asked for ({@code --witnesses-required}), and split-view evidence — two validly
 * signed checkpoints of one log for one size with different roots — printed with both notes.
 *
 * <p>The quorum is asked of the largest checkpoint: the verifier proves every smaller one to be a prefix of the same
 * history (by the events), so the witnesses that vouched for the largest vouch for the history they all belong to.
 */
final class CosignatureCheck {

    static final String SECTION = "Witnesses";
    static final String SPLIT_VIEW = "Split view";

    private final List<CosignerVerifierKey> witnesses;
    private final int required;

    CosignatureCheck(List<CosignerVerifierKey> witnesses, int required) {
        this.witnesses = List.copyOf(witnesses);
        this.required = required;
        if (required < 0) {
            throw new IllegalArgumentException("--witnesses-required must be 0 or more");
        }
    }

    /** Witness keys from files (one key per line) or given literally. */
    static List<CosignerVerifierKey> loadKeys(List<String> specs) throws IOException {
        List<CosignerVerifierKey> keys = new ArrayList<>();
        for (String spec : specs) {
            Path path = Path.of(spec);
            List<String> lines;
            if (Files.isRegularFile(path)) {
                lines = Files.readAllLines(path, StandardCharsets.UTF_8);
            } else if (spec.strip().matches("[^+\\s]+\\+[0-9a-fA-F]{8}\\+[A-Za-z0-9+/=]+")) {
                lines = List.of(spec);
            } else {
                throw new NoSuchFileException(spec, null, "no such witness key file (and not a witness key)");
            }
            for (String line : lines) {
                if (!line.isBlank()) {
                    try {
                        keys.add(CosignerVerifierKey.parse(line.strip()));
                    } catch (NoteFormatException e) {
                        throw new IllegalArgumentException("not a witness key in " + spec + ": " + e.getMessage(), e);
                    }
                }
            }
        }
        return keys;
    }

    /** Adds the witness section (and any split-view evidence) to the report; failures fail it. */
    void apply(List<CheckpointFile> files, VerificationReport report) {
        Map<String, CheckpointFile> byName = new LinkedHashMap<>();
        files.forEach(f -> byName.put(f.name(), f));
        record Signed(String name, SignedNote note, Checkpoint checkpoint) {}
        List<Signed> valid = new ArrayList<>();
        for (VerificationReport.CheckpointResult result : report.checkpointResults()) {
            CheckpointFile file = byName.get(result.name());
            if (result.problem() == null && result.checkpoint() != null && file != null) {
                valid.add(new Signed(result.name(), SignedNote.parse(file.content()), result.checkpoint()));
            }
        }
        splitViews(
                valid.stream()
                        .map(s -> new String[] {s.name(), s.note().format()})
                        .toList(),
                valid.stream().map(Signed::checkpoint).toList(),
                report);
        if (witnesses.isEmpty() && required == 0) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (CosignerVerifierKey key : witnesses) {
            lines.add("key      " + key.name() + "+" + key.keyIdHex());
        }
        valid.sort(Comparator.comparingLong((Signed s) -> s.checkpoint().size()).thenComparing(Signed::name));
        List<String> largestVouchers = List.of();
        Signed largest = valid.isEmpty() ? null : valid.get(valid.size() - 1);
        for (Signed signed : valid) {
            List<String> vouched = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (CosignerVerifierKey key : witnesses) {
                OptionalLong time = OptionalLong.empty();
                String invalid = null;
                for (NoteSignature signature : signed.note().signatures()) {
                    try {
                        OptionalLong t = key.verify(signed.note().text(), signature);
                        if (t.isPresent()) {
                            time = t;
                            break;
                        }
                    } catch (CosignatureException e) {
                        invalid = e.getMessage();
                    }
                }
                if (invalid != null && time.isEmpty()) {
                    report.check(false, signed.name() + ": " + invalid);
                }
                if (time.isPresent()) {
                    vouched.add(key.name() + " (" + Instant.ofEpochSecond(time.getAsLong()) + ")");
                } else {
                    missing.add(key.name());
                }
            }
            lines.add(String.format(
                    java.util.Locale.ROOT,
                    "size %-9d %s: cosigned by %s%s",
                    signed.checkpoint().size(),
                    signed.name(),
                    vouched.isEmpty() ? "no trusted witness" : String.join(", ", vouched),
                    missing.isEmpty() ? "" : "; not by " + String.join(", ", missing)));
            if (signed == largest) {
                largestVouchers = vouched;
                if (missing.size() > 0 && vouched.size() < required) {
                    lines.add("missing  " + String.join(", ", missing));
                }
            }
        }
        report.section(SECTION, lines);
        if (largest == null) {
            report.check(required == 0, "witness quorum: no valid checkpoint to check cosignatures on");
            return;
        }
        boolean quorum = largestVouchers.size() >= required;
        List<String> missingNames = new ArrayList<>();
        for (CosignerVerifierKey key : witnesses) {
            if (largestVouchers.stream().noneMatch(v -> v.startsWith(key.name() + " ("))) {
                missingNames.add(key.name());
            }
        }
        String summary = "witness quorum: " + largestVouchers.size() + " of " + witnesses.size()
                + " trusted witness(es) cosigned the largest checkpoint (size "
                + largest.checkpoint().size() + ", "
                + largest.name() + "), " + required + " required"
                + (quorum
                        ? ""
                        : "; missing: "
                                + (missingNames.isEmpty()
                                        ? "(fewer witness keys were given than required)"
                                        : String.join(", ", missingNames)
                                                + (required > witnesses.size()
                                                        ? " (and fewer witness keys given than required)"
                                                        : "")));
        if (quorum) {
            report.note(summary);
        } else {
            report.check(false, summary);
        }
    }

    /** Two checkpoints of one origin and size with different roots: the log showed two histories. */
    private static void splitViews(List<String[]> notes, List<Checkpoint> checkpoints, VerificationReport report) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < checkpoints.size(); i++) {
            for (int j = i + 1; j < checkpoints.size(); j++) {
                Checkpoint a = checkpoints.get(i);
                Checkpoint b = checkpoints.get(j);
                if (a.origin().equals(b.origin())
                        && a.size() == b.size()
                        && !MessageDigest.isEqual(a.rootHash(), b.rootHash())) {
                    lines.add("FORK of " + a.origin() + " at size " + a.size() + ": " + notes.get(i)[0] + " and "
                            + notes.get(j)[0] + " are both signed by the log, with different roots. Both notes:");
                    for (String[] note : List.of(notes.get(i), notes.get(j))) {
                        lines.add("  " + note[0] + ":");
                        note[1].lines().forEach(line -> lines.add("    " + line));
                    }
                }
            }
        }
        if (!lines.isEmpty()) {
            report.section(SPLIT_VIEW, lines);
        }
    }
}
