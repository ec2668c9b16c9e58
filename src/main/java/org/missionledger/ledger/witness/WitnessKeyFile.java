package org.missionledger.ledger.witness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import org.missionledger.ledger.note.NoteFormatException;

/**
 * The witness's private key in a file: created on first start (permissions {@code 600}, its directory {@code 700}),
 * refused when group or others may read or write it; the public key is written next to it as {@code <file>.pub}.
 */
public final class WitnessKeyFile {

    private static final Set<PosixFilePermission> OWNER_READ_WRITE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> GROUP_OR_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE);

    /**
     * The loaded key.
     *
     * @param key the key
     * @param created whether this call created the file
     */
    public record Loaded(CosignerKey key, boolean created) {}

    private WitnessKeyFile() {}

    /**
     * Loads the key, creating it under {@code name} if the file does not exist.
     *
     * @param name the witness name for a new key; {@code null} to accept whatever name an existing key has (a new key
     *     then needs one)
     * @throws IllegalStateException if the file is exposed, not a witness key, or the key of another name
     */
    public static Loaded loadOrCreate(Path file, String name) {
        Path path = file.toAbsolutePath().normalize();
        boolean created = false;
        if (!Files.exists(path)) {
            if (name == null) {
                throw new IllegalStateException("No witness key in " + path + "; give --name to create one");
            }
            create(path, name);
            created = true;
        }
        CosignerKey key = load(path);
        if (name != null && !key.name().equals(name)) {
            throw new IllegalStateException("The witness key in " + path + " is named '" + key.name() + "', not '"
                    + name + "': a witness keeps its name for life (its key ID depends on it); drop --name or use "
                    + "another key file");
        }
        writePublicKey(path, key);
        return new Loaded(key, created);
    }

    /** The public key file next to a key file. */
    public static Path publicKeyFile(Path keyFile) {
        Path path = keyFile.toAbsolutePath().normalize();
        return path.resolveSibling(path.getFileName() + ".pub");
    }

    private static CosignerKey load(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("The witness key file " + path + " is not a regular file");
        }
        if (isPosix(path)) {
            try {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
                if (permissions.stream().anyMatch(GROUP_OR_OTHERS::contains)) {
                    throw new IllegalStateException("The witness key file " + path + " is readable or writable by "
                            + "group or others (" + PosixFilePermissions.toString(permissions)
                            + "); refusing to use it. Restrict it with: chmod 600 " + path);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try {
            return CosignerKey.parse(Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the witness key file " + path + ": " + e, e);
        } catch (NoteFormatException e) {
            throw new IllegalStateException("The file " + path + " does not hold a witness key (one line "
                    + "PRIVATE+KEY+<name>+<keyid>+<base64 of 0x04 and the seed>)");
        }
    }

    private static void create(Path path, String name) {
        CosignerKey key;
        try {
            key = CosignerKey.generate(name);
        } catch (NoteFormatException e) {
            throw new IllegalStateException("'" + name + "' cannot name a witness key: " + e.getMessage(), e);
        }
        boolean posix = isPosix(path.getParent() == null ? path : existingAncestor(path));
        try {
            Path directory = path.getParent();
            if (directory != null && !Files.isDirectory(directory)) {
                if (posix) {
                    Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
                } else {
                    Files.createDirectories(directory);
                }
            }
            EnumSet<StandardOpenOption> options = EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try (FileChannel channel = posix
                    ? FileChannel.open(path, options, PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE))
                    : FileChannel.open(path, options)) {
                channel.write(ByteBuffer.wrap((key.format() + "\n").getBytes(StandardCharsets.US_ASCII)));
                channel.force(true);
            }
            if (posix) {
                Files.setPosixFilePermissions(path, OWNER_READ_WRITE); // whatever the umask
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the witness key file " + path, e);
        }
    }

    private static Path existingAncestor(Path path) {
        Path p = path.getParent();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p == null ? path.getRoot() : p;
    }

    private static void writePublicKey(Path keyFile, CosignerKey key) {
        Path pub = publicKeyFile(keyFile);
        String content = key.verifierKey().format() + "\n";
        try {
            if (!Files.isRegularFile(pub)
                    || !Files.readString(pub, StandardCharsets.UTF_8).equals(content)) {
                Files.writeString(pub, content, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the witness public key to " + pub, e);
        }
    }

    private static boolean isPosix(Path path) {
        return path != null && Files.getFileAttributeView(path, PosixFileAttributeView.class) != null;
    }
}
