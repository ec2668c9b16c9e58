package org.missionledger.ledger.note;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;

/** Shared lexical rules of the signed-note and checkpoint formats. */
final class NoteText {

    static final char EM_DASH = '\u2014';

    private NoteText() {}

    /** Decodes strict UTF-8 (malformed input and unmappable characters rejected). */
    static String decodeUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new NoteFormatException("note is not valid UTF-8", e);
        }
    }

    /**
     * Checks that {@code text} is well-formed Unicode (no unpaired surrogates) without ASCII control characters other
     * than newline.
     */
    static void checkCharacters(String text, String what) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n') {
                throw new NoteFormatException(
                        what + " contains control character U+" + String.format("%04X", (int) c) + " at offset " + i);
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    throw new NoteFormatException(what + " contains an unpaired surrogate at offset " + i);
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                throw new NoteFormatException(what + " contains an unpaired surrogate at offset " + i);
            }
        }
    }

    /** Key names must be non-empty, well-formed, without Unicode white space and without '+'. */
    static boolean isValidKeyName(String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            if (cp == '+' || cp < 0x20 || cp == 0x85 || Character.isSpaceChar(cp) || Character.isSurrogate((char) cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    static String requireKeyName(String name) {
        if (!isValidKeyName(name)) {
            throw new NoteFormatException("invalid key name (must be non-empty, without spaces or '+'): " + name);
        }
        return name;
    }

    /** Decodes canonical standard base64 (RFC 4648 §4, padded, zero trailing bits); anything else is rejected. */
    static byte[] decodeBase64Strict(String text, String what) {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new NoteFormatException(what + " is not valid base64", e);
        }
        if (!Base64.getEncoder().encodeToString(decoded).equals(text)) {
            throw new NoteFormatException(what + " is not canonical padded base64");
        }
        return decoded;
    }

    /** Parses a key ID: exactly 8 hexadecimal digits. */
    static int parseKeyId(String hex) {
        if (hex.length() != 8) {
            throw new NoteFormatException("key ID must be 8 hex digits: " + hex);
        }
        for (int i = 0; i < 8; i++) {
            char c = hex.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                throw new NoteFormatException("key ID must be 8 hex digits: " + hex);
            }
        }
        return (int) Long.parseLong(hex, 16);
    }

    static String keyIdHex(int keyId) {
        return HexFormat.of().toHexDigits(keyId);
    }

    /** key ID = SHA-256(name || 0x0A || type || public key)[:4], big-endian. */
    static int keyId(String name, byte type, byte[] publicKey) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
        sha256.update(name.getBytes(StandardCharsets.UTF_8));
        sha256.update((byte) 0x0A);
        sha256.update(type);
        sha256.update(publicKey);
        byte[] digest = sha256.digest();
        return ((digest[0] & 0xFF) << 24) | ((digest[1] & 0xFF) << 16) | ((digest[2] & 0xFF) << 8) | (digest[3] & 0xFF);
    }
}
