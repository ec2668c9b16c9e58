package org.missionledger.ledger.merkle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Loads the JSON test vectors from {@code src/test/resources/vectors/}. */
public final class Vectors {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Vectors() {}

    /** Reads {@code /vectors/<name>} from the test classpath. */
    public static JsonNode load(String name) {
        try (InputStream in = Vectors.class.getResourceAsStream("/vectors/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test vector file " + name);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    public static List<byte[]> hexList(JsonNode array) {
        List<byte[]> list = new ArrayList<>();
        array.forEach(node -> list.add(hex(node.asText())));
        return list;
    }

    public static List<String> hexStrings(List<byte[]> hashes) {
        return hashes.stream().map(Vectors::hex).toList();
    }

    /** Reads a JSON integer as an unsigned 64-bit value (e.g. 18446744073709551615 becomes -1L). */
    public static long uint64(JsonNode node) {
        BigInteger value = node.bigIntegerValue();
        if (value.signum() < 0 || value.bitLength() > 64) {
            throw new IllegalArgumentException("not a uint64: " + value);
        }
        return value.longValue();
    }
}
