package org.missionledger.ledger.note;

import java.security.PublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * An Ed25519 signed-note verifier key, with the text form {@code <name>+<keyid hex>+base64(0x01 || public key)}.
 *
 * <p>The key ID is {@code SHA-256(name || 0x0A || 0x01 || public key)[:4]} read as a big-endian {@code int}; parsing
 * rejects key strings whose key ID does not match their name and key. Only signature type {@code 0x01} (Ed25519) is
 * supported. Immutable and thread-safe.
 */
public final class NoteVerifierKey {

    /** Signature type identifier of Ed25519 signed-note keys. */
    public static final byte TYPE_ED25519 = 0x01;

    private final String name;
    private final int keyId;
    private final byte[] publicKey;
    private final PublicKey jdkPublicKey;

    private NoteVerifierKey(String name, byte[] publicKey) {
        this.name = NoteText.requireKeyName(name);
        this.publicKey = publicKey.clone();
        this.keyId = keyId(name, this.publicKey);
        this.jdkPublicKey = Ed25519Keys.publicKeyFromRaw(this.publicKey);
    }

    /**
     * Creates a verifier key from a name and a raw public key.
     *
     * @param name key name (non-empty, no spaces, no '+'); by convention the log origin
     * @param publicKey 32-byte Ed25519 public key
     * @return the verifier key
     */
    public static NoteVerifierKey of(String name, byte[] publicKey) {
        Objects.requireNonNull(publicKey, "publicKey");
        if (publicKey.length != Ed25519Keys.PUBLIC_KEY_LENGTH) {
            throw new IllegalArgumentException("Ed25519 public key must be 32 bytes: " + publicKey.length);
        }
        return new NoteVerifierKey(name, publicKey);
    }

    /**
     * Creates a verifier key from a name and a JDK Ed25519 public key.
     *
     * @param name key name
     * @param publicKey JDK Ed25519 public key
     * @return the verifier key
     */
    public static NoteVerifierKey of(String name, PublicKey publicKey) {
        return of(name, Ed25519Keys.rawPublicKey(publicKey));
    }

    /**
     * Parses {@code <name>+<8 hex digits>+base64(0x01 || 32-byte public key)}.
     *
     * @param vkey the verifier key string
     * @return the verifier key
     * @throws NoteFormatException if the string is malformed, the algorithm is not Ed25519 or the key ID is wrong
     */
    public static NoteVerifierKey parse(String vkey) {
        Objects.requireNonNull(vkey, "vkey");
        String[] parts = vkey.split("\\+", 3); // base64 may itself contain '+'
        if (parts.length != 3) {
            throw new NoteFormatException("verifier key must be <name>+<keyid>+<key>: " + vkey);
        }
        String name = NoteText.requireKeyName(parts[0]);
        int keyId = NoteText.parseKeyId(parts[1]);
        byte[] data = NoteText.decodeBase64Strict(parts[2], "verifier key data");
        if (data.length == 0 || data[0] != TYPE_ED25519) {
            throw new NoteFormatException("unsupported verifier key type (only 0x01 Ed25519): " + name);
        }
        if (data.length != 1 + Ed25519Keys.PUBLIC_KEY_LENGTH) {
            throw new NoteFormatException("Ed25519 verifier key must hold 32 key bytes, got " + (data.length - 1));
        }
        NoteVerifierKey key;
        try {
            key = new NoteVerifierKey(name, Arrays.copyOfRange(data, 1, data.length));
        } catch (IllegalArgumentException e) {
            throw new NoteFormatException("invalid Ed25519 public key for " + name, e);
        }
        if (key.keyId != keyId) {
            throw new NoteFormatException(
                    "verifier key ID " + parts[1] + " does not match name and key (expected " + key.keyIdHex() + ")");
        }
        return key;
    }

    /**
     * Computes the Ed25519 key ID {@code SHA-256(name || 0x0A || 0x01 || publicKey)[:4]} (big-endian).
     *
     * @param name key name
     * @param publicKey 32-byte Ed25519 public key
     * @return the key ID
     */
    public static int keyId(String name, byte[] publicKey) {
        return NoteText.keyId(name, TYPE_ED25519, publicKey);
    }

    /** Returns the key name. */
    public String name() {
        return name;
    }

    /** Returns the key ID. */
    public int keyId() {
        return keyId;
    }

    /** Returns the key ID as 8 lowercase hex digits. */
    public String keyIdHex() {
        return NoteText.keyIdHex(keyId);
    }

    /** Returns a copy of the raw 32-byte public key. */
    public byte[] publicKey() {
        return publicKey.clone();
    }

    /** Returns the JDK public key. */
    public PublicKey jdkPublicKey() {
        return jdkPublicKey;
    }

    /**
     * Verifies an Ed25519 signature made by this key.
     *
     * @param message the signed bytes (for notes: the UTF-8 note text)
     * @param signature the 64-byte signature, without the key ID prefix
     * @return whether the signature is valid
     */
    public boolean verify(byte[] message, byte[] signature) {
        return Ed25519Keys.verify(jdkPublicKey, message, signature);
    }

    /** Returns the text form {@code <name>+<keyid>+base64(0x01 || public key)}. */
    public String format() {
        byte[] data = new byte[1 + publicKey.length];
        data[0] = TYPE_ED25519;
        System.arraycopy(publicKey, 0, data, 1, publicKey.length);
        return name + "+" + keyIdHex() + "+" + Base64.getEncoder().encodeToString(data);
    }

    /** Same as {@link #format()}. */
    @Override
    public String toString() {
        return format();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NoteVerifierKey other
                && name.equals(other.name)
                && Arrays.equals(publicKey, other.publicKey);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(publicKey);
    }
}
