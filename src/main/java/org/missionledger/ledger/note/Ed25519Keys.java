package org.missionledger.ledger.note;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.SecureRandomSpi;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Objects;

/**
 * Conversions between raw RFC 8032 Ed25519 keys (32-byte seed, 32-byte public key) and JDK keys, plus signing and
 * verification, using only the JDK's built-in {@code Ed25519} provider (Java 15+).
 *
 * <p>Raw keys are wrapped with the fixed DER prefixes of PKCS#8 v1 ({@code 302e020100300506032b657004220420}) and
 * X.509 SubjectPublicKeyInfo ({@code 302a300506032b6570032100}). The JDK has no public API that derives an Ed25519
 * public key from a seed, so {@link #publicKeyFromSeed(byte[])} runs the JDK key pair generator with a random source
 * that yields exactly the given seed (RFC 8032 key generation is a deterministic function of the seed) and checks
 * that the generated private key equals the seed.
 */
public final class Ed25519Keys {

    /** Length of an Ed25519 private key seed. */
    public static final int SEED_LENGTH = 32;

    /** Length of an encoded Ed25519 public key. */
    public static final int PUBLIC_KEY_LENGTH = 32;

    /** Length of an Ed25519 signature. */
    public static final int SIGNATURE_LENGTH = 64;

    private static final String ALGORITHM = "Ed25519";
    private static final byte[] PKCS8_PREFIX = hex("302e020100300506032b657004220420");
    private static final byte[] X509_PREFIX = hex("302a300506032b6570032100");

    private Ed25519Keys() {}

    /**
     * Generates a fresh key pair with the JDK's default secure random source.
     *
     * @return a new Ed25519 key pair
     */
    public static KeyPair generateKeyPair() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("JDK Ed25519 provider unavailable", e);
        }
    }

    /**
     * Wraps a raw seed as a JDK private key (PKCS#8).
     *
     * @param seed 32-byte RFC 8032 private key
     * @return the JDK private key
     */
    public static PrivateKey privateKeyFromSeed(byte[] seed) {
        requireLength(seed, SEED_LENGTH, "Ed25519 seed");
        try {
            PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(concat(PKCS8_PREFIX, seed));
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(spec);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("JDK rejected Ed25519 seed", e);
        }
    }

    /**
     * Wraps a raw public key as a JDK public key (X.509 SubjectPublicKeyInfo).
     *
     * @param publicKey 32-byte RFC 8032 public key encoding
     * @return the JDK public key
     */
    public static PublicKey publicKeyFromRaw(byte[] publicKey) {
        requireLength(publicKey, PUBLIC_KEY_LENGTH, "Ed25519 public key");
        try {
            X509EncodedKeySpec spec = new X509EncodedKeySpec(concat(X509_PREFIX, publicKey));
            return KeyFactory.getInstance(ALGORITHM).generatePublic(spec);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("JDK rejected Ed25519 public key", e);
        }
    }

    /**
     * Extracts the raw 32-byte seed of a JDK Ed25519 private key.
     *
     * @param privateKey an Ed25519 private key
     * @return the seed
     */
    public static byte[] rawSeed(PrivateKey privateKey) {
        Objects.requireNonNull(privateKey, "privateKey");
        byte[] encoded = privateKey.getEncoded();
        if (encoded != null
                && encoded.length == PKCS8_PREFIX.length + SEED_LENGTH
                && startsWith(encoded, PKCS8_PREFIX)) {
            return Arrays.copyOfRange(encoded, PKCS8_PREFIX.length, encoded.length);
        }
        if (privateKey instanceof EdECPrivateKey edec
                && NamedParameterSpec.ED25519
                        .getName()
                        .equalsIgnoreCase(edec.getParams().getName())) {
            byte[] seed =
                    edec.getBytes().orElseThrow(() -> new IllegalArgumentException("private key not extractable"));
            requireLength(seed, SEED_LENGTH, "Ed25519 seed");
            return seed;
        }
        throw new IllegalArgumentException("not an Ed25519 private key: " + privateKey.getAlgorithm());
    }

    /**
     * Extracts the raw 32-byte encoding of a JDK Ed25519 public key.
     *
     * @param publicKey an Ed25519 public key
     * @return the RFC 8032 public key encoding
     */
    public static byte[] rawPublicKey(PublicKey publicKey) {
        Objects.requireNonNull(publicKey, "publicKey");
        byte[] encoded = publicKey.getEncoded();
        if (encoded == null
                || encoded.length != X509_PREFIX.length + PUBLIC_KEY_LENGTH
                || !startsWith(encoded, X509_PREFIX)) {
            throw new IllegalArgumentException("not an Ed25519 public key: " + publicKey.getAlgorithm());
        }
        return Arrays.copyOfRange(encoded, X509_PREFIX.length, encoded.length);
    }

    /**
     * Derives the public key belonging to a seed.
     *
     * @param seed 32-byte RFC 8032 private key
     * @return the 32-byte public key
     */
    public static byte[] publicKeyFromSeed(byte[] seed) {
        requireLength(seed, SEED_LENGTH, "Ed25519 seed");
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
            generator.initialize(NamedParameterSpec.ED25519, new FixedSeedRandom(seed));
            KeyPair pair = generator.generateKeyPair();
            if (!Arrays.equals(rawSeed(pair.getPrivate()), seed)) {
                throw new IllegalStateException("JDK Ed25519 key generation did not use the supplied seed");
            }
            return rawPublicKey(pair.getPublic());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("JDK Ed25519 provider unavailable", e);
        }
    }

    /**
     * Signs a message (pure Ed25519, deterministic).
     *
     * @param privateKey an Ed25519 private key
     * @param message the message
     * @return the 64-byte signature
     */
    public static byte[] sign(PrivateKey privateKey, byte[] message) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(message);
            return signature.sign();
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("not an Ed25519 private key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /**
     * Verifies a signature.
     *
     * @param publicKey an Ed25519 public key
     * @param message the signed message
     * @param signature the signature, expected to be 64 bytes
     * @return {@code true} if and only if the signature is valid
     */
    public static boolean verify(PublicKey publicKey, byte[] message, byte[] signature) {
        if (signature == null || signature.length != SIGNATURE_LENGTH) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(publicKey);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (SignatureException e) {
            return false;
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("not an Ed25519 public key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 verification failed", e);
        }
    }

    private static void requireLength(byte[] bytes, int length, String what) {
        Objects.requireNonNull(bytes, what);
        if (bytes.length != length) {
            throw new IllegalArgumentException(what + " must be " + length + " bytes, got " + bytes.length);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] hex(String hex) {
        return java.util.HexFormat.of().parseHex(hex);
    }

    /** A random source that hands out one given 32-byte seed once and then refuses further use. */
    private static final class FixedSeedRandom extends SecureRandom {

        private static final long serialVersionUID = 1L;

        FixedSeedRandom(byte[] seed) {
            super(new FixedSeedSpi(seed), null);
        }
    }

    private static final class FixedSeedSpi extends SecureRandomSpi {

        private static final long serialVersionUID = 1L;

        private final byte[] seed;
        private boolean used;

        FixedSeedSpi(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        protected void engineSetSeed(byte[] ignored) {
            // The output is fixed; additional seed material is irrelevant.
        }

        @Override
        protected void engineNextBytes(byte[] bytes) {
            if (used || bytes.length != seed.length) {
                throw new IllegalStateException("fixed-seed random source used unexpectedly");
            }
            System.arraycopy(seed, 0, bytes, 0, seed.length);
            used = true;
        }

        @Override
        protected byte[] engineGenerateSeed(int numBytes) {
            throw new UnsupportedOperationException("fixed-seed random source cannot generate seeds");
        }
    }
}
