package org.missionledger.ledger.cosign;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.missionledger.ledger.checkpoint.StoredCheckpoint;
import org.missionledger.ledger.log.LogProofs;
import org.missionledger.ledger.note.NoteFormatException;
import org.missionledger.ledger.note.NoteSignature;
import org.missionledger.ledger.note.SignedNote;
import org.missionledger.ledger.witness.CosignatureException;
import org.missionledger.ledger.witness.Witness;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks one witness to cosign a checkpoint, C2SP {@code tlog-witness}: {@code old <size it last cosigned>}, the
 * consistency proof from that size, the checkpoint. A 409 says which size the witness really holds: the request is
 * rebuilt from there and sent again. The cosignature that comes back is verified with the witness's configured key
 * before it is kept. Not thread-safe: one thread per witness.
 */
final class WitnessClient {

    private static final Logger log = LoggerFactory.getLogger(WitnessClient.class);

    /** How a submission ended. */
    enum Outcome {
        COSIGNED,
        FAILED
    }

    private final WitnessingProperties.Configured witness;
    private final LogProofs proofs;
    private final CosignatureStore store;
    private final HttpClient http;
    private final Duration timeout;
    private final Clock clock;

    WitnessClient(
            WitnessingProperties.Configured witness,
            LogProofs proofs,
            CosignatureStore store,
            HttpClient http,
            Duration timeout,
            Clock clock) {
        this.witness = witness;
        this.proofs = proofs;
        this.store = store;
        this.http = http;
        this.timeout = timeout;
        this.clock = clock;
    }

    String name() {
        return witness.name();
    }

    /** Submits the checkpoint unless this witness already cosigned it; records the outcome. */
    Outcome submit(StoredCheckpoint checkpoint) {
        CosignatureStore.WitnessStanding standing = store.standing(witness.name())
                .orElse(new CosignatureStore.WitnessStanding(witness.name(), 0, null, null));
        if (standing.cosignedSize() == checkpoint.size()
                && !store.of(List.of(checkpoint.size()), List.of(witness.name()))
                        .isEmpty()) {
            return Outcome.COSIGNED;
        }
        long old = Math.min(standing.cosignedSize(), checkpoint.size());
        String now = clock.instant().toString();
        try {
            for (int attempt = 0; attempt < 3; attempt++) {
                HttpResponse<String> response = post(old, checkpoint);
                int status = response.statusCode();
                if (status == 200) {
                    long timestamp = keep(checkpoint, response.body());
                    store.stand(new CosignatureStore.WitnessStanding(witness.name(), checkpoint.size(), now, null));
                    log.info(
                            "Witness {} cosigned checkpoint {} (time {})",
                            witness.name(),
                            checkpoint.size(),
                            Instant.ofEpochSecond(timestamp));
                    return Outcome.COSIGNED;
                }
                if (status == 409
                        && response.headers()
                                .firstValue("Content-Type")
                                .orElse("")
                                .startsWith(Witness.SIZE_MEDIA_TYPE)) {
                    long reported = parseSize(response.body());
                    if (reported > checkpoint.size()) {
                        return failed(
                                now,
                                standing,
                                "the witness has cosigned a tree of " + reported + " events, "
                                        + "larger than this log's latest checkpoint (" + checkpoint.size()
                                        + "): was the "
                                        + "ledger restored from an old backup, or does another ledger use its key?");
                    }
                    old = reported; // resend from the size the witness holds
                    continue;
                }
                return failed(
                        now,
                        standing,
                        "HTTP " + status + ": " + abbreviate(response.body().strip()));
            }
            return failed(now, standing, "the witness kept answering 409 (its size changes under us)");
        } catch (IOException e) {
            return failed(
                    now,
                    standing,
                    "unreachable: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : " " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.FAILED;
        } catch (CosignatureException | NoteFormatException e) {
            return failed(now, standing, "its answer is not a valid cosignature: " + e.getMessage());
        }
    }

    private HttpResponse<String> post(long old, StoredCheckpoint checkpoint) throws IOException, InterruptedException {
        List<byte[]> proof = old == 0 || old == checkpoint.size()
                ? List.of()
                : proofs.consistency(old, checkpoint.size()).proof();
        String body = Witness.requestBody(old, proof, logNote(checkpoint));
        HttpRequest request = HttpRequest.newBuilder(witness.addCheckpoint())
                .timeout(timeout)
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The checkpoint as the log signed it (the stored note, which carries the log's signature only). */
    private static String logNote(StoredCheckpoint checkpoint) {
        return checkpoint.note();
    }

    private long keep(StoredCheckpoint checkpoint, String body) throws CosignatureException {
        SignedNote note = SignedNote.parse(checkpoint.note());
        for (String line : body.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            NoteSignature signature = SignedNote.parse(note.text() + "\n" + line + "\n")
                    .signatures()
                    .get(0);
            OptionalLong timestamp = witness.key().verify(note.text(), signature);
            if (timestamp.isPresent()) {
                store.keep(new CosignatureStore.Kept(
                        checkpoint.size(), witness.name(), signature.line(), timestamp.getAsLong()));
                return timestamp.getAsLong();
            }
        }
        throw new CosignatureException("no signature line by the configured key "
                + witness.key().name() + "+" + witness.key().keyIdHex());
    }

    private Outcome failed(String now, CosignatureStore.WitnessStanding standing, String error) {
        store.stand(new CosignatureStore.WitnessStanding(witness.name(), standing.cosignedSize(), now, error));
        if (error.equals(standing.lastError())) {
            log.debug("Witness {} still does not cosign: {}", witness.name(), error); // said once already
        } else {
            log.warn("Witness {} did not cosign: {} (will retry)", witness.name(), error);
        }
        return Outcome.FAILED;
    }

    private static long parseSize(String body) {
        try {
            return Long.parseLong(body.strip());
        } catch (NumberFormatException e) {
            throw new NoteFormatException("a 409 without a size: " + abbreviate(body));
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 197) + "...";
    }
}
