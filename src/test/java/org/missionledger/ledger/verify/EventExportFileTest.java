package org.missionledger.ledger.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionledger.ledger.log.EventLeaf;
import org.missionledger.ledger.log.EventLineWriter;
import org.missionledger.ledger.log.LeafEncoding;
import org.missionledger.ledger.log.LeafEntry;
import org.missionledger.ledger.log.LeafSource;
import org.missionledger.platform.eventstore.StoredEvent;

/**
 * The verifier's streaming read of an export: chunks cut at line ends and parsed on worker threads still give every
 * leaf in order, with the right line numbers, across chunk boundaries, blank and CRLF lines, non-ASCII text and a line
 * longer than a chunk; a malformed line or invalid UTF-8 is reported with its line number.
 */
class EventExportFileTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryLeafInOrderAcrossChunksWithTheirLineNumbers() throws Exception {
        List<StoredEvent> events = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            String text = i == 1234 ? "x".repeat(600_000) : i % 7 == 0 ? "Zero-carbon power — £" + i + " 🌍" : "e" + i;
            events.add(SyntheticLog.event(i + 1, "m" + (i % 10), i / 10, text));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<Long> lineOf = new ArrayList<>();
        long line = 0;
        for (int i = 0; i < events.size(); i++) {
            if (i % 500 == 0) {
                bytes.writeBytes("\n  \n".getBytes(StandardCharsets.UTF_8)); // blank lines are skipped
                line += 2;
            }
            bytes.writeBytes(EventLineWriter.line(events.get(i)).getBytes(StandardCharsets.UTF_8));
            bytes.writeBytes((i % 3 == 0 ? "\r\n" : "\n").getBytes(StandardCharsets.UTF_8));
            lineOf.add(++line);
        }
        Path file = Files.write(dir.resolve("events.jsonl"), bytes.toByteArray());

        List<LeafEntry> read = new ArrayList<>();
        new EventExportFile(file).read(read::add, progress -> {});

        assertThat(read).hasSameSizeAs(events);
        for (int i = 0; i < events.size(); i++) {
            LeafEntry entry = read.get(i);
            assertThat(entry.position()).isEqualTo(i);
            assertThat(entry.leaf()).isEqualTo(EventLeaf.of(events.get(i)));
            assertThat(entry.leafHash()).isEqualTo(LeafEncoding.leafHash(events.get(i)));
            assertThat(entry.location()).isEqualTo("line " + lineOf.get(i));
        }
    }

    @Test
    void aMalformedLineOrInvalidUtf8IsReportedWithItsLineNumber() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            text.append(EventLineWriter.line(SyntheticLog.event(i + 1, "m", i, "e" + i)))
                    .append('\n');
        }
        Path malformed = Files.writeString(dir.resolve("malformed.jsonl"), text + "{\"globalIndex\":2001}\n");
        assertThatThrownBy(() -> new EventExportFile(malformed).read(entry -> {}, progress -> {}))
                .isInstanceOf(LeafSource.MalformedSourceException.class)
                .hasMessageContaining("line 2001: sequence is missing");

        byte[] valid = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] line = EventLineWriter.line(SyntheticLog.event(2001, "m", 2000, "caf\u00e9"))
                .getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < line.length; i++) {
            if (line[i] == (byte) 0xC3) {
                line[i] = (byte) 0xFF; // no UTF-8 sequence starts with 0xFF
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(valid);
        bytes.writeBytes(line);
        Path invalid = Files.write(dir.resolve("invalid.jsonl"), bytes.toByteArray());
        assertThatThrownBy(() -> new EventExportFile(invalid).read(entry -> {}, progress -> {}))
                .isInstanceOf(LeafSource.MalformedSourceException.class)
                .hasMessageContaining("line 2001: not valid UTF-8");
    }
}
