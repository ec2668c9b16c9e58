package org.missionledger.ledger.checkpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import org.missionledger.ledger.note.NoteSignerKey;
import org.missionledger.ledger.note.NoteVerifierKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checkpoint signing key in a file outside the database, in the signed-note signer key format
 * {@code PRIVATE+KEY+<name>+<keyid>+<base64>} followed by a newline.
 *
 * <p>On first start the key is generated (JDK Ed25519) and written to a new file with permissions {@code 600}, in a
 * directory created with {@code 700}; the public verifier key is written next to it as {@code <file>.pub}. A key file
 * that group or others may read or write is refused, as is a key whose name is not the log's origin. The private key
 * never appears in a log line or an exception message.
 */
public final class SigningKeyFile {

    private static final Logger log = LoggerFactory.getLogger(SigningKeyFile.class);

    static final Set<PosixFilePermission> OWNER_READ_WRITE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> GROUP_OR_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

    private SigningKeyFile() {}

    /**
     * Loads the signing key, creating it first if the file does not exist.
     *
     * @param file the key file
     * @param origin the log origin, which must be the key's name
     * @return the signer key
     * @throws IllegalStateException if the file is exposed to group or others, unreadable, not a signer key, or the
     *     key of another origin
     */
    public static NoteSignerKey loadOrCreate(Path file, String origin) {
        Path path = file.toAbsolutePath().normalize();
        if (!Files.exists(path)) {
            create(path, origin);
        }
        return load(path, origin);
    }

    /**
     * Loads an existing signing key.
     *
     * @param file the key file
     * @param origin the log origin, which must be the key's name
     * @return the signer key
     */
    public static NoteSignerKey load(Path file, String origin) {
        Path path = file.toAbsolutePath().normalize();
        checkPermissions(path);
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the checkpoint signing key file " + path + ": " + e, e);
        }
        NoteSignerKey key;
        try {
            key = NoteSignerKey.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The file " + path + " does not hold a signed-note signer key "
                    + "(expected one line PRIVATE+KEY+<name>+<keyid>+<base64>)");
        }
        if (!key.name().equals(origin)) {
            throw new IllegalStateException("The checkpoint signing key in " + path + " is named '" + key.name()
                    + "' but the log origin (missionledger.ledger.origin) is '" + origin + "'. A log keeps its origin "
                    + "and key for life; configure the origin the key was made for, or point "
                    + "missionledger.ledger.signing-key-file at another file.");
        }
        writePublicKey(path, key.verifierKey());
        return key;
    }

    /** Returns the path of the public verifier key written next to the key file. */
    public static Path publicKeyFile(Path keyFile) {
        Path path = keyFile.toAbsolutePath().normalize();
        return path.resolveSibling(path.getFileName() + ".pub");
    }

    private static void create(Path path, String origin) {
        NoteSignerKey key;
        try {
            key = NoteSignerKey.generate(origin);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    "The log origin '" + origin + "' cannot name a signing key: " + e.getMessage()
                            + " (missionledger.ledger.origin)",
                    e);
        }
        boolean posix = isPosix(path);
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
            byte[] content = (key.format() + "\n").getBytes(StandardCharsets.US_ASCII);
            try (FileChannel channel = posix
                    ? FileChannel.open(path, options, PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE))
                    : FileChannel.open(path, options)) {
                channel.write(ByteBuffer.wrap(content));
                channel.force(true);
            }
            if (posix) {
                Files.setPosixFilePermissions(path, OWNER_READ_WRITE);
            }
            log.info(
                    "Created the checkpoint signing key {} in {} (keep this file secret and backed up; losing it "
                            + "means starting a new log identity)",
                    key.verifierKey().name() + "+" + key.keyIdHex(),
                    path);
        } catch (FileAlreadyExistsException e) {
            log.debug("Signing key file {} appeared concurrently; loading it", path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the checkpoint signing key file " + path, e);
        }
    }

    private static void checkPermissions(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("The checkpoint signing key file " + path + " is not a regular file");
        }
        if (!isPosix(path)) {
            log.warn(
                    "Cannot check the permissions of the signing key file {} on this file system; make sure only "
                            + "the ledger's user can read it",
                    path);
            return;
        }
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the permissions of " + path, e);
        }
        if (permissions.stream().anyMatch(GROUP_OR_OTHERS::contains)) {
            throw new IllegalStateException("The checkpoint signing key file " + path + " is readable or writable by "
                    + "group or others (" + PosixFilePermissions.toString(permissions) + "); refusing to use it. "
                    + "Restrict it with: chmod 600 " + path);
        }
    }

    private static void writePublicKey(Path keyFile, NoteVerifierKey verifierKey) {
        Path pub = publicKeyFile(keyFile);
        String content = verifierKey.format() + "\n";
        try {
            if (Files.isRegularFile(pub)
                    && Files.readString(pub, StandardCharsets.UTF_8).equals(content)) {
                return;
            }
            Files.writeString(pub, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            log.warn("Could not write the public verifier key to {}: {}", pub, e.toString());
        }
    }

    private static boolean isPosix(Path path) {
        return Files.getFileAttributeView(path, PosixFileAttributeView.class) != null;
    }
}
