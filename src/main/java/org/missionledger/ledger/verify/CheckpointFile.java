package org.missionledger.ledger.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A saved checkpoint: the signed note exactly as served by {@code GET /api/ledger/checkpoint}.
 *
 * @param name where it came from (a file name, or "stored checkpoint #12")
 * @param content the note text
 */
public record CheckpointFile(String name, String content) {

    public CheckpointFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
    }

    /**
     * Reads checkpoint files; a directory contributes every regular file in it, by name.
     *
     * @param paths files or directories
     * @return the checkpoints, in the order given
     * @throws IOException if a file cannot be read
     */
    public static List<CheckpointFile> load(List<Path> paths) throws IOException {
        List<CheckpointFile> result = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> files;
                try (Stream<Path> listing = Files.list(path)) {
                    files = listing.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted()
                            .toList();
                }
                if (files.isEmpty()) {
                    throw new IOException("the checkpoint directory " + path + " holds no files");
                }
                for (Path file : files) {
                    result.add(read(file));
                }
            } else {
                result.add(read(path));
            }
        }
        return result;
    }

    private static CheckpointFile read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return new CheckpointFile(file.toString(), new String(bytes, StandardCharsets.UTF_8));
    }
}
