package org.missionledger.ledger.verify;

import java.util.ArrayList;
import java.util.List;
import org.missionledger.ledger.log.LeafSource;
import org.missionledger.ledger.note.Checkpoint;
import org.missionledger.ledger.note.NoteFormatException;
import org.missionledger.ledger.note.NoteSignature;
import org.missionledger.ledger.note.NoteVerificationException;
import org.missionledger.ledger.note.NoteVerifierKey;
import org.missionledger.ledger.note.SignedNote;

/**
 * Checks a saved checkpoint's signatures against the trusted keys, the C2SP way (signed-note, tlog-checkpoint): lines
 * by keys nobody trusts (witnesses' cosignatures, other logs' keys) are ignored, every line by a trusted key must
 * verify, at least one must. The key name need not equal the checkpoint's origin line (C2SP says it SHOULD, not MUST):
 * a difference is noted, not refused. A failure names every key id found in the note and the key ids expected.
 */
final class CheckpointSignatures {

    /**
     * The outcome for one checkpoint file.
     *
     * @param checkpoint the parsed checkpoint, or {@code null} if the signed text is not one
     * @param signer the trusted key that signed it ({@code name+keyid}), or {@code null}
     * @param problem why it is not validly signed, or {@code null}
     * @param found every signature line, as {@code name+keyid (what it is)}
     * @param notes remarks that do not fail the check (a key name that differs from the origin)
     */
    record Result(Checkpoint checkpoint, String signer, String problem, List<String> found, List<String> notes) {}

    private CheckpointSignatures() {}

    /**
     * Checks one checkpoint file.
     *
     * @throws LeafSource.MalformedSourceException if the file is not a signed note at all
     */
    static Result check(CheckpointFile file, List<NoteVerifierKey> keys) {
        SignedNote note;
        try {
            note = SignedNote.parse(file.content());
        } catch (NoteFormatException e) {
            throw new LeafSource.MalformedSourceException(
                    file.name() + " is not a signed note (" + e.getMessage() + ")", e);
        }
        Checkpoint checkpoint = null;
        String notCheckpoint = null;
        try {
            checkpoint = Checkpoint.parse(note.text());
        } catch (NoteFormatException e) {
            notCheckpoint = e.getMessage();
        }
        List<String> found = new ArrayList<>();
        for (NoteSignature signature : note.signatures()) {
            String id = signature.name() + "+" + signature.keyIdHex();
            boolean trusted = keys.stream().anyMatch(signature::isFrom);
            found.add(id + (trusted ? " (the key given)" : " (a key not given: ignored)"));
        }
        List<String> notes = new ArrayList<>();
        String signer = null;
        String problem = null;
        try {
            List<NoteVerifierKey> signers = note.verify(keys);
            NoteVerifierKey key = signers.get(0);
            signer = key.name() + "+" + key.keyIdHex();
            if (checkpoint != null && !key.name().equals(checkpoint.origin())) {
                notes.add("the key name " + key.name() + " differs from the origin line \"" + checkpoint.origin()
                        + "\"; C2SP tlog-checkpoint allows that (the name SHOULD match, it need not), and the "
                        + "signature is by the key you gave");
            }
        } catch (NoteVerificationException e) {
            problem = "signature does not verify: " + explain(e, note, keys);
        }
        if (problem == null && checkpoint == null) {
            problem = "validly signed, but not a checkpoint: " + notCheckpoint;
        }
        return new Result(checkpoint, signer, problem, found, notes);
    }

    private static String explain(NoteVerificationException e, SignedNote note, List<NoteVerifierKey> keys) {
        List<String> expected =
                keys.stream().map(k -> k.name() + "+" + k.keyIdHex()).distinct().toList();
        List<String> lines = note.signatures().stream()
                .map(s -> s.name() + "+" + s.keyIdHex())
                .toList();
        if (e.getMessage().startsWith("invalid signature")) {
            return e.getMessage() + ": the text was changed after it was signed (key ids found: "
                    + String.join(", ", lines) + ")";
        }
        StringBuilder out = new StringBuilder("no signature by the key given. Key ids found in the note: ")
                .append(String.join(", ", lines))
                .append("; expected: ")
                .append(String.join(" or ", expected));
        boolean sameName = note.signatures().stream()
                .anyMatch(s -> keys.stream().anyMatch(k -> k.name().equals(s.name())));
        if (sameName) {
            out.append(" (a key of the same name but another key id signed it: another key, e.g. one created by a "
                    + "second process or after the key file was lost)");
        }
        return out.toString();
    }
}
