package org.missionledger.ledger.verify;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.missionledger.ledger.log.EventLeaf;
import org.missionledger.ledger.log.LeafEncoding;
import org.missionledger.ledger.log.LeafEntry;
import org.missionledger.ledger.log.LeafSource;

/**
 * Leaves saved from the log's API: JSON Lines from {@code GET /api/ledger/leaves.jsonl}, pages from
 * {@code GET /api/ledger/leaves} (one or several, even concatenated), in one or more files or directories (read in name
 * order). Only {@code leafIndex} and {@code leaf} (base64 leaf bytes) are used; {@code leafHash}, when present, must
 * match. Together the leaves must form a contiguous range from leaf 0; overlapping pages are fine.
 */
final class LeavesFile implements LeafSource {

    private static final JsonFactory FACTORY = new JsonFactory();

    private final List<Path> files;
    private final String label;

    LeavesFile(List<Path> paths) throws IOException {
        List<Path> all = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> listing = Files.list(path)) {
                    listing.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted()
                            .forEach(all::add);
                }
            } else {
                all.add(path);
            }
        }
        this.files = List.copyOf(all);
        this.label = "trusted leaves " + (paths.size() == 1 ? paths.get(0).toString() : paths.toString());
    }

    @Override
    public String describe() {
        return label;
    }

    @Override
    public long progressTotal() {
        long total = 0;
        for (Path file : files) {
            try {
                total += Files.size(file);
            } catch (IOException e) {
                return -1;
            }
        }
        return total;
    }

    @Override
    public String progressUnit() {
        return "bytes";
    }

    @Override
    public void read(Sink sink, LongConsumer progress) throws IOException {
        long[] next = {0};
        long done = 0;
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file);
                    JsonParser parser = FACTORY.createParser(in)) {
                JsonToken token;
                while ((token = parser.nextToken()) != null) {
                    if (token != JsonToken.START_OBJECT) {
                        throw malformed(file, parser, "expected a leaf or a page of leaves");
                    }
                    readObject(file, parser, sink, next);
                }
            } catch (JsonProcessingException e) {
                throw new MalformedSourceException(file + " is not valid JSON (" + e.getOriginalMessage() + ")", e);
            }
            done += Files.size(file);
            progress.accept(done);
        }
    }

    /** Reads a leaf object or a page object whose {@code leaves} array holds leaf objects. */
    private void readObject(Path file, JsonParser parser, Sink sink, long[] next) throws IOException {
        Long leafIndex = null;
        String leaf = null;
        String leafHash = null;
        boolean page = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "leafIndex" -> {
                    if (value != JsonToken.VALUE_NUMBER_INT) {
                        throw malformed(file, parser, "leafIndex must be an integer");
                    }
                    leafIndex = parser.getLongValue();
                }
                case "leaf" -> leaf = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                case "leafHash" -> leafHash = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                case "leaves" -> {
                    if (value != JsonToken.START_ARRAY) {
                        throw malformed(file, parser, "leaves must be an array");
                    }
                    page = true;
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        readObject(file, parser, sink, next);
                    }
                }
                default -> parser.skipChildren();
            }
        }
        if (page) {
            return;
        }
        if (leafIndex == null || leaf == null) {
            throw malformed(file, parser, "a leaf needs leafIndex and leaf (base64)");
        }
        if (leafIndex < next[0]) {
            return; // overlapping pages
        }
        if (leafIndex > next[0]) {
            throw malformed(
                    file,
                    parser,
                    "leaf " + next[0] + " is missing (found leaf " + leafIndex
                            + "): saved leaves must form a contiguous range from leaf 0");
        }
        byte[] bytes;
        EventLeaf decoded;
        try {
            bytes = Base64.getDecoder().decode(leaf);
            decoded = LeafEncoding.decode(bytes);
        } catch (IllegalArgumentException e) {
            throw malformed(file, parser, "leaf " + leafIndex + " is not a valid leaf (" + e.getMessage() + ")");
        }
        byte[] hash = LeafEncoding.leafHash(bytes);
        if (leafHash != null && !Arrays.equals(hash, parseHex(leafHash))) {
            throw malformed(file, parser, "leaf " + leafIndex + ": leafHash does not match the leaf bytes");
        }
        sink.accept(new LeafEntry(leafIndex, decoded, hash, "saved leaf " + leafIndex));
        next[0]++;
    }

    private static byte[] parseHex(String hex) {
        try {
            return HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    private static MalformedSourceException malformed(Path file, JsonParser parser, String message) {
        return new MalformedSourceException(
                file + " (line " + parser.currentLocation().getLineNr() + "): " + message);
    }
}
