package org.missionledger.ledger.note;

import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * An Ed25519 signed-note signer key, with the secret text form
 * {@code PRIVATE+KEY+<name>+<keyid hex>+base64(0x01 || 32-byte seed)} (the format of Go's
 * {@code golang.org/x/mod/sumdb/note}).
 *
 * <p>{@link #toString()} never reveals the seed; only {@link #format()} does. Immutable and thread-safe.
 */
public final class NoteSignerKey {

    private static final String PREFIX = "PRIVATE+KEY+";

    private final String name;
    private final byte[] seed;
    private final PrivateKey jdkPrivateKey;
    private final NoteVerifierKey verifierKey;

    private NoteSignerKey(String name, byte[] seed) {
        this.name = NoteText.requireKeyName(name);
        this.seed = seed.clone();
        this.jdkPrivateKey = Ed25519Keys.privateKeyFromSeed(this.seed);
        this.verifierKey = NoteVerifierKey.of(name, Ed25519Keys.publicKeyFromSeed(this.seed));
    }

    /**
     * Generates a new random Ed25519 signer key with the JDK key pair generator.
     *
     * @param name key name (non-empty, no spaces, no '+'); by convention the log origin
     * @return the new signer key
     */
    public static NoteSignerKey generate(String name) {
        NoteText.requireKeyName(name);
        KeyPair pair = Ed25519Keys.generateKeyPair();
        return new NoteSignerKey(name, Ed25519Keys.rawSeed(pair.getPrivate()));
    }

    /**
     * Creates a signer key from a raw 32-byte Ed25519 seed.
     *
     * @param name key name
     * @param seed the RFC 8032 private key
     * @return the signer key
     */
    public static NoteSignerKey fromSeed(String name, byte[] seed) {
        Objects.requireNonNull(seed, "seed");
        if (seed.length != Ed25519Keys.SEED_LENGTH) {
            throw new IllegalArgumentException("Ed25519 seed must be 32 bytes: " + seed.length);
        }
        return new NoteSignerKey(name, seed);
    }

    /**
     * Creates a signer key from a JDK Ed25519 private key.
     *
     * @param name key name
     * @param privateKey JDK Ed25519 private key
     * @return the signer key
     */
    public static NoteSignerKey fromPrivateKey(String name, PrivateKey privateKey) {
        return fromSeed(name, Ed25519Keys.rawSeed(privateKey));
    }

    /**
     * Parses {@code PRIVATE+KEY+<name>+<8 hex digits>+base64(0x01 || 32-byte seed)}.
     *
     * @param skey the secret key string
     * @return the signer key
     * @throws NoteFormatException if the string is malformed, not Ed25519, or its key ID does not match
     */
    public static NoteSignerKey parse(String skey) {
        Objects.requireNonNull(skey, "skey");
        if (!skey.startsWith(PREFIX)) {
            throw new NoteFormatException("signer key must start with " + PREFIX);
        }
        String[] parts = skey.substring(PREFIX.length()).split("\\+", 3); // base64 may itself contain '+'
        if (parts.length != 3) {
            throw new NoteFormatException("signer key must be PRIVATE+KEY+<name>+<keyid>+<key>");
        }
        String name = NoteText.requireKeyName(parts[0]);
        int keyId = NoteText.parseKeyId(parts[1]);
        byte[] data = NoteText.decodeBase64Strict(parts[2], "signer key data");
        try {
            if (data.length == 0 || data[0] != NoteVerifierKey.TYPE_ED25519) {
                throw new NoteFormatException("unsupported signer key type (only 0x01 Ed25519): " + name);
            }
            if (data.length != 1 + Ed25519Keys.SEED_LENGTH) {
                throw new NoteFormatException("Ed25519 signer key must hold 32 seed bytes, got " + (data.length - 1));
            }
            NoteSignerKey key = new NoteSignerKey(name, Arrays.copyOfRange(data, 1, data.length));
            if (key.keyId() != keyId) {
                throw new NoteFormatException("signer key ID " + parts[1] + " does not match name and key");
            }
            return key;
        } finally {
            Arrays.fill(data, (byte) 0);
        }
    }

    /** Returns the key name. */
    public String name() {
        return name;
    }

    /** Returns the key ID (identical to the verifier key's). */
    public int keyId() {
        return verifierKey.keyId();
    }

    /** Returns the key ID as 8 lowercase hex digits. */
    public String keyIdHex() {
        return verifierKey.keyIdHex();
    }

    /** Returns a copy of the secret 32-byte seed. */
    public byte[] seed() {
        return seed.clone();
    }

    /** Returns the JDK private key. */
    public PrivateKey jdkPrivateKey() {
        return jdkPrivateKey;
    }

    /** Returns the matching verifier key. */
    public NoteVerifierKey verifierKey() {
        return verifierKey;
    }

    /**
     * Signs a message with Ed25519 (deterministic: the same message always yields the same signature).
     *
     * @param message the bytes to sign (for notes: the UTF-8 note text)
     * @return the 64-byte signature
     */
    public byte[] sign(byte[] message) {
        return Ed25519Keys.sign(jdkPrivateKey, Objects.requireNonNull(message, "message"));
    }

    /** Returns the secret text form {@code PRIVATE+KEY+<name>+<keyid>+base64(0x01 || seed)}. Handle with care. */
    public String format() {
        byte[] data = new byte[1 + seed.length];
        data[0] = NoteVerifierKey.TYPE_ED25519;
        System.arraycopy(seed, 0, data, 1, seed.length);
        try {
            return PREFIX + name + "+" + keyIdHex() + "+" + Base64.getEncoder().encodeToString(data);
        } finally {
            Arrays.fill(data, (byte) 0);
        }
    }

    /** Describes the key without revealing the seed. */
    @Override
    public String toString() {
        return "NoteSignerKey[" + name + "+" + keyIdHex() + ", seed redacted]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NoteSignerKey other && name.equals(other.name) && MessageDigest.isEqual(seed, other.seed);
    }

    @Override
    public int hashCode() {
        return verifierKey.hashCode();
    }
}
