package org.missionledger.platform.store;

import java.net.URI;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Who a ledger is, recorded in its store on first start and never changed: its id, its transparency-log origin and
 * the signing key whose signatures its checkpoints carry (changed only by an explicit key rotation, each one kept).
 *
 * @param ledgerId random, unique per ledger
 * @param origin the first line of every checkpoint and the name of its signing key (C2SP: unique to the log)
 * @param verifierKey the current public key ({@code <name>+<keyid>+<base64>}), null until the first key is recorded
 * @param rotations every key rotation, oldest first
 * @param createdAt when the identity was recorded (ISO-8601)
 */
public record LedgerIdentity(
        String ledgerId, String origin, String verifierKey, List<KeyRotation> rotations, String createdAt) {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    public LedgerIdentity {
        Objects.requireNonNull(ledgerId, "ledgerId");
        Objects.requireNonNull(origin, "origin");
        rotations = rotations == null ? List.of() : List.copyOf(rotations);
    }

    /** A fresh, random ledger id (12 characters, 60 bits). */
    public static String newLedgerId() {
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }

    /**
     * The origin of a new ledger: {@code <host>[/path]/log} of its public base URL when it has one, else {@code
     * missionledger.local/log/<ledger id>} (unique to the ledger, as C2SP asks).
     */
    public static String originFor(String publicBaseUrl, String ledgerId) {
        if (publicBaseUrl == null || publicBaseUrl.isBlank()) {
            return "missionledger.local/log/" + ledgerId;
        }
        URI uri;
        try {
            uri = URI.create(publicBaseUrl.strip());
        } catch (IllegalArgumentException e) {
            throw new LedgerStartupException("missionledger.ledger.public-base-url '" + publicBaseUrl
                    + "' is not a URL; give e.g. https://ledger.example.org");
        }
        if (uri.getHost() == null) {
            throw new LedgerStartupException("missionledger.ledger.public-base-url '" + publicBaseUrl
                    + "' has no host; give e.g. https://ledger.example.org");
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
        return uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + path + "/log";
    }

    /**
     * One key rotation: the handover checkpoint, signed by both keys, that says which key signs from then on.
     *
     * @param previousKey the key signing until then
     * @param nextKey the key signing from then on
     * @param size the tree size of the handover checkpoint
     * @param note the handover checkpoint (signed note)
     * @param at when it was signed (ISO-8601)
     */
    public record KeyRotation(String previousKey, String nextKey, long size, String note, String at) {}
}
