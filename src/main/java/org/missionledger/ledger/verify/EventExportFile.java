package org.missionledger.ledger.verify;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import org.missionledger.ledger.log.EventLeaf;
import org.missionledger.ledger.log.EventLines;
import org.missionledger.ledger.log.LeafEntry;
import org.missionledger.ledger.log.LeafSource;

/**
 * An events export in JSON Lines ({@link EventLines}): each non-blank line is one event, in global order, and becomes
 * one leaf. Strict: invalid UTF-8 or a malformed line is reported with its line number.
 */
final class EventExportFile implements LeafSource {

    private final Path file;
    private final String label;

    EventExportFile(Path file, String label) {
        this.file = file;
        this.label = label;
    }

    EventExportFile(Path file) {
        this(file, "export " + file);
    }

    @Override
    public String describe() {
        return label;
    }

    @Override
    public long progressTotal() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public String progressUnit() {
        return "bytes";
    }

    @Override
    public void read(Sink sink, LongConsumer progress) throws IOException {
        try (CountingStream counted = new CountingStream(Files.newInputStream(file));
                BufferedReader reader = new BufferedReader(
                        new InputStreamReader(
                                counted,
                                StandardCharsets.UTF_8
                                        .newDecoder()
                                        .onMalformedInput(CodingErrorAction.REPORT)
                                        .onUnmappableCharacter(CodingErrorAction.REPORT)),
                        1 << 16)) {
            long lineNumber = 0;
            long position = 0;
            String line;
            while (true) {
                try {
                    line = reader.readLine();
                } catch (CharacterCodingException e) {
                    throw new MalformedSourceException(label + " is not valid UTF-8 after line " + lineNumber, e);
                }
                if (line == null) {
                    break;
                }
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                EventLeaf leaf;
                try {
                    leaf = EventLines.parseLeaf(line);
                } catch (IllegalArgumentException e) {
                    throw new MalformedSourceException(label + " line " + lineNumber + ": " + e.getMessage(), e);
                }
                sink.accept(LeafEntry.of(position++, leaf, "line " + lineNumber));
                if ((lineNumber & 0x3FF) == 0) {
                    progress.accept(counted.count);
                }
            }
            progress.accept(counted.count);
        }
    }

    /** Counts the bytes read, for progress. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
