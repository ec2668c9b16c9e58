package org.missionledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.missionledger.ledger.note.Checkpoint;
import org.missionledger.ledger.note.NoteVerifierKey;
import org.missionledger.ledger.note.SignedNote;

/** The examples in docs/transparency-log.md are real: the checkpoint shown verifies with the key shown. */
class DocumentedExamplesTest {

    @Test
    void theDocumentedCheckpointVerifiesWithTheDocumentedKey() throws Exception {
        String doc = Files.readString(Path.of("docs", "transparency-log.md"));
        Matcher block = Pattern.compile("```\\n(ledger\\.example\\.org/log\\n\\d+\\n[^`]*?)```")
                .matcher(doc);
        assertThat(block.find()).isTrue();
        Matcher key = Pattern.compile("ledger\\.example\\.org/log\\+[0-9a-f]{8}\\+[A-Za-z0-9+/=]+")
                .matcher(doc);
        assertThat(key.find()).isTrue();

        SignedNote note = SignedNote.parse(block.group(1));
        NoteVerifierKey verifierKey = NoteVerifierKey.parse(key.group());
        assertThat(note.verify(verifierKey)).containsExactly(verifierKey);
        assertThat(Checkpoint.parse(note.text()).size()).isEqualTo(20);
    }
}
