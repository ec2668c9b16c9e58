package org.missionledger.exchange.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.missionledger.common.api.FeatureApi;

/**
 * An import file that can be read more than once: the importer streams it once to check everything, and again to
 * record. Standard input and uploads are spooled to a temporary file first.
 *
 * @param name how problems and reports name the file
 * @param format its syntax
 * @param size its size in bytes, or -1 if unknown (progress only)
 * @param opener opens a fresh stream over the whole file
 */
@FeatureApi("a parameter of the importers")
public record ImportInput(String name, InputFormat format, long size, Opener opener) {

    /** Opens the file from the start. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public ImportInput {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(opener, "opener");
    }

    public InputStream open() throws IOException {
        return opener.open();
    }

    /** A file on disk; the format comes from its extension unless given. */
    public static ImportInput of(Path file, InputFormat format) {
        InputFormat chosen = format != null
                ? format
                : InputFormat.ofFileName(file.getFileName().toString())
                        .orElseThrow(() -> new IllegalArgumentException("Cannot tell the format of '" + file
                                + "' from its name; name it .yaml, .yml, .json or .csv, or give the format"));
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return new ImportInput(file.toString(), chosen, size, () -> Files.newInputStream(file));
    }
}
