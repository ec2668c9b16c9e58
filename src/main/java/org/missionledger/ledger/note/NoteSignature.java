package org.missionledger.ledger.note;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * One signature line of a signed note: {@code — <name> base64(keyid(4, big-endian) || signature)}.
 *
 * <p>The signature bytes are opaque here: Ed25519 signatures are 64 bytes, but notes may carry other signature
 * types (e.g. 72-byte {@code tlog-cosignature} witness cosignatures) from keys a verifier does not know.
 *
 * @param name the signing key's name
 * @param keyId the signing key's ID
 * @param signature the signature bytes after the key ID (at least one byte; defensively copied in and out)
 */
public record NoteSignature(String name, int keyId, byte[] signature) {

    /**
     * Validates and copies.
     *
     * @throws NoteFormatException if the name is invalid or the signature empty
     */
    public NoteSignature {
        NoteText.requireKeyName(name);
        Objects.requireNonNull(signature, "signature");
        if (signature.length == 0) {
            throw new NoteFormatException("signature by " + name + " is empty");
        }
        signature = signature.clone();
    }

    /** Returns a copy of the signature bytes. */
    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** Returns the key ID as 8 lowercase hex digits. */
    public String keyIdHex() {
        return NoteText.keyIdHex(keyId);
    }

    /** Returns the base64 part of the line: {@code base64(keyid || signature)}. */
    public String base64() {
        byte[] data = new byte[4 + signature.length];
        data[0] = (byte) (keyId >>> 24);
        data[1] = (byte) (keyId >>> 16);
        data[2] = (byte) (keyId >>> 8);
        data[3] = (byte) keyId;
        System.arraycopy(signature, 0, data, 4, signature.length);
        return Base64.getEncoder().encodeToString(data);
    }

    /** Returns the signature line without its terminating newline: em dash, space, name, space, base64. */
    public String line() {
        return NoteText.EM_DASH + " " + name + " " + base64();
    }

    /** Returns whether this signature claims to come from the given key (same name and key ID). */
    public boolean isFrom(NoteVerifierKey key) {
        return name.equals(key.name()) && keyId == key.keyId();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NoteSignature other
                && name.equals(other.name)
                && keyId == other.keyId
                && Arrays.equals(signature, other.signature);
    }

    @Override
    public int hashCode() {
        return (31 * name.hashCode() + keyId) * 31 + Arrays.hashCode(signature);
    }

    @Override
    public String toString() {
        return line();
    }
}
