package org.missionledger.ledger.note;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * A C2SP {@code tlog-checkpoint} note body:
 *
 * <pre>
 * &lt;origin&gt;
 * &lt;tree size, ASCII decimal, no leading zeros&gt;
 * &lt;base64 root hash&gt;
 * [&lt;extension line&gt;...]
 * </pre>
 *
 * <p>each line terminated by a newline. {@link #parse(String)} is strict: exactly this layout, a non-empty origin,
 * a size without sign or leading zeros that fits in a non-negative {@code long}, canonical padded base64 decoding to
 * a 32-byte (SHA-256) root, non-empty extension lines, no control characters, final newline.
 *
 * @param origin the log identity (non-empty; by convention a schema-less URL, also used as key name)
 * @param size the tree size
 * @param rootHash the root hash (defensively copied in and out)
 * @param extensions optional extension lines, each non-empty
 */
public record Checkpoint(String origin, long size, byte[] rootHash, List<String> extensions) {

    /** Root hash length required by {@link #parse(String)}: SHA-256. */
    public static final int SHA256_HASH_LENGTH = 32;

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if a field cannot be represented in a checkpoint body
     */
    public Checkpoint {
        Objects.requireNonNull(origin, "origin");
        if (origin.isEmpty() || origin.indexOf('\n') >= 0) {
            throw new NoteFormatException("checkpoint origin must be a non-empty single line");
        }
        NoteText.checkCharacters(origin, "checkpoint origin");
        if (size < 0) {
            throw new IllegalArgumentException("checkpoint tree size must be non-negative: " + size);
        }
        Objects.requireNonNull(rootHash, "rootHash");
        if (rootHash.length == 0) {
            throw new IllegalArgumentException("checkpoint root hash must not be empty");
        }
        rootHash = rootHash.clone();
        extensions = List.copyOf(extensions);
        for (String extension : extensions) {
            if (extension.isEmpty() || extension.indexOf('\n') >= 0) {
                throw new NoteFormatException("checkpoint extension lines must be non-empty single lines");
            }
            NoteText.checkCharacters(extension, "checkpoint extension line");
        }
    }

    /**
     * Creates a checkpoint without extension lines.
     *
     * @param origin the log identity
     * @param size the tree size
     * @param rootHash the root hash
     */
    public Checkpoint(String origin, long size, byte[] rootHash) {
        this(origin, size, rootHash, List.of());
    }

    /**
     * Parses a checkpoint body with a 32-byte (SHA-256) root hash.
     *
     * @param body the note text of a checkpoint, including the final newline
     * @return the checkpoint
     * @throws NoteFormatException if the body is malformed
     */
    public static Checkpoint parse(String body) {
        return parse(body, SHA256_HASH_LENGTH);
    }

    /**
     * Parses a checkpoint body whose root hash has the given length (for logs using another hash function).
     *
     * @param body the note text of a checkpoint, including the final newline
     * @param hashLength the required root hash length in bytes
     * @return the checkpoint
     * @throws NoteFormatException if the body is malformed
     */
    public static Checkpoint parse(String body, int hashLength) {
        Objects.requireNonNull(body, "body");
        if (!body.endsWith("\n")) {
            throw new NoteFormatException("checkpoint body must end with a newline");
        }
        NoteText.checkCharacters(body, "checkpoint body");
        List<String> lines = new ArrayList<>(
                Arrays.asList(body.substring(0, body.length() - 1).split("\n", -1)));
        if (lines.size() < 3) {
            throw new NoteFormatException(
                    "checkpoint body needs origin, size and root hash lines, got " + lines.size() + " line(s)");
        }
        String origin = lines.get(0);
        if (origin.isEmpty()) {
            throw new NoteFormatException("checkpoint origin is empty");
        }
        long size = parseSize(lines.get(1));
        byte[] root = NoteText.decodeBase64Strict(lines.get(2), "checkpoint root hash");
        if (root.length != hashLength) {
            throw new NoteFormatException("checkpoint root hash must be " + hashLength + " bytes, got " + root.length);
        }
        List<String> extensions = lines.subList(3, lines.size());
        for (String extension : extensions) {
            if (extension.isEmpty()) {
                throw new NoteFormatException("checkpoint has an empty extension line");
            }
        }
        return new Checkpoint(origin, size, root, extensions);
    }

    private static long parseSize(String text) {
        if (text.isEmpty() || text.length() > 19) {
            throw new NoteFormatException("checkpoint tree size is empty or too long: " + text);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new NoteFormatException("checkpoint tree size must be ASCII decimal digits: " + text);
            }
        }
        if (text.length() > 1 && text.charAt(0) == '0') {
            throw new NoteFormatException("checkpoint tree size has leading zeros: " + text);
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new NoteFormatException("checkpoint tree size exceeds 2^63-1: " + text, e);
        }
    }

    /** Returns a copy of the root hash. */
    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    /** Returns the checkpoint body (the note text to sign), each line terminated by a newline. */
    public String format() {
        StringBuilder out = new StringBuilder(origin.length() + 80);
        out.append(origin).append('\n');
        out.append(size).append('\n');
        out.append(Base64.getEncoder().encodeToString(rootHash)).append('\n');
        for (String extension : extensions) {
            out.append(extension).append('\n');
        }
        return out.toString();
    }

    /**
     * Signs this checkpoint's body.
     *
     * @param signers the signing keys (conventionally the log key first, named like the origin)
     * @return the signed checkpoint note
     */
    public SignedNote sign(NoteSignerKey... signers) {
        return SignedNote.sign(format(), signers);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Checkpoint other
                && origin.equals(other.origin)
                && size == other.size
                && Arrays.equals(rootHash, other.rootHash)
                && extensions.equals(other.extensions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(origin, size, Arrays.hashCode(rootHash), extensions);
    }

    @Override
    public String toString() {
        return "Checkpoint[" + format().replace("\n", "\\n") + "]";
    }
}
