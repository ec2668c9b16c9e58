package org.missionledger.ledger.witness;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.OptionalLong;
import org.missionledger.ledger.note.Ed25519Keys;
import org.missionledger.ledger.note.NoteFormatException;
import org.missionledger.ledger.note.NoteSignature;

/**
 * A witness's public key for {@code cosignature/v1} (C2SP {@code tlog-cosignature}): text form
 * {@code <name>+<keyid hex>+base64(0x04 || 32-byte Ed25519 public key)}, key ID
 * {@code SHA-256(name || "\n" || 0x04 || public key)[:4]}. Verifies the cosignature lines a witness adds to a
 * checkpoint. Immutable.
 */
public final class CosignerVerifierKey {

    /** Signature type of timestamped Ed25519 checkpoint cosignatures. */
    public static final byte TYPE_COSIGNATURE_V1 = 0x04;

    /** Length of a cosignature after the key ID: an 8-byte timestamp and a 64-byte Ed25519 signature. */
    public static final int SIGNATURE_LENGTH = 8 + Ed25519Keys.SIGNATURE_LENGTH;

    private final String name;
    private final byte[] publicKey;
    private final int keyId;
    private final PublicKey jdkKey;

    CosignerVerifierKey(String name, byte[] publicKey) {
        this.name = requireName(name);
        if (publicKey.length != Ed25519Keys.PUBLIC_KEY_LENGTH) {
            throw new NoteFormatException("an Ed25519 cosigner key has 32 bytes, not " + publicKey.length);
        }
        this.publicKey = publicKey.clone();
        this.keyId = keyId(name, publicKey);
        try {
            this.jdkKey = Ed25519Keys.publicKeyFromRaw(this.publicKey);
        } catch (IllegalArgumentException e) {
            throw new NoteFormatException("not a valid Ed25519 public key for " + name, e);
        }
    }

    /**
     * Parses {@code <name>+<8 hex digits>+base64(0x04 || public key)}.
     *
     * @throws NoteFormatException if malformed, of another signature type, or the key ID does not match
     */
    public static CosignerVerifierKey parse(String vkey) {
        Objects.requireNonNull(vkey, "vkey");
        String text = vkey.strip();
        int first = text.indexOf('+');
        int second = first < 0 ? -1 : text.indexOf('+', first + 1);
        if (first <= 0 || second < 0) {
            throw new NoteFormatException("a witness key is <name>+<keyid>+<base64>: " + vkey);
        }
        String name = text.substring(0, first);
        String id = text.substring(first + 1, second);
        byte[] data = base64(text.substring(second + 1), "witness key");
        if (id.length() != 8 || !id.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new NoteFormatException("a witness key's ID is 8 hex digits: " + id);
        }
        if (data.length == 0 || data[0] != TYPE_COSIGNATURE_V1) {
            throw new NoteFormatException("not a cosignature/v1 witness key (type 0x04): " + name + "+" + id
                    + (data.length > 0 && data[0] == 0x01 ? " is a plain Ed25519 note key (type 0x01)" : ""));
        }
        CosignerVerifierKey key = new CosignerVerifierKey(name, Arrays.copyOfRange(data, 1, data.length));
        if (key.keyId != (int) Long.parseLong(id, 16)) {
            throw new NoteFormatException(
                    "witness key ID " + id + " does not match its name and key (expected " + key.keyIdHex() + ")");
        }
        return key;
    }

    /** {@code SHA-256(name || 0x0A || 0x04 || publicKey)[:4]}, big-endian. */
    static int keyId(String name, byte[] publicKey) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(name.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0x0A);
            sha256.update(TYPE_COSIGNATURE_V1);
            sha256.update(publicKey);
            byte[] d = sha256.digest();
            return ((d[0] & 0xFF) << 24) | ((d[1] & 0xFF) << 16) | ((d[2] & 0xFF) << 8) | (d[3] & 0xFF);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The signed message: {@code cosignature/v1\ntime <seconds>\n} followed by the checkpoint body. */
    public static byte[] message(long timestamp, String checkpointBody) {
        return ("cosignature/v1\ntime " + Long.toUnsignedString(timestamp) + "\n" + checkpointBody)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Returns whether the signature line claims to be by this key (same name and key ID). */
    public boolean isFrom(NoteSignature signature) {
        return signature.name().equals(name) && signature.keyId() == keyId;
    }

    /**
     * Verifies a cosignature by this key on a checkpoint body.
     *
     * @return the cosignature's timestamp (POSIX seconds), or empty if the line is not by this key
     * @throws CosignatureException if it claims to be by this key but does not verify, or its timestamp is zero or
     *     above 2^63 - 1
     */
    public OptionalLong verify(String checkpointBody, NoteSignature signature) throws CosignatureException {
        if (!isFrom(signature)) {
            return OptionalLong.empty();
        }
        byte[] data = signature.signature();
        if (data.length != SIGNATURE_LENGTH) {
            throw new CosignatureException("cosignature by " + this + " has " + data.length + " bytes, not 72");
        }
        long timestamp = 0;
        for (int i = 0; i < 8; i++) {
            timestamp = (timestamp << 8) | (data[i] & 0xFF);
        }
        if (timestamp <= 0) {
            throw new CosignatureException("cosignature by " + name + " has timestamp "
                    + Long.toUnsignedString(timestamp) + " (must be 1 to 2^63-1)");
        }
        if (!Ed25519Keys.verify(jdkKey, message(timestamp, checkpointBody), Arrays.copyOfRange(data, 8, data.length))) {
            throw new CosignatureException("cosignature by " + name + "+" + keyIdHex() + " does not verify");
        }
        return OptionalLong.of(timestamp);
    }

    public String name() {
        return name;
    }

    public int keyId() {
        return keyId;
    }

    public String keyIdHex() {
        return HexFormat.of().toHexDigits(keyId);
    }

    public byte[] publicKey() {
        return publicKey.clone();
    }

    /** The text form {@code <name>+<keyid>+base64(0x04 || public key)}. */
    public String format() {
        byte[] data = new byte[1 + publicKey.length];
        data[0] = TYPE_COSIGNATURE_V1;
        System.arraycopy(publicKey, 0, data, 1, publicKey.length);
        return name + "+" + keyIdHex() + "+" + Base64.getEncoder().encodeToString(data);
    }

    @Override
    public String toString() {
        return format();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CosignerVerifierKey other
                && name.equals(other.name)
                && Arrays.equals(publicKey, other.publicKey);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(publicKey);
    }

    static String requireName(String name) {
        if (name == null
                || name.isEmpty()
                || name.codePoints().anyMatch(c -> c == '+' || c <= 0x20 || Character.isSpaceChar(c) || c == 0x85)) {
            throw new NoteFormatException("a key name is non-empty, without spaces or '+': " + name);
        }
        return name;
    }

    static byte[] base64(String text, String what) {
        try {
            byte[] decoded = Base64.getDecoder().decode(text);
            if (!Base64.getEncoder().encodeToString(decoded).equals(text)) {
                throw new NoteFormatException(what + " is not canonical padded base64");
            }
            return decoded;
        } catch (IllegalArgumentException e) {
            throw new NoteFormatException(what + " is not base64", e);
        }
    }
}
