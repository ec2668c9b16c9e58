package org.missionledger.source.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** How a cited URL names its source record: the SHA-256 of the URL without its fragment, in lowercase hex. */
public final class SourceIds {

    /** A source id: 64 lowercase hex characters. */
    public static final String PATTERN = "[0-9a-f]{64}";

    private SourceIds() {}

    /** The URL as watched: trimmed, without its {@code #fragment} (a fragment names a part of the same page). */
    public static String watchedUrl(String url) {
        String trimmed = url.strip();
        int hash = trimmed.indexOf('#');
        return hash < 0 ? trimmed : trimmed.substring(0, hash);
    }

    /** The source id of a cited URL. */
    public static String of(String url) {
        return sha256(watchedUrl(url));
    }

    /** SHA-256 of a text's UTF-8 bytes, in lowercase hex. */
    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /** SHA-256 of bytes, in lowercase hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
