package org.missionledger.ledger.witness;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A cosignature checker written from the C2SP {@code tlog-cosignature} text alone, sharing no code with the production
 * witness: the vkey is {@code name+hex(keyid)+base64(0x04 || 32-byte key)}, the key ID is
 * {@code SHA-256(name || "\n" || 0x04 || key)[:4]}, a signature line is {@code — name base64(keyid || u64 timestamp ||
 * ed25519 signature)}, and the signed message is {@code "cosignature/v1\ntime <ts>\n"} followed by the checkpoint body.
 */
final class IndependentCosignatureCheck {

    private static final byte[] ED25519_SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private IndependentCosignatureCheck() {}

    /**
     * Checks one signature line against a vkey and a checkpoint body.
     *
     * @return the cosignature's timestamp
     * @throws AssertionError if anything differs from the spec
     */
    static long check(String vkey, String body, String signatureLine) throws Exception {
        String[] parts = vkey.split("\\+", 3);
        String name = parts[0];
        byte[] keyData = Base64.getDecoder().decode(parts[2]);
        if (keyData.length != 33 || keyData[0] != 0x04) {
            throw new AssertionError("vkey is not type 0x04 with 32 key bytes");
        }
        byte[] rawKey = Arrays.copyOfRange(keyData, 1, 33);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update((name + "\n").getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0x04);
        sha.update(rawKey);
        byte[] expectedId = Arrays.copyOf(sha.digest(), 4);
        if (!HexFormat.of().formatHex(expectedId).equals(parts[1])) {
            throw new AssertionError("vkey's key id " + parts[1] + " is not SHA-256(name\\n 0x04 key)[:4]");
        }
        String prefix = "\u2014 " + name + " ";
        if (!signatureLine.startsWith(prefix)) {
            throw new AssertionError("not a signature line by " + name + ": " + signatureLine);
        }
        byte[] sig = Base64.getDecoder()
                .decode(signatureLine.substring(prefix.length()).strip());
        if (sig.length != 4 + 8 + 64) {
            throw new AssertionError("cosignature is " + sig.length + " bytes, not 76");
        }
        if (!Arrays.equals(Arrays.copyOf(sig, 4), expectedId)) {
            throw new AssertionError("signature line carries another key id");
        }
        long timestamp = ByteBuffer.wrap(sig, 4, 8).getLong();
        if (timestamp <= 0) {
            throw new AssertionError("timestamp must be non-zero and below 2^63: " + timestamp);
        }
        byte[] message = ("cosignature/v1\ntime " + timestamp + "\n" + body).getBytes(StandardCharsets.UTF_8);
        byte[] spki = new byte[ED25519_SPKI_PREFIX.length + 32];
        System.arraycopy(ED25519_SPKI_PREFIX, 0, spki, 0, ED25519_SPKI_PREFIX.length);
        System.arraycopy(rawKey, 0, spki, ED25519_SPKI_PREFIX.length, 32);
        PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
        Signature ed25519 = Signature.getInstance("Ed25519");
        ed25519.initVerify(key);
        ed25519.update(message);
        if (!ed25519.verify(Arrays.copyOfRange(sig, 12, 76))) {
            throw new AssertionError("Ed25519 signature does not verify over cosignature/v1, time, body");
        }
        return timestamp;
    }
}
