package org.missionledger.ledger.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import org.missionledger.ledger.log.EventLeaf;
import org.missionledger.ledger.log.EventLineReader;
import org.missionledger.ledger.log.LeafEncoding;
import org.missionledger.ledger.log.LeafEntry;
import org.missionledger.ledger.log.LeafSource;

/**
 * An events export in JSON Lines (read by {@link EventLineReader}): each non-blank line is one event, in global order,
 * and becomes one leaf. Strict: invalid UTF-8 or a malformed line is reported with its line number.
 *
 * <p>Read as a stream of bytes, never whole and never decoded to strings: the reading thread reads chunks of 256 KB
 * cut at a line end and hands each to a worker thread (one per core), which splits it into lines, parses each
 * line's bytes with Jackson's streaming parser and hashes the leaf (the payload's and metadata's SHA-256, then the
 * leaf hash); the reading thread feeds the finished leaves, in order, to the sink (the tree). At most a few chunks are
 * in flight, so memory stays flat.
 */
final class EventExportFile implements LeafSource {

    /**
     * Bytes of the file parsed and hashed per task (about 250 lines of a typical export); a chunk ends at a line end.
     * Kept well under half a G1 region: a 1 MB chunk is a "humongous" object, and allocating one per task cost a
     * collection every few chunks (seen in a JFR profile).
     */
    private static final int CHUNK = 1 << 18;
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
        try (InputStream in = Files.newInputStream(file)) {
            Deque<Future<Chunk>> inFlight = new ArrayDeque<>();
            Delivery delivery = new Delivery();
            long bytesRead = 0;
            byte[] buffer = new byte[CHUNK];
            int filled = 0;
            while (true) {
                int n = in.read(buffer, filled, buffer.length - filled);
                if (n < 0) {
                    break;
                }
                filled += n;
                bytesRead += n;
                if (filled < buffer.length) {
                    continue;
                }
                int end = lastNewline(buffer, filled);
                if (end < 0) { // one line longer than the buffer: read on into a larger one
                    buffer = Arrays.copyOf(buffer, buffer.length * 2);
                    continue;
                }
                byte[] next = new byte[Math.max(CHUNK, filled - end)];
                System.arraycopy(buffer, end, next, 0, filled - end);
                inFlight.add(workers.submit(leaves(buffer, end)));
                buffer = next;
                filled -= end;
                delivery.drain(inFlight, sink, 2 * WORKERS);
                progress.accept(bytesRead);
            }
            if (filled > 0) {
                inFlight.add(workers.submit(leaves(buffer, filled)));
            }
            delivery.drain(inFlight, sink, 0);
            progress.accept(bytesRead);
        } finally {
            workers.shutdownNow();
        }
    }

    /** The length of {@code buffer[0, filled)} up to and including its last newline, or -1 if it has none. */
    private static int lastNewline(byte[] buffer, int filled) {
        for (int i = filled - 1; i >= 0; i--) {
            if (buffer[i] == '\n') {
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * The leaves of the lines in one chunk of the file, parsed and hashed on a worker thread, with their line numbers
     * counted from the chunk's start; {@code lines} is how many lines the chunk holds, {@code failure} the first
     * malformed line's (relative) number and reason, if any: the leaves before it are still delivered first.
     */
    private record Chunk(
            EventLeaf[] leaves, byte[][] hashes, int[] lineNumbers, int count, int lines, Failure failure) {}

    private record Failure(int lineNumber, IllegalArgumentException reason) {}

    private static final ThreadLocal<EventLineReader> READER = ThreadLocal.withInitial(EventLineReader::new);

    /** Splits {@code bytes[0, length)} into lines and turns each non-blank one into its leaf (on a worker thread). */
    private static Callable<Chunk> leaves(byte[] bytes, int length) {
        return () -> {
            EventLineReader reader = READER.get();
            int capacity = Math.max(16, length / 512);
            EventLeaf[] leaves = new EventLeaf[capacity];
            byte[][] hashes = new byte[capacity][];
            int[] lineNumbers = new int[capacity];
            int count = 0;
            int line = 0;
            int start = 0;
            while (start < length) {
                int end = start;
                while (end < length && bytes[end] != '\n') {
                    end++;
                }
                line++;
                if (!blank(bytes, start, end)) {
                    EventLeaf leaf;
                    try {
                        leaf = reader.leaf(bytes, start, end - start);
                    } catch (IllegalArgumentException e) {
                        return new Chunk(leaves, hashes, lineNumbers, count, line, new Failure(line, e));
                    }
                    if (count == leaves.length) {
                        leaves = Arrays.copyOf(leaves, 2 * count);
                        hashes = Arrays.copyOf(hashes, 2 * count);
                        lineNumbers = Arrays.copyOf(lineNumbers, 2 * count);
                    }
                    leaves[count] = leaf;
                    hashes[count] = LeafEncoding.leafHash(LeafEncoding.encode(leaf));
                    lineNumbers[count] = line;
                    count++;
                }
                start = end + 1;
            }
            return new Chunk(leaves, hashes, lineNumbers, count, line, null);
        };
    }

    /** A line of nothing but whitespace (as {@link String#isBlank()} sees ASCII), skipped as before. */
    private static boolean blank(byte[] bytes, int start, int end) {
        for (int i = start; i < end; i++) {
            byte b = bytes[i];
            if (b != ' ' && (b < 0x09 || b > 0x0D) && (b < 0x1C || b > 0x1F)) {
                return false;
            }
        }
        return true;
    }

    /** Hands finished chunks to the sink in file order, numbering leaves and lines across chunks. */
    private final class Delivery {
        private long position;
        private long linesBefore;

        /** Delivers finished chunks, in order, until at most {@code keep} are still in flight. */
        void drain(Deque<Future<Chunk>> inFlight, Sink sink, int keep) throws IOException {
            while (inFlight.size() > keep) {
                Chunk chunk;
                try {
                    chunk = inFlight.removeFirst().get();
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
                for (int i = 0; i < chunk.count(); i++) {
                    sink.accept(new LeafEntry(
                            position++,
                            chunk.leaves()[i],
                            chunk.hashes()[i],
                            "line " + (linesBefore + chunk.lineNumbers()[i])));
                }
                if (chunk.failure() != null) {
                    inFlight.forEach(f -> f.cancel(true));
                    inFlight.clear();
                    long line = linesBefore + chunk.failure().lineNumber();
                    IllegalArgumentException reason = chunk.failure().reason();
                    throw new MalformedSourceException(label + " line " + line + ": " + reason.getMessage(), reason);
                }
                linesBefore += chunk.lines();
            }
        }
    }
}
