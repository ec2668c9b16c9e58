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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import org.missionledger.ledger.log.EventLeaf;
import org.missionledger.ledger.log.EventLines;
import org.missionledger.ledger.log.LeafEntry;
import org.missionledger.ledger.log.LeafSource;

/**
 * An events export in JSON Lines ({@link EventLines}): each non-blank line is one event, in global order, and becomes
 * one leaf. Strict: invalid UTF-8 or a malformed line is reported with its line number.
 *
 * <p>Read as a stream, never whole: one thread decodes lines and hands batches to worker threads that parse each line
 * with Jackson's streaming parser and hash the leaf (the payload's and metadata's SHA-256, then the leaf hash), while
 * the reading thread feeds the finished leaves, in order, to the sink (the tree). At most a few batches are in flight,
 * so memory stays flat.
 */
final class EventExportFile implements LeafSource {

    /** Lines parsed and hashed per task. */
    private static final int BATCH = 2048;
    /** Threads that parse lines and hash leaves, while the reading thread decodes and builds the tree. */
    private static final int WORKERS = Math.max(1, Runtime.getRuntime().availableProcessors());

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
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS, runnable -> {
            Thread thread = new Thread(runnable, "verify-leaves");
            thread.setDaemon(true);
            return thread;
        });
        try (CountingStream counted = new CountingStream(Files.newInputStream(file));
                BufferedReader reader = new BufferedReader(
                        new InputStreamReader(
                                counted,
                                StandardCharsets.UTF_8
                                        .newDecoder()
                                        .onMalformedInput(CodingErrorAction.REPORT)
                                        .onUnmappableCharacter(CodingErrorAction.REPORT)),
                        1 << 16)) {
            Deque<Future<List<LeafEntry>>> inFlight = new ArrayDeque<>();
            long lineNumber = 0;
            long position = 0;
            String[] lines = new String[BATCH];
            long[] numbers = new long[BATCH];
            int filled = 0;
            while (true) {
                String line;
                try {
                    line = reader.readLine();
                } catch (CharacterCodingException e) {
                    drain(inFlight, sink, Integer.MAX_VALUE);
                    throw new MalformedSourceException(label + " is not valid UTF-8 after line " + lineNumber, e);
                }
                if (line == null) {
                    break;
                }
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                lines[filled] = line;
                numbers[filled] = lineNumber;
                filled++;
                if (filled == BATCH) {
                    inFlight.add(workers.submit(leaves(lines, numbers, filled, position)));
                    position += filled;
                    lines = new String[BATCH];
                    numbers = new long[BATCH];
                    filled = 0;
                    drain(inFlight, sink, 2 * WORKERS);
                    progress.accept(counted.count);
                }
            }
            if (filled > 0) {
                inFlight.add(workers.submit(leaves(lines, numbers, filled, position)));
            }
            drain(inFlight, sink, 0);
            progress.accept(counted.count);
        } finally {
            workers.shutdownNow();
        }
    }

    /**
     * Parses and hashes a batch of lines (on a worker thread): the leaves come back in line order, and the sink still
     * receives every leaf in order, on the reading thread.
     */
    private Callable<List<LeafEntry>> leaves(String[] lines, long[] numbers, int count, long firstPosition) {
        return () -> {
            List<LeafEntry> entries = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                EventLeaf leaf;
                try {
                    leaf = EventLines.parseLeaf(lines[i]);
                } catch (IllegalArgumentException e) {
                    throw new MalformedSourceException(label + " line " + numbers[i] + ": " + e.getMessage(), e);
                }
                entries.add(LeafEntry.of(firstPosition + i, leaf, "line " + numbers[i]));
            }
            return entries;
        };
    }

    /** Hands finished batches to the sink, in order, until at most {@code keep} are still in flight. */
    private static void drain(Deque<Future<List<LeafEntry>>> inFlight, Sink sink, int keep) throws IOException {
        while (inFlight.size() > keep) {
            List<LeafEntry> batch;
            try {
                batch = inFlight.removeFirst().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while verifying");
            } catch (ExecutionException e) {
                inFlight.forEach(f -> f.cancel(true));
                inFlight.clear();
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IOException(e.getCause());
            }
            for (LeafEntry entry : batch) {
                sink.accept(entry);
            }
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
