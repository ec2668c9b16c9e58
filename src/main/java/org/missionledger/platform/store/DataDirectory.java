package org.missionledger.platform.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * The ledger's data directory ({@code missionledger.store.embedded.data-dir}, default {@code ./data}): the embedded
 * store's file, the signing key ({@code keys/checkpoint.key}), and two small files for the tools:
 *
 * <ul>
 *   <li>{@code ledger-id}: the id of the ledger this directory belongs to, written on first start. A command given this
 *       directory refuses a store that holds another ledger.
 *   <li>{@code instance.json} (permissions 600): how to reach the process that has the directory open — its pid, the
 *       embedded store's loopback URI, its HTTP URL and a local operator credential. Written by the process holding
 *       the data file, removed when it stops.
 * </ul>
 *
 * <p>Relative paths given to the ledger (the key file) are resolved against this directory, never against the working
 * directory.
 */
public final class DataDirectory {

    public static final String LEDGER_ID_FILE = "ledger-id";
    public static final String INSTANCE_FILE = "instance.json";
    public static final String DATA_FILE = "missionledger.mv.db";

    private static final ObjectMapper JSON =
            new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path path;

    private DataDirectory(Path path) {
        this.path = path.toAbsolutePath().normalize();
    }

    public static DataDirectory of(Path path) {
        return new DataDirectory(path == null ? Path.of("data") : path);
    }

    public static DataDirectory of(StoreProperties properties) {
        return of(properties.embedded().dataDir());
    }

    public Path path() {
        return path;
    }

    /** A configured path: as it is when absolute, else inside this directory. */
    public Path resolve(Path configured) {
        return configured.isAbsolute()
                ? configured.normalize()
                : path.resolve(configured).normalize();
    }

    public Path dataFile() {
        return path.resolve(DATA_FILE);
    }

    /** The ledger id recorded in this directory, if any. */
    public Optional<String> ledgerId() {
        Path file = path.resolve(LEDGER_ID_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String id = Files.readString(file, StandardCharsets.UTF_8).strip();
            return id.isEmpty() ? Optional.empty() : Optional.of(id);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** Records the ledger id (first start); never replaces another one. */
    public void recordLedgerId(String ledgerId) {
        Optional<String> recorded = ledgerId();
        if (recorded.isPresent()) {
            if (!recorded.get().equals(ledgerId)) {
                throw mismatch(recorded.get(), ledgerId);
            }
            return;
        }
        write(path.resolve(LEDGER_ID_FILE), ledgerId + "\n", false);
    }

    /** Refuses a store holding another ledger than the one this directory belongs to. */
    public void checkLedgerId(String storeLedgerId, String storeDescription) {
        ledgerId().ifPresent(recorded -> {
            if (!recorded.equals(storeLedgerId)) {
                throw new LedgerStartupException("The store " + storeDescription + " holds ledger " + storeLedgerId
                        + ", but the data directory " + path + " belongs to ledger " + recorded
                        + "; give the data directory of that ledger (--data-dir) or the store of this one.");
            }
        });
    }

    private LedgerStartupException mismatch(String recorded, String other) {
        return new LedgerStartupException("The data directory " + path + " belongs to ledger " + recorded
                + ", not to ledger " + other + "; give each ledger a data directory of its own (--data-dir).");
    }

    /** The running instance's address file, if present (it may be stale after a crash: check that it answers). */
    public Optional<Instance> instance() {
        Path file = path.resolve(INSTANCE_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), Instance.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Writes the instance file (permissions 600) atomically. */
    public void writeInstance(Instance instance) {
        try {
            write(
                    path.resolve(INSTANCE_FILE),
                    JSON.writerWithDefaultPrettyPrinter().writeValueAsString(instance),
                    true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the instance file if it is the given process's. */
    public void removeInstance(long pid) {
        instance().filter(i -> i.pid() == pid).ifPresent(i -> {
            try {
                Files.deleteIfExists(path.resolve(INSTANCE_FILE));
            } catch (IOException ignored) {
                // stale files are recognised by their pid
            }
        });
    }

    private void write(Path file, String content, boolean secret) {
        try {
            Files.createDirectories(path);
            Path temp = Files.createTempFile(path, "." + file.getFileName(), ".tmp");
            if (Files.getFileAttributeView(temp, PosixFileAttributeView.class) != null) {
                Files.setPosixFilePermissions(
                        temp, PosixFilePermissions.fromString(secret ? "rw-------" : "rw-r--r--"));
            }
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /**
     * The process that has the data directory open.
     *
     * @param ledgerId the ledger it serves (null until known)
     * @param pid its process id
     * @param store the embedded store's loopback URI ({@code mongodb://127.0.0.1:PORT}), null when not embedded
     * @param http its HTTP base URL, null when it serves none (a command-line run)
     * @param operator a credential for the local operator (HTTP Basic {@code local-operator:<this>}), null if none
     * @param startedAt when it started (ISO-8601)
     */
    public record Instance(String ledgerId, long pid, String store, String http, String operator, String startedAt) {

        public Instance withLedgerId(String id) {
            return new Instance(id, pid, store, http, operator, startedAt);
        }

        public Instance withHttp(String url, String credential) {
            return new Instance(ledgerId, pid, store, url, credential, startedAt);
        }
    }
}
