package org.missionledger.ledger.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.security.KeyPair;
import java.security.interfaces.EdECPrivateKey;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class NoteKeysTest {

    private static final HexFormat HEX = HexFormat.of();

    /** RFC 8032 §7.1, TEST 1. */
    @Test
    void rfc8032TestVector1() {
        byte[] seed = HEX.parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
        byte[] publicKey = Ed25519Keys.publicKeyFromSeed(seed);
        assertThat(HEX.formatHex(publicKey))
                .isEqualTo("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
        byte[] signature = Ed25519Keys.sign(Ed25519Keys.privateKeyFromSeed(seed), new byte[0]);
        assertThat(HEX.formatHex(signature))
                .isEqualTo("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901"
                        + "555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
        assertThat(Ed25519Keys.verify(Ed25519Keys.publicKeyFromRaw(publicKey), new byte[0], signature))
                .isTrue();
    }

    @Test
    void jdkKeyConversionsRoundTrip() {
        KeyPair pair = Ed25519Keys.generateKeyPair();
        byte[] seed = Ed25519Keys.rawSeed(pair.getPrivate());
        byte[] publicKey = Ed25519Keys.rawPublicKey(pair.getPublic());
        assertThat(seed).hasSize(32);
        assertThat(publicKey).hasSize(32);
        assertThat(Ed25519Keys.publicKeyFromSeed(seed)).isEqualTo(publicKey);
        assertThat(Ed25519Keys.privateKeyFromSeed(seed).getEncoded())
                .isEqualTo(pair.getPrivate().getEncoded());
        assertThat(Ed25519Keys.publicKeyFromRaw(publicKey).getEncoded())
                .isEqualTo(pair.getPublic().getEncoded());
        assertThat(HEX.formatHex(pair.getPublic().getEncoded())).startsWith("302a300506032b6570032100");
        assertThat(((EdECPrivateKey) Ed25519Keys.privateKeyFromSeed(seed)).getBytes())
                .contains(seed);

        NoteSignerKey signer = NoteSignerKey.fromPrivateKey("example.org/log", pair.getPrivate());
        assertThat(signer.verifierKey()).isEqualTo(NoteVerifierKey.of("example.org/log", pair.getPublic()));
        assertThat(signer.seed()).isEqualTo(seed);
    }

    @Test
    void generatedKeysRoundTripThroughTheirTextForms() {
        NoteSignerKey signer = NoteSignerKey.generate("ledger.example/missions");
        NoteSignerKey reparsed = NoteSignerKey.parse(signer.format());
        assertThat(reparsed).isEqualTo(signer);
        assertThat(reparsed.verifierKey()).isEqualTo(signer.verifierKey());
        NoteVerifierKey verifier = NoteVerifierKey.parse(signer.verifierKey().format());
        assertThat(verifier).isEqualTo(signer.verifierKey());
        assertThat(verifier.keyId()).isEqualTo(NoteVerifierKey.keyId(verifier.name(), verifier.publicKey()));
        assertThat(signer.format()).startsWith("PRIVATE+KEY+ledger.example/missions+" + verifier.keyIdHex() + "+A");
        assertThat(NoteSignerKey.generate("a")).isNotEqualTo(NoteSignerKey.generate("a"));
    }

    @Test
    void signerToStringDoesNotLeakTheSeed() {
        NoteSignerKey signer = NoteSignerKey.generate("secret.example");
        // the key material follows "PRIVATE+KEY+<name>+<keyid>+" (base64 may itself contain '+')
        String base64Part =
                signer.format().substring(("PRIVATE+KEY+" + signer.name() + "+" + signer.keyIdHex() + "+").length());
        assertThat(signer.toString())
                .doesNotContain(base64Part)
                .contains("redacted")
                .contains(signer.keyIdHex());
    }

    @Test
    void verifierKeyParsingIsStrict() {
        String good = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
        assertThat(NoteVerifierKey.parse(good).format()).isEqualTo(good);
        assertThat(NoteVerifierKey.parse(good.replace("c74f20a3", "C74F20A3")).format())
                .isEqualTo(good);
        String[] bad = {
            "PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW", // wrong key ID
            "PeterNeumann+c74f20a+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW", // short key ID
            "PeterNeumann+c74f20ag+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW", // not hex
            "PeterNeumann+c74f20a3+AhpcHQcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW", // type 0x02
            "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10", // 31 key bytes
            "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW=", // bad padding
            "PeterNeumann+c74f20a3", // no key
            "Peter Neumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW", // space in name
            "+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW", // empty name
            "PeterNeumann+\u0663c74f20a+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW", // non-ASCII digit
        };
        for (String vkey : bad) {
            assertThat(catchThrowable(() -> NoteVerifierKey.parse(vkey)))
                    .as(vkey)
                    .isInstanceOf(NoteFormatException.class);
        }
    }

    @Test
    void signerKeyParsingIsStrict() {
        String good = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
        assertThat(NoteSignerKey.parse(good).format()).isEqualTo(good);
        String[] bad = {
            good.replace("PRIVATE+KEY+", ""),
            good.replace("c74f20a3", "c74f20a4"),
            good.replace("+AYEK", "+AoEK"), // type 0x02
            good.substring(0, good.length() - 4),
            good.replace("PeterNeumann", "Peter\u2003Neumann"),
        };
        for (String skey : bad) {
            assertThatThrownBy(() -> NoteSignerKey.parse(skey)).isInstanceOf(NoteFormatException.class);
        }
        assertThatThrownBy(() -> NoteSignerKey.fromSeed("x", new byte[31]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NoteSignerKey.generate("has space")).isInstanceOf(IllegalArgumentException.class);
    }
}
