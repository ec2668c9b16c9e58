package org.missionledger.ledger.witness;

import java.security.PrivateKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import org.missionledger.ledger.note.Ed25519Keys;
import org.missionledger.ledger.note.NoteFormatException;
import org.missionledger.ledger.note.NoteSignature;

/**
 * A witness's private key: an Ed25519 seed used for {@code cosignature/v1} only. Secret text form
 * {@code PRIVATE+KEY+<name>+<keyid hex>+base64(0x04 || 32-byte seed)} — the signed-note signer key layout, with the
 * cosignature type byte, so the file says what the key is for. {@link #toString()} never shows the seed.
 */
public final class CosignerKey {

    private static final String PREFIX = "PRIVATE+KEY+";

    private final byte[] seed;
    private final PrivateKey jdkKey;
    private final CosignerVerifierKey verifierKey;

    private CosignerKey(String name, byte[] seed) {
        this.seed = seed.clone();
        this.jdkKey = Ed25519Keys.privateKeyFromSeed(this.seed);
        this.verifierKey = new CosignerVerifierKey(name, Ed25519Keys.publicKeyFromSeed(this.seed));
    }

    /** A new random key. */
    public static CosignerKey generate(String name) {
        CosignerVerifierKey.requireName(name);
        return new CosignerKey(
                name, Ed25519Keys.rawSeed(Ed25519Keys.generateKeyPair().getPrivate()));
    }

    /** A key from a raw 32-byte seed (tests, known answers). */
    public static CosignerKey fromSeed(String name, byte[] seed) {
        if (Objects.requireNonNull(seed, "seed").length != Ed25519Keys.SEED_LENGTH) {
            throw new IllegalArgumentException("an Ed25519 seed has 32 bytes");
        }
        return new CosignerKey(name, seed);
    }

    /**
     * Parses the secret text form.
     *
     * @throws NoteFormatException if malformed, of another type, or its key ID does not match
     */
    public static CosignerKey parse(String text) {
        String skey = Objects.requireNonNull(text, "text").strip();
        if (!skey.startsWith(PREFIX)) {
            throw new NoteFormatException("a witness private key starts with " + PREFIX);
        }
        String[] parts = skey.substring(PREFIX.length()).split("\\+", 3);
        if (parts.length != 3) {
            throw new NoteFormatException("a witness private key is PRIVATE+KEY+<name>+<keyid>+<base64>");
        }
        byte[] data = CosignerVerifierKey.base64(parts[2], "witness private key");
        try {
            if (data.length != 1 + Ed25519Keys.SEED_LENGTH || data[0] != CosignerVerifierKey.TYPE_COSIGNATURE_V1) {
                throw new NoteFormatException("not a cosignature/v1 private key (type 0x04, 32-byte seed)");
            }
            CosignerKey key = new CosignerKey(parts[0], Arrays.copyOfRange(data, 1, data.length));
            if (!key.verifierKey.keyIdHex().equalsIgnoreCase(parts[1])) {
                throw new NoteFormatException("witness private key ID " + parts[1] + " does not match its key");
            }
            return key;
        } finally {
            Arrays.fill(data, (byte) 0);
        }
    }

    /** The public key, as witnesses publish it and logs and verifiers configure it. */
    public CosignerVerifierKey verifierKey() {
        return verifierKey;
    }

    public String name() {
        return verifierKey.name();
    }

    /**
     * Cosigns a checkpoint body: Ed25519 over {@code cosignature/v1\ntime <timestamp>\n<body>}.
     *
     * @param checkpointBody the checkpoint's note text (origin, size, root and any extension lines)
     * @param timestamp POSIX seconds, at least 1
     * @return the signature line's content: key name, key ID, and {@code timestamp(8, big-endian) || signature(64)}
     */
    public NoteSignature cosign(String checkpointBody, long timestamp) {
        if (timestamp <= 0) {
            throw new IllegalArgumentException("a cosignature's timestamp must be positive: " + timestamp);
        }
        byte[] signature = Ed25519Keys.sign(jdkKey, CosignerVerifierKey.message(timestamp, checkpointBody));
        byte[] data = new byte[8 + signature.length];
        for (int i = 0; i < 8; i++) {
            data[i] = (byte) (timestamp >>> (56 - 8 * i));
        }
        System.arraycopy(signature, 0, data, 8, signature.length);
        return new NoteSignature(name(), verifierKey.keyId(), data);
    }

    /** The secret text form. Handle with care. */
    public String format() {
        byte[] data = new byte[1 + seed.length];
        data[0] = CosignerVerifierKey.TYPE_COSIGNATURE_V1;
        System.arraycopy(seed, 0, data, 1, seed.length);
        try {
            return PREFIX + name() + "+" + verifierKey.keyIdHex() + "+"
                    + Base64.getEncoder().encodeToString(data);
        } finally {
            Arrays.fill(data, (byte) 0);
        }
    }

    @Override
    public String toString() {
        return "CosignerKey[" + name() + "+" + verifierKey.keyIdHex() + ", seed redacted]";
    }
}
