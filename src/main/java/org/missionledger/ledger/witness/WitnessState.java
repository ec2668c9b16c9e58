package org.missionledger.ledger.witness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.missionledger.ledger.note.Checkpoint;
import org.missionledger.ledger.note.SignedNote;

/**
 * The witness's durable state, in plain files under one directory (readable with {@code cat}):
 *
 * <ul>
 *   <li>{@code logs/<sha256(origin)>.checkpoint}: the latest cosigned checkpoint of each log, as a signed note with
 *       the log's signature(s) and the witness's cosignature; replaced by atomic rename, so it is always a whole note;
 *   <li>{@code logs/<sha256(origin)>.history.jsonl}: every checkpoint cosigned, one JSON line each ({@code size},
 *       {@code root}, {@code note}), appended and synced before the latest is replaced; it lets the witness recognise
 *       a second root for a size it cosigned long ago;
 *   <li>{@code conflicts/*.json}: split-view evidence, both signed notes of each conflict.
 * </ul>
 *
 * <p>A lock file keeps a second witness process off the same directory. Callers serialise the check and the commit of
 * one origin (see {@link Witness}); this class serialises nothing but file writes of one origin.
 */
public final class WitnessState implements Closeable {

    /**
     * A cosigned checkpoint.
     *
     * @param size its tree size
     * @param root its root hash
     * @param note the signed note: the log's signature(s) and the witness's cosignature
     */
    public record Cosigned(long size, byte[] root, String note) {}

    /**
     * Two checkpoints of one log that cannot both be true.
     *
     * @param id the evidence file's name, without {@code .json}
     * @param origin the log
     * @param kind {@code fork} (same size, different roots), {@code rollback} (a smaller tree after a larger one, not
     *     one the witness cosigned) or {@code inconsistent} (no valid consistency proof from the cosigned checkpoint)
     * @param detectedAt when the witness saw it (ISO-8601)
     * @param explanation one sentence
     * @param cosignedNote the checkpoint the witness had cosigned, as a signed note
     * @param submittedNote the conflicting checkpoint as submitted, with every signature it carried
     */
    public record Conflict(
            String id,
            String origin,
            String kind,
            String detectedAt,
            String explanation,
            String cosignedNote,
            String submittedNote) {}

    private final Path directory;
    private final Path logs;
    private final Path conflictsDirectory;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Cosigned> latest = new ConcurrentHashMap<>();
    private final Map<String, TreeMap<Long, byte[]>> history = new ConcurrentHashMap<>();
    private final Set<String> conflictKeys = new HashSet<>();

    private WitnessState(Path directory) throws IOException {
        this.directory = directory;
        this.logs = Files.createDirectories(directory.resolve("logs"));
        this.conflictsDirectory = Files.createDirectories(directory.resolve("conflicts"));
        this.lockChannel =
                FileChannel.open(directory.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock acquired;
        try {
            acquired = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            acquired = null;
        }
        if (acquired == null) {
            lockChannel.close();
            throw new IllegalStateException("Another witness process is using the state directory " + directory);
        }
        this.lock = acquired;
    }

    /**
     * Opens (creating if needed) a state directory and loads it.
     *
     * @throws IllegalStateException if another process holds it, or a file in it is damaged
     */
    public static WitnessState open(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
            WitnessState state = new WitnessState(dir);
            try {
                state.load();
            } catch (RuntimeException | IOException e) {
                state.close();
                throw e;
            }
            return state;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the witness state directory " + dir, e);
        }
    }

    private void load() throws IOException {
        try (Stream<Path> files = Files.list(logs)) {
            for (Path file :
                    files.filter(p -> p.toString().endsWith(".checkpoint")).toList()) {
                String note = Files.readString(file, StandardCharsets.UTF_8);
                Checkpoint checkpoint;
                try {
                    checkpoint = Checkpoint.parse(SignedNote.parse(note).text());
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(
                            "The witness state file " + file + " is damaged: " + e.getMessage());
                }
                latest.put(checkpoint.origin(), new Cosigned(checkpoint.size(), checkpoint.rootHash(), note));
                TreeMap<Long, byte[]> roots = new TreeMap<>();
                Path historyFile = historyFile(checkpoint.origin());
                if (Files.exists(historyFile)) {
                    try (BufferedReader reader = Files.newBufferedReader(historyFile, StandardCharsets.UTF_8)) {
                        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                            if (line.isBlank()) {
                                continue;
                            }
                            JsonNode entry;
                            try {
                                entry = json.readTree(line);
                            } catch (IOException torn) {
                                continue; // a line torn by a crash mid-append: it was never answered
                            }
                            long size = entry.path("size").asLong(-1);
                            if (size >= 0 && size <= checkpoint.size()) { // beyond: written, never answered
                                roots.put(
                                        size,
                                        Base64.getDecoder()
                                                .decode(entry.path("root").asText()));
                            }
                        }
                    }
                }
                roots.put(checkpoint.size(), checkpoint.rootHash());
                history.put(checkpoint.origin(), roots);
            }
        }
        for (Conflict conflict : conflicts()) {
            conflictKeys.add(conflictKey(conflict.kind(), conflict.cosignedNote(), conflict.submittedNote()));
        }
    }

    /** The state directory. */
    public Path directory() {
        return directory;
    }

    /** The latest checkpoint cosigned for a log. */
    public Optional<Cosigned> latest(String origin) {
        return Optional.ofNullable(latest.get(origin));
    }

    /** The root of the checkpoint of that size cosigned for a log, if the witness cosigned one. */
    public Optional<byte[]> cosignedRoot(String origin, long size) {
        TreeMap<Long, byte[]> roots = history.get(origin);
        return roots == null
                ? Optional.empty()
                : Optional.ofNullable(roots.get(size)).map(byte[]::clone);
    }

    /** The signed note of the checkpoint of that size the witness cosigned, read back from its history. */
    public Optional<String> cosignedNote(String origin, long size) {
        Cosigned current = latest.get(origin);
        if (current != null && current.size() == size) {
            return Optional.of(current.note());
        }
        Path file = historyFile(origin);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        String found = null;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                try {
                    JsonNode entry = json.readTree(line);
                    if (entry.path("size").asLong(-1) == size) {
                        found = entry.path("note").asText(); // the last one written for that size counts
                    }
                } catch (IOException torn) {
                    // skip
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.ofNullable(found);
    }

    /** Every log the witness has cosigned for, by origin. */
    public Map<String, Cosigned> all() {
        return Map.copyOf(latest);
    }

    /**
     * Makes a cosigned checkpoint the log's latest, durably: appends it to the history (synced), then replaces the
     * latest file by atomic rename (synced, directory synced). When this returns, a restart finds it.
     */
    public synchronized void commit(String origin, Cosigned cosigned) {
        try {
            ObjectNode entry = json.createObjectNode()
                    .put("size", cosigned.size())
                    .put("root", Base64.getEncoder().encodeToString(cosigned.root()))
                    .put("note", cosigned.note());
            byte[] line = (json.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
            try (FileChannel channel =
                    FileChannel.open(historyFile(origin), StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                channel.write(ByteBuffer.wrap(line));
                channel.force(true);
            }
            writeAtomically(logs.resolve(originHash(origin) + ".checkpoint"), cosigned.note());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot persist the cosigned checkpoint of " + origin, e);
        }
        latest.put(origin, cosigned);
        history.computeIfAbsent(origin, o -> new TreeMap<>())
                .put(cosigned.size(), cosigned.root().clone());
    }

    /**
     * Keeps split-view evidence (once: the same two notes of the same kind are not stored twice).
     *
     * @return the stored conflict, or empty if the same evidence was already kept
     */
    public synchronized Optional<Conflict> recordConflict(
            String origin,
            String kind,
            String detectedAt,
            String explanation,
            String cosignedNote,
            String submittedNote) {
        String key = conflictKey(kind, cosignedNote, submittedNote);
        if (!conflictKeys.add(key)) {
            return Optional.empty();
        }
        String id = detectedAt.replaceAll("[^0-9TZ]", "") + "-" + kind + "-" + key.substring(0, 12);
        Conflict conflict = new Conflict(id, origin, kind, detectedAt, explanation, cosignedNote, submittedNote);
        try {
            writeAtomically(
                    conflictsDirectory.resolve(id + ".json"),
                    json.writerWithDefaultPrettyPrinter().writeValueAsString(conflict));
        } catch (IOException e) {
            conflictKeys.remove(key);
            throw new UncheckedIOException("Cannot keep the split-view evidence of " + origin, e);
        }
        return Optional.of(conflict);
    }

    /** All kept split-view evidence, oldest first. */
    public List<Conflict> conflicts() {
        List<Conflict> result = new ArrayList<>();
        try (Stream<Path> files = Files.list(conflictsDirectory)) {
            for (Path file :
                    files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                result.add(json.readValue(file.toFile(), Conflict.class));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the split-view evidence in " + conflictsDirectory, e);
        }
        result.sort(Comparator.comparing(Conflict::detectedAt).thenComparing(Conflict::id));
        return result;
    }

    /** The lowercase hex SHA-256 of an origin (the monitoring API's origin hash, and the state files' names). */
    public static String originHash(String origin) {
        return HexFormat.of().formatHex(sha256(origin.getBytes(StandardCharsets.UTF_8)));
    }

    private Path historyFile(String origin) {
        return logs.resolve(originHash(origin) + ".history.jsonl");
    }

    private void writeAtomically(Path target, String content) throws IOException {
        Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(
                temporary, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
        }
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system of " + target + " cannot rename atomically", e);
        }
        try (FileChannel dir = FileChannel.open(target.getParent(), StandardOpenOption.READ)) {
            dir.force(true); // the rename itself survives a power cut
        } catch (IOException notSupported) {
            // some platforms cannot open a directory; the rename is still atomic
        }
    }

    private static String conflictKey(String kind, String cosignedNote, String submittedNote) {
        return HexFormat.of()
                .formatHex(
                        sha256((kind + "\n" + cosignedNote + "\n" + submittedNote).getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
            lockChannel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
