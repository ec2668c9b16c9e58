package org.missionledger.ledger.note;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A C2SP {@code signed-note} v1: a text ending in a newline, a blank line, and one or more signature lines
 * {@code — <key name> base64(keyid || signature)}.
 *
 * <p>{@link #parse(String)} is strict and rejects, with {@link NoteFormatException}: invalid UTF-8, unpaired
 * surrogates, ASCII control characters other than newline, a missing blank line, an empty signature block, a
 * signature block not ending in a newline, any line in the signature block that is not a well-formed signature line
 * (em dash U+2014, one space, valid key name, one space, canonical padded base64 of at least 5 bytes), and more than
 * {@link #MAX_SIGNATURES} signatures. Parsing followed by {@link #format()} reproduces the input exactly.
 *
 * <p>{@link #verify(Collection)} implements the C2SP rules: signatures whose (name, key ID) pair matches no known key
 * are ignored; every signature from a known key must verify; at least one must be present.
 *
 * @param text the note text, including its final newline
 * @param signatures the signatures, in line order (at least one)
 */
public record SignedNote(String text, List<NoteSignature> signatures) {

    /** Maximum number of signature lines accepted (the spec requires accepting at least 16). */
    public static final int MAX_SIGNATURES = 100;

    private static final String SIGNATURE_LINE_PREFIX = NoteText.EM_DASH + " ";

    /**
     * Validates the note.
     *
     * @throws NoteFormatException if the text is not a valid note text or there is no signature
     */
    public SignedNote {
        checkText(text);
        signatures = List.copyOf(signatures);
        if (signatures.isEmpty()) {
            throw new NoteFormatException("a signed note needs at least one signature");
        }
        if (signatures.size() > MAX_SIGNATURES) {
            throw new NoteFormatException("too many signatures: " + signatures.size());
        }
    }

    /**
     * Parses a signed note from its UTF-8 bytes, rejecting invalid UTF-8.
     *
     * @param note the note bytes
     * @return the parsed note (signatures not yet verified)
     * @throws NoteFormatException if the note is malformed
     */
    public static SignedNote parse(byte[] note) {
        return parse(NoteText.decodeUtf8(Objects.requireNonNull(note, "note")));
    }

    /**
     * Parses a signed note.
     *
     * @param note the note
     * @return the parsed note (signatures not yet verified)
     * @throws NoteFormatException if the note is malformed
     */
    public static SignedNote parse(String note) {
        Objects.requireNonNull(note, "note");
        NoteText.checkCharacters(note, "note");
        int split = note.lastIndexOf("\n\n");
        if (split < 0) {
            throw new NoteFormatException("note has no blank line before a signature block");
        }
        String text = note.substring(0, split + 1);
        String block = note.substring(split + 2);
        if (block.isEmpty()) {
            throw new NoteFormatException("note has no signatures");
        }
        if (!block.endsWith("\n")) {
            throw new NoteFormatException("signature block does not end with a newline");
        }
        List<NoteSignature> signatures = new ArrayList<>();
        int start = 0;
        while (start < block.length()) {
            int end = block.indexOf('\n', start);
            if (signatures.size() == MAX_SIGNATURES) {
                throw new NoteFormatException("note has more than " + MAX_SIGNATURES + " signatures");
            }
            signatures.add(parseSignatureLine(block.substring(start, end)));
            start = end + 1;
        }
        return new SignedNote(text, signatures);
    }

    private static NoteSignature parseSignatureLine(String line) {
        if (!line.startsWith(SIGNATURE_LINE_PREFIX)) {
            throw new NoteFormatException("not a signature line: " + abbreviate(line));
        }
        String rest = line.substring(SIGNATURE_LINE_PREFIX.length());
        int space = rest.indexOf(' ');
        if (space < 0) {
            throw new NoteFormatException("signature line has no space after the key name: " + abbreviate(line));
        }
        String name = rest.substring(0, space);
        if (!NoteText.isValidKeyName(name)) {
            throw new NoteFormatException("signature line has an invalid key name: " + abbreviate(line));
        }
        byte[] data = NoteText.decodeBase64Strict(rest.substring(space + 1), "signature of " + name);
        if (data.length < 5) {
            throw new NoteFormatException("signature of " + name + " is shorter than key ID plus one byte");
        }
        int keyId = ((data[0] & 0xFF) << 24) | ((data[1] & 0xFF) << 16) | ((data[2] & 0xFF) << 8) | (data[3] & 0xFF);
        return new NoteSignature(name, keyId, Arrays.copyOfRange(data, 4, data.length));
    }

    /**
     * Signs a note text with one or more keys.
     *
     * @param text the note text; must end with a newline and contain no control characters other than newline
     * @param signers the signing keys, in the order their lines should appear
     * @return the signed note
     */
    public static SignedNote sign(String text, NoteSignerKey... signers) {
        return sign(text, List.of(signers));
    }

    /**
     * Signs a note text with one or more keys.
     *
     * @param text the note text; must end with a newline and contain no control characters other than newline
     * @param signers the signing keys, in the order their lines should appear
     * @return the signed note
     */
    public static SignedNote sign(String text, List<NoteSignerKey> signers) {
        checkText(text);
        if (signers.isEmpty()) {
            throw new IllegalArgumentException("at least one signer is required");
        }
        byte[] message = text.getBytes(StandardCharsets.UTF_8);
        List<NoteSignature> signatures = new ArrayList<>(signers.size());
        for (NoteSignerKey signer : signers) {
            signatures.add(new NoteSignature(signer.name(), signer.keyId(), signer.sign(message)));
        }
        return new SignedNote(text, signatures);
    }

    /**
     * Adds signatures (e.g. cosignatures) by further keys. Existing signatures come first; an existing signature
     * with the same key name and key ID as one of the new signers is replaced.
     *
     * @param signers the additional signing keys
     * @return a new note with the combined signatures
     */
    public SignedNote withSignatures(NoteSignerKey... signers) {
        SignedNote added = sign(text, signers);
        List<NoteSignature> combined = new ArrayList<>(signatures.size() + signers.length);
        for (NoteSignature existing : signatures) {
            boolean replaced = added.signatures.stream()
                    .anyMatch(s -> s.name().equals(existing.name()) && s.keyId() == existing.keyId());
            if (!replaced) {
                combined.add(existing);
            }
        }
        combined.addAll(added.signatures);
        return new SignedNote(text, combined);
    }

    /**
     * Verifies the note against trusted keys, following C2SP signed-note: signatures from unknown keys (no trusted
     * key with the same name <em>and</em> key ID) are ignored; every signature from a trusted key must be valid; at
     * least one valid signature from a trusted key is required.
     *
     * @param trustedKeys the verifier keys to trust
     * @return the trusted keys that produced valid signatures, in signature order, without duplicates
     * @throws NoteVerificationException if a trusted key's signature is invalid or none is present
     * @throws IllegalArgumentException if two trusted keys share both name and key ID
     */
    public List<NoteVerifierKey> verify(Collection<NoteVerifierKey> trustedKeys) throws NoteVerificationException {
        Map<String, NoteVerifierKey> byNameAndId = new HashMap<>();
        for (NoteVerifierKey key : trustedKeys) {
            NoteVerifierKey previous = byNameAndId.putIfAbsent(key.name() + "+" + key.keyIdHex(), key);
            if (previous != null && !previous.equals(key)) {
                throw new IllegalArgumentException(
                        "ambiguous trusted keys: two keys named " + key.name() + " with key ID " + key.keyIdHex());
            }
        }
        byte[] message = text.getBytes(StandardCharsets.UTF_8);
        List<NoteVerifierKey> verified = new ArrayList<>();
        for (NoteSignature signature : signatures) {
            NoteVerifierKey key = byNameAndId.get(signature.name() + "+" + signature.keyIdHex());
            if (key == null) {
                continue;
            }
            if (!key.verify(message, signature.signature())) {
                throw new NoteVerificationException(
                        "invalid signature by known key " + key.name() + "+" + key.keyIdHex());
            }
            if (!verified.contains(key)) {
                verified.add(key);
            }
        }
        if (verified.isEmpty()) {
            throw new NoteVerificationException("note has no signature by any trusted key");
        }
        return List.copyOf(verified);
    }

    /**
     * Verifies the note against trusted keys; see {@link #verify(Collection)}.
     *
     * @param trustedKeys the verifier keys to trust
     * @return the trusted keys that produced valid signatures
     * @throws NoteVerificationException if verification fails
     */
    public List<NoteVerifierKey> verify(NoteVerifierKey... trustedKeys) throws NoteVerificationException {
        return verify(List.of(trustedKeys));
    }

    /** Returns the note in its exact wire form: text, blank line, signature lines each ending in a newline. */
    public String format() {
        StringBuilder out = new StringBuilder(text.length() + 1 + signatures.size() * 110);
        out.append(text).append('\n');
        for (NoteSignature signature : signatures) {
            out.append(signature.line()).append('\n');
        }
        return out.toString();
    }

    /** Returns {@link #format()} encoded as UTF-8. */
    public byte[] toBytes() {
        return format().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return format();
    }

    private static void checkText(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty() || !text.endsWith("\n")) {
            throw new NoteFormatException("note text must be non-empty and end with a newline");
        }
        NoteText.checkCharacters(text, "note text");
    }

    private static String abbreviate(String line) {
        return line.length() <= 60 ? line : line.substring(0, 57) + "...";
    }
}
