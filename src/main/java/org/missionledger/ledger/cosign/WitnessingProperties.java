package org.missionledger.ledger.cosign;

import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.missionledger.ledger.note.NoteFormatException;
import org.missionledger.ledger.witness.CosignerVerifierKey;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The witnesses the ledger asks to cosign its checkpoints ({@code missionledger.ledger.witnessing.*}).
 *
 * @param witnesses each witness: its key (required), its submission URL (required) and a display name (default: the
 *     key's name)
 * @param pollInterval how often each witness is offered the latest checkpoint if it has not cosigned it
 * @param requestTimeout how long one request to a witness may take
 * @param maxRetryDelay the longest wait between attempts at a witness that fails (the wait doubles from
 *     {@code pollInterval})
 */
@ConfigurationProperties("missionledger.ledger.witnessing")
public record WitnessingProperties(
        List<Witness> witnesses, Duration pollInterval, Duration requestTimeout, Duration maxRetryDelay) {

    /**
     * One witness.
     *
     * @param name how the pages name it (default: its key's name)
     * @param key its cosignature/v1 verifier key, {@code name+id+base64(0x04 || key)}
     * @param url its submission prefix: {@code <url>/add-checkpoint} is where checkpoints are sent
     */
    public record Witness(String name, String key, URI url) {}

    /** A configured witness, its key parsed. */
    public record Configured(String name, CosignerVerifierKey key, URI url) {
        /** {@code <url>/add-checkpoint}. */
        public URI addCheckpoint() {
            String base = url.toString();
            return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/add-checkpoint");
        }
    }

    public WitnessingProperties {
        witnesses = witnesses == null ? List.of() : List.copyOf(witnesses);
        pollInterval = pollInterval == null ? Duration.ofSeconds(5) : pollInterval;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(10) : requestTimeout;
        maxRetryDelay = maxRetryDelay == null ? Duration.ofMinutes(5) : maxRetryDelay;
        if (pollInterval.isZero()
                || pollInterval.isNegative()
                || requestTimeout.isZero()
                || requestTimeout.isNegative()
                || maxRetryDelay.compareTo(pollInterval) < 0) {
            throw new IllegalArgumentException("missionledger.ledger.witnessing: poll-interval and request-timeout "
                    + "must be positive, max-retry-delay at least poll-interval");
        }
    }

    /** The witnesses, keys parsed and checked (distinct names and keys, an http(s) URL each). */
    public List<Configured> configured() {
        Set<String> names = new HashSet<>();
        Set<String> keys = new HashSet<>();
        return witnesses.stream()
                .map(w -> {
                    String where = "missionledger.ledger.witnessing.witnesses[" + witnesses.indexOf(w) + "]";
                    if (w.key() == null || w.key().isBlank()) {
                        throw new IllegalArgumentException(where + ".key is required (the witness's verifier key)");
                    }
                    CosignerVerifierKey key;
                    try {
                        key = CosignerVerifierKey.parse(w.key());
                    } catch (NoteFormatException e) {
                        throw new IllegalArgumentException(where + ".key: " + e.getMessage(), e);
                    }
                    if (w.url() == null
                            || !("http".equals(w.url().getScheme())
                                    || "https".equals(w.url().getScheme()))) {
                        throw new IllegalArgumentException(
                                where + ".url must be an http(s) URL (the witness's " + "submission prefix)");
                    }
                    String name = w.name() == null || w.name().isBlank()
                            ? key.name()
                            : w.name().strip();
                    if (!names.add(name) || !keys.add(key.format())) {
                        throw new IllegalArgumentException(where + ": two witnesses with the same name or key");
                    }
                    return new Configured(name, key, w.url());
                })
                .toList();
    }
}
