package org.missionledger.ledger.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignedNoteTest {

    private static final NoteSignerKey PETER =
            NoteSignerKey.parse("PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz");
    private static final NoteSignerKey LOG = NoteSignerKey.generate("log.example/ledger");
    private static final NoteSignerKey WITNESS = NoteSignerKey.generate("witness.example/w1");
    private static final String TEXT = "log.example/ledger\n3\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n";

    @Test
    void signParseVerifyRoundTrip() throws Exception {
        SignedNote note = SignedNote.sign(TEXT, LOG, WITNESS);
        String wire = note.format();
        assertThat(wire).startsWith(TEXT + "\n\u2014 log.example/ledger ").endsWith("\n");
        SignedNote parsed = SignedNote.parse(wire);
        assertThat(parsed).isEqualTo(note);
        assertThat(parsed.verify(LOG.verifierKey(), WITNESS.verifierKey()))
                .containsExactly(LOG.verifierKey(), WITNESS.verifierKey());
        assertThat(parsed.verify(WITNESS.verifierKey())).containsExactly(WITNESS.verifierKey());
    }

    @Test
    void signingIsDeterministic() {
        assertThat(SignedNote.sign(TEXT, LOG).format())
                .isEqualTo(SignedNote.sign(TEXT, LOG).format());
    }

    @Test
    void badSignatureFromKnownKeyFailsEvenIfAnotherVerifies() {
        SignedNote note = SignedNote.sign(TEXT, LOG, WITNESS);
        NoteSignature good = note.signatures().get(1);
        byte[] corrupted = good.signature();
        corrupted[10] ^= 0x01;
        SignedNote tampered = new SignedNote(
                TEXT, List.of(note.signatures().get(0), new NoteSignature(good.name(), good.keyId(), corrupted)));
        SignedNote reparsed = SignedNote.parse(tampered.format());
        assertThatThrownBy(() -> reparsed.verify(LOG.verifierKey(), WITNESS.verifierKey()))
                .isInstanceOf(NoteVerificationException.class)
                .hasMessageContaining("witness.example/w1");
        // Without the witness key the corrupted line is just an unknown signature and is ignored.
        assertThat(sneaky(() -> reparsed.verify(LOG.verifierKey()))).containsExactly(LOG.verifierKey());
    }

    @Test
    void signatureOfWrongLengthFromKnownKeyFails() {
        NoteSignature truncated = new NoteSignature(LOG.name(), LOG.keyId(), new byte[63]);
        SignedNote note = new SignedNote(TEXT, List.of(truncated));
        assertThatThrownBy(() -> note.verify(LOG.verifierKey())).isInstanceOf(NoteVerificationException.class);
    }

    @Test
    void unknownSignersAreIgnoredButOneKnownSignatureIsRequired() {
        SignedNote note = SignedNote.sign(TEXT, WITNESS);
        assertThatThrownBy(() -> note.verify(LOG.verifierKey()))
                .isInstanceOf(NoteVerificationException.class)
                .hasMessageContaining("no signature by any trusted key");
        assertThatThrownBy(() -> note.verify(List.of())).isInstanceOf(NoteVerificationException.class);
        // Same name, different key (so different key ID): unknown, ignored.
        NoteSignerKey impostor = NoteSignerKey.generate(WITNESS.name());
        assertThatThrownBy(() -> note.verify(impostor.verifierKey()))
                .isInstanceOf(NoteVerificationException.class)
                .hasMessageContaining("no signature");
        // Same key ID, different name: unknown, ignored.
        byte[] witnessSignature = note.signatures().get(0).signature();
        NoteSignature renamed = new NoteSignature("other.example", WITNESS.keyId(), witnessSignature);
        SignedNote renamedNote = new SignedNote(TEXT, List.of(renamed));
        assertThatThrownBy(() -> renamedNote.verify(WITNESS.verifierKey()))
                .isInstanceOf(NoteVerificationException.class)
                .hasMessageContaining("no signature");
    }

    @Test
    void duplicateTrustedKeysAndDuplicateSignaturesAreHarmless() {
        NoteVerifierKey key = LOG.verifierKey();
        SignedNote note = SignedNote.sign(TEXT, LOG);
        SignedNote doubled = new SignedNote(
                TEXT, List.of(note.signatures().get(0), note.signatures().get(0)));
        assertThat(sneaky(() -> doubled.verify(key, key))).containsExactly(key);
    }

    @Test
    void cosigningAppendsAndReplaces() throws Exception {
        SignedNote logSigned = SignedNote.sign(TEXT, LOG);
        SignedNote cosigned = logSigned.withSignatures(WITNESS);
        assertThat(cosigned.signatures()).extracting(NoteSignature::name).containsExactly(LOG.name(), WITNESS.name());
        assertThat(cosigned.withSignatures(LOG).signatures())
                .extracting(NoteSignature::name)
                .containsExactly(WITNESS.name(), LOG.name());
        assertThat(SignedNote.parse(cosigned.format()).verify(LOG.verifierKey(), WITNESS.verifierKey()))
                .hasSize(2);
    }

    @Test
    void rejectsMalformedNotes() {
        String valid = SignedNote.sign(TEXT, PETER).format();
        String sigLine = valid.substring(valid.lastIndexOf("\n\n") + 2);
        String b64 = sigLine.substring(sigLine.lastIndexOf(' ') + 1, sigLine.length() - 1);
        List<String> bad = new ArrayList<>();
        bad.add(TEXT + "\n\u2014 Bad Name " + b64 + "\n"); // name with a space, properly terminated
        bad.add(TEXT + "\n\u2014 PeterNeumann  " + b64 + "\n"); // two spaces
        bad.add(TEXT + "\n\u2014 PeterNeumann\n"); // no signature
        bad.add(TEXT + "\n\u2014 " + " " + b64 + "\n"); // empty name
        bad.add(TEXT + "\n\u2014 Peter+Neumann " + b64 + "\n"); // '+' in name
        bad.add(TEXT + "\n\u2014 Peter\u00a0Neumann " + b64 + "\n"); // Unicode space in name
        bad.add(TEXT + "\n- PeterNeumann " + b64 + "\n"); // hyphen instead of em dash
        bad.add(TEXT + "\n\u2014PeterNeumann " + b64 + "\n"); // no space after the dash
        bad.add(TEXT + "\n\u2014 PeterNeumann " + b64.replace("=", "") + "\n"); // missing padding
        bad.add(TEXT + "\n\u2014 PeterNeumann " + b64 + " \n"); // trailing space
        bad.add(TEXT + "\n\u2014 PeterNeumann AAAAAA==\n"); // 4 bytes: key ID without signature
        bad.add(TEXT + "\n\u2014 PeterNeumann AAAAAAA=\n".replace("AAAAAAA=", "AAAAAAB=")); // non-canonical bits
        bad.add(valid.replace("example", "exa\tmple")); // tab
        bad.add(valid.replace("\n", "\r\n")); // CRLF
        bad.add(valid + "\n"); // blank line after the signatures
        bad.add(valid.substring(0, valid.length() - 1)); // no final newline
        bad.add("\n"); // nothing
        bad.add(""); // nothing at all
        bad.add(valid.replace("\n\n", "\n")); // no blank line
        bad.add("\ud800" + valid); // unpaired surrogate
        for (int i = 0; i < bad.size(); i++) {
            String note = bad.get(i);
            assertThat(catchThrowable(() -> SignedNote.parse(note)))
                    .as("case %d: %s", i, note.replace("\n", "\\n"))
                    .isInstanceOf(NoteFormatException.class);
        }
    }

    @Test
    void textMayContainBlankLinesAndUnicode() throws Exception {
        String text =
                "Ognuno sta solo sul cuor della terra\ntrafitto da un raggio di sole:\n\n" + "ed \u00e8 subito sera.\n";
        SignedNote note = SignedNote.sign(text, LOG);
        SignedNote parsed = SignedNote.parse(note.toBytes());
        assertThat(parsed.text()).isEqualTo(text);
        assertThat(parsed.verify(LOG.verifierKey())).containsExactly(LOG.verifierKey());
    }

    @Test
    void signatureCountLimit() throws Exception {
        StringBuilder note = new StringBuilder(SignedNote.sign(TEXT, LOG).format());
        String unknownLine = "\u2014 someone.example AAAAAAE=\n"; // 5 bytes: key ID 0 + one signature byte
        for (int i = 1; i < SignedNote.MAX_SIGNATURES; i++) {
            note.append(unknownLine);
        }
        assertThat(SignedNote.parse(note.toString()).signatures()).hasSize(SignedNote.MAX_SIGNATURES);
        assertThat(SignedNote.parse(note.toString()).verify(LOG.verifierKey())).hasSize(1);
        note.append(unknownLine);
        assertThatThrownBy(() -> SignedNote.parse(note.toString()))
                .isInstanceOf(NoteFormatException.class)
                .hasMessageContaining("more than");
    }

    @Test
    void signRejectsInvalidText() {
        assertThatThrownBy(() -> SignedNote.sign("no newline", LOG)).isInstanceOf(NoteFormatException.class);
        assertThatThrownBy(() -> SignedNote.sign("", LOG)).isInstanceOf(NoteFormatException.class);
        assertThatThrownBy(() -> SignedNote.sign("bell\u0007\n", LOG)).isInstanceOf(NoteFormatException.class);
        assertThatThrownBy(() -> SignedNote.sign(TEXT)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void signedBytesAreTheUtf8Text() {
        SignedNote note = SignedNote.sign("caf\u00e9\n", LOG);
        assertThat(LOG.verifierKey()
                        .verify(
                                "caf\u00e9\n".getBytes(StandardCharsets.UTF_8),
                                note.signatures().get(0).signature()))
                .isTrue();
        assertThat(Base64.getDecoder().decode(note.signatures().get(0).base64()))
                .hasSize(68);
    }

    private interface Action<T> {
        T run() throws Exception;
    }

    private static <T> T sneaky(Action<T> action) {
        try {
            return action.run();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
