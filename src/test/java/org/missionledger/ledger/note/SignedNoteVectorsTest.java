package org.missionledger.ledger.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.missionledger.ledger.merkle.Vectors;

/** Every entry of {@code signed_note_ed25519_vectors.json}. */
class SignedNoteVectorsTest {

    private static final JsonNode FILE = Vectors.load("signed_note_ed25519_vectors.json");

    private static JsonNode vector(String id) {
        for (JsonNode vector : FILE.get("vectors")) {
            if (vector.get("id").asText().equals(id)) {
                return vector;
            }
        }
        throw new IllegalArgumentException(id);
    }

    private static List<NoteVerifierKey> verifierKeys(JsonNode vector) {
        List<NoteVerifierKey> keys = new ArrayList<>();
        if (vector.has("vkey")) {
            keys.add(NoteVerifierKey.parse(vector.get("vkey").asText()));
        }
        if (vector.has("vkeys")) {
            vector.get("vkeys").forEach(k -> keys.add(NoteVerifierKey.parse(k.asText())));
        }
        return keys;
    }

    @TestFactory
    Stream<DynamicNode> validNotes() {
        List<DynamicNode> nodes = new ArrayList<>();
        for (JsonNode vector : FILE.get("vectors")) {
            if (!vector.has("signedNote")) {
                continue;
            }
            assertThat(vector.get("expectValid").asBoolean()).isTrue();
            String id = vector.get("id").asText();
            String signedNote = vector.get("signedNote").asText();
            String text = vector.get("text").asText();
            List<NoteVerifierKey> keys = verifierKeys(vector);
            List<DynamicTest> tests = new ArrayList<>();
            tests.add(DynamicTest.dynamicTest("parses and re-formats byte for byte", () -> {
                SignedNote note = SignedNote.parse(signedNote);
                assertThat(note.text()).isEqualTo(text);
                assertThat(note.signatures())
                        .extracting(NoteSignature::line)
                        .containsExactlyElementsOf(textList(vector.get("signatureLines")));
                assertThat(note.format()).isEqualTo(signedNote);
                assertThat(note.toBytes()).isEqualTo(signedNote.getBytes(StandardCharsets.UTF_8));
                assertThat(SignedNote.parse(signedNote.getBytes(StandardCharsets.UTF_8)))
                        .isEqualTo(note);
            }));
            tests.add(DynamicTest.dynamicTest(
                    "verifies with all published keys",
                    () -> assertThat(SignedNote.parse(signedNote).verify(keys)).containsExactlyElementsOf(keys)));
            for (NoteVerifierKey key : keys) {
                tests.add(DynamicTest.dynamicTest("verifies with " + key.name() + " alone", () -> assertThat(
                                SignedNote.parse(signedNote).verify(key))
                        .containsExactly(key)));
            }
            if (vector.has("keyIdHex")) {
                tests.add(DynamicTest.dynamicTest(
                        "key ID", () -> assertThat(keys.get(0).keyIdHex())
                                .isEqualTo(vector.get("keyIdHex").asText())));
            }
            if (vector.has("skey")) {
                tests.add(DynamicTest.dynamicTest("re-signing reproduces the note byte for byte", () -> {
                    NoteSignerKey signer =
                            NoteSignerKey.parse(vector.get("skey").asText());
                    assertThat(signer.name()).isEqualTo(vector.get("keyName").asText());
                    assertThat(signer.verifierKey()).isEqualTo(keys.get(0));
                    SignedNote note = SignedNote.sign(text, signer);
                    assertThat(note.signatures().get(0).line())
                            .isEqualTo(vector.get("signatureLines").get(0).asText());
                    assertThat(note.format()).isEqualTo(signedNote);
                    assertThat(note.toBytes()).isEqualTo(signedNote.getBytes(StandardCharsets.UTF_8));
                }));
            }
            tests.add(DynamicTest.dynamicTest("tampered text fails", () -> {
                String tampered = signedNote.replaceFirst("\\.", "!");
                assertThatThrownBy(() -> SignedNote.parse(tampered).verify(keys))
                        .isInstanceOf(NoteVerificationException.class);
            }));
            nodes.add(DynamicContainer.dynamicContainer(id, tests));
        }
        assertThat(nodes).hasSize(3);
        return nodes.stream();
    }

    @TestFactory
    Stream<DynamicTest> malformedNotesAreRejected() {
        JsonNode vector = vector("gomod-malformed-notes");
        NoteVerifierKey key = NoteVerifierKey.parse(vector.get("vkey").asText());
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode malformed : vector.get("cases")) {
            String note = malformed.get("note").asText();
            tests.add(DynamicTest.dynamicTest(malformed.get("desc").asText(), () -> {
                assertThatThrownBy(() -> SignedNote.parse(note)).isInstanceOf(NoteFormatException.class);
                assertThatThrownBy(() -> SignedNote.parse(note.getBytes(StandardCharsets.UTF_8)))
                        .isInstanceOf(NoteFormatException.class);
            }));
        }
        // The case omitted from the JSON (raw 0xff byte, invalid UTF-8), straight from the upstream test.
        byte[] valid =
                vector("gomod-peterneumann-sign").get("signedNote").asText().getBytes(StandardCharsets.UTF_8);
        byte[] withFf = new byte[valid.length + 1];
        withFf[0] = (byte) 0xff;
        System.arraycopy(valid, 0, withFf, 1, valid.length);
        tests.add(DynamicTest.dynamicTest("leading byte 0xff (invalid UTF-8)", () -> {
            assertThatThrownBy(() -> SignedNote.parse(withFf))
                    .isInstanceOf(NoteFormatException.class)
                    .hasMessageContaining("UTF-8");
            assertThat(SignedNote.parse(valid).verify(key)).containsExactly(key);
        }));
        assertThat(tests).hasSize(7);
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> keyPairs() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode pair : FILE.get("keypairs").get("pairs")) {
            String vkey = pair.get(0).asText();
            String skey = pair.get(1).asText();
            tests.add(DynamicTest.dynamicTest(vkey, () -> {
                NoteVerifierKey verifier = NoteVerifierKey.parse(vkey);
                NoteSignerKey signer = NoteSignerKey.parse(skey);
                String[] parts = vkey.split("\\+", 3);
                assertThat(verifier.name()).isEqualTo(parts[0]);
                assertThat(verifier.keyIdHex()).isEqualTo(parts[1]);
                assertThat(NoteVerifierKey.keyId(verifier.name(), verifier.publicKey()))
                        .isEqualTo(Integer.parseUnsignedInt(parts[1], 16));
                assertThat(verifier.format()).isEqualTo(vkey);
                assertThat(signer.format()).isEqualTo(skey);
                assertThat(signer.verifierKey()).isEqualTo(verifier); // public key derived from the seed
                assertThat(signer.verifierKey().format()).isEqualTo(vkey);
                assertThat(signer.keyIdHex()).isEqualTo(parts[1]);
                byte[] message = "checkpoint\n".getBytes(StandardCharsets.UTF_8);
                assertThat(verifier.verify(message, signer.sign(message))).isTrue();
            }));
        }
        assertThat(tests).hasSize(8);
        return tests.stream();
    }

    @Test
    void checkpointExampleParsesAndReformats() {
        JsonNode item = formatOnly("c2sp-tlog-checkpoint-example");
        String signedNote = item.get("signedNote").asText();
        SignedNote note = SignedNote.parse(signedNote);
        assertThat(note.format()).isEqualTo(signedNote);
        Checkpoint checkpoint = Checkpoint.parse(note.text());
        assertThat(checkpoint.origin()).isEqualTo("example.com/behind-the-sofa");
        assertThat(checkpoint.size()).isEqualTo(20852163L);
        assertThat(Base64.getEncoder().encodeToString(checkpoint.rootHash()))
                .isEqualTo("CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=");
        assertThat(checkpoint.extensions()).isEmpty();
        assertThat(checkpoint.format()).isEqualTo(note.text());
        NoteSignature signature = note.signatures().get(0);
        assertThat(signature.name()).isEqualTo(checkpoint.origin());
        assertThat(signature.signature()).hasSize(64);
        // No key is published for this example: a random key with the same name is "unknown" and thus insufficient.
        NoteVerifierKey stranger = NoteSignerKey.generate(checkpoint.origin()).verifierKey();
        assertThatThrownBy(() -> note.verify(stranger))
                .isInstanceOf(NoteVerificationException.class)
                .hasMessageContaining("no signature");
    }

    @Test
    void cosignatureExampleParsesAndReformats() {
        JsonNode item = formatOnly("c2sp-tlog-cosignature-example");
        String signedNote = item.get("signedNote").asText();
        SignedNote note = SignedNote.parse(signedNote);
        assertThat(note.format()).isEqualTo(signedNote);
        assertThat(note.signatures())
                .extracting(NoteSignature::name)
                .containsExactly("example.com/behind-the-sofa", "witness.example.com/w1");
        // tlog-cosignature (type 0x04): 8-byte timestamp || 64-byte Ed25519 signature after the key ID.
        byte[] cosignature = note.signatures().get(1).signature();
        assertThat(cosignature).hasSize(72);
        long timestamp = java.nio.ByteBuffer.wrap(cosignature, 0, 8).getLong();
        String cosigned = item.get("cosignedMessageExample").asText();
        assertThat(cosigned).isEqualTo("cosignature/v1\ntime " + timestamp + "\n" + note.text());
        assertThat(Checkpoint.parse(note.text()))
                .isEqualTo(Checkpoint.parse(
                        formatOnly("c2sp-tlog-checkpoint-example")
                                        .get("signedNote")
                                        .asText()
                                        .split("\n\n")[0] + "\n"));
    }

    @Test
    void witnessRequestBodyLayout() {
        String body = formatOnly("c2sp-tlog-witness-add-checkpoint-request")
                .get("requestBody")
                .asText();
        int blank = body.indexOf("\n\n");
        String[] header = body.substring(0, blank).split("\n");
        assertThat(header[0]).isEqualTo("old 20852014");
        assertThat(Arrays.stream(header).skip(1).map(line -> Base64.getDecoder().decode(line).length))
                .hasSize(4)
                .containsOnly(32);
        String signedCheckpoint = body.substring(blank + 2);
        SignedNote note = SignedNote.parse(signedCheckpoint);
        assertThat(note.format()).isEqualTo(signedCheckpoint);
        assertThat(note.signatures())
                .hasSize(2)
                .extracting(NoteSignature::name)
                .containsOnly("example.com/behind-the-sofa");
        assertThat(note.signatures().get(0).keyId())
                .isNotEqualTo(note.signatures().get(1).keyId());
        Checkpoint checkpoint = Checkpoint.parse(note.text());
        assertThat(checkpoint.size()).isEqualTo(20852163L);
        assertThat(checkpoint.format()).isEqualTo(note.text());
    }

    @TestFactory
    Stream<DynamicTest> transparencyDevCheckpointMarshal() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : formatOnly("tdev-formats-checkpoint-marshal").get("cases")) {
            byte[] hash = c.get("hashAscii").asText().getBytes(StandardCharsets.US_ASCII);
            String body = c.get("body").asText();
            tests.add(DynamicTest.dynamicTest(c.get("origin").asText(), () -> {
                Checkpoint checkpoint =
                        new Checkpoint(c.get("origin").asText(), c.get("size").asLong(), hash);
                assertThat(checkpoint.format()).isEqualTo(body);
                // Not SHA-256 sized: the default strict parse refuses, the explicit-length parse round-trips.
                assertThatThrownBy(() -> Checkpoint.parse(body))
                        .isInstanceOf(NoteFormatException.class)
                        .hasMessageContaining("32 bytes");
                assertThat(Checkpoint.parse(body, hash.length)).isEqualTo(checkpoint);
            }));
        }
        assertThat(tests).hasSize(2);
        return tests.stream();
    }

    private static JsonNode formatOnly(String id) {
        for (JsonNode item : FILE.get("formatOnly").get("items")) {
            if (item.get("id").asText().equals(id)) {
                return item;
            }
        }
        throw new IllegalArgumentException(id);
    }

    private static List<String> textList(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(node -> list.add(node.asText()));
        return list;
    }
}
