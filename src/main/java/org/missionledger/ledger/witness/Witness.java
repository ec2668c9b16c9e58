package org.missionledger.ledger.witness;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.missionledger.ledger.merkle.MerkleHashes;
import org.missionledger.ledger.merkle.MerkleVerifier;
import org.missionledger.ledger.merkle.ProofVerificationException;
import org.missionledger.ledger.note.Checkpoint;
import org.missionledger.ledger.note.NoteFormatException;
import org.missionledger.ledger.note.NoteSignature;
import org.missionledger.ledger.note.NoteVerificationException;
import org.missionledger.ledger.note.NoteVerifierKey;
import org.missionledger.ledger.note.SignedNote;

/**
 * The witness's rules, C2SP {@code tlog-witness} {@code add-checkpoint}: verify the log's signature, check that the
 * checkpoint extends the latest one cosigned for its origin (consistency proof from that size), persist it, and only
 * then answer with a {@code cosignature/v1}. Checks and commit of one origin are serialised, so two concurrent
 * requests can never roll the record back. A validly signed checkpoint that contradicts what the witness cosigned is
 * kept as split-view evidence ({@link WitnessState#conflicts()}), and never cosigned.
 */
public final class Witness {

    /** The size response's media type. */
    public static final String SIZE_MEDIA_TYPE = "text/x.tlog.size";

    static final int MAX_PROOF_LINES = 63;

    /**
     * An answer.
     *
     * @param status the HTTP status
     * @param contentType its media type
     * @param body its body
     */
    public record Response(int status, String contentType, String body) {
        static Response text(int status, String message) {
            return new Response(status, "text/plain; charset=utf-8", message.endsWith("\n") ? message : message + "\n");
        }
    }

    private final CosignerKey key;
    private final Map<String, List<NoteVerifierKey>> logs;
    private final WitnessState state;
    private final Clock clock;
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    /**
     * @param key the witness's key
     * @param logs the trusted logs: origin → the keys that may sign its checkpoints
     * @param state the durable state
     * @param clock the clock that timestamps cosignatures
     */
    public Witness(CosignerKey key, Map<String, List<NoteVerifierKey>> logs, WitnessState state, Clock clock) {
        this.key = Objects.requireNonNull(key, "key");
        this.logs = Map.copyOf(logs);
        this.state = Objects.requireNonNull(state, "state");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public CosignerVerifierKey verifierKey() {
        return key.verifierKey();
    }

    public Map<String, List<NoteVerifierKey>> logs() {
        return logs;
    }

    public WitnessState state() {
        return state;
    }

    /** The request body of {@code add-checkpoint}, parsed. */
    record Request(long oldSize, List<byte[]> proof, String note) {}

    /** {@code POST <prefix>/add-checkpoint}. */
    public Response addCheckpoint(byte[] body) {
        Request request;
        SignedNote note;
        Checkpoint checkpoint;
        try {
            request = parse(body);
            note = SignedNote.parse(request.note());
            checkpoint = Checkpoint.parse(note.text());
        } catch (NoteFormatException e) {
            return Response.text(400, "malformed request: " + e.getMessage());
        }
        List<NoteVerifierKey> trusted = logs.get(checkpoint.origin());
        if (trusted == null) {
            return Response.text(404, "unknown log origin: " + checkpoint.origin());
        }
        try {
            note.verify(trusted);
        } catch (NoteVerificationException e) {
            return Response.text(
                    403, "checkpoint not signed by a trusted key of " + checkpoint.origin() + ": " + e.getMessage());
        }
        synchronized (locks.computeIfAbsent(checkpoint.origin(), o -> new Object())) {
            return addVerified(request, note, checkpoint);
        }
    }

    private Response addVerified(Request request, SignedNote note, Checkpoint checkpoint) {
        String origin = checkpoint.origin();
        Optional<WitnessState.Cosigned> latest = state.latest(origin);
        long recordedSize = latest.map(WitnessState.Cosigned::size).orElse(0L);
        keepEvidence(note, checkpoint, latest); // whatever the answer: a signed contradiction is evidence
        if (request.oldSize() > checkpoint.size()) {
            return Response.text(
                    400, "old size " + request.oldSize() + " is larger than the checkpoint size " + checkpoint.size());
        }
        if (request.oldSize() != recordedSize) {
            return new Response(409, SIZE_MEDIA_TYPE, recordedSize + "\n");
        }
        if (checkpoint.size() == 0 && !MessageDigest.isEqual(checkpoint.rootHash(), MerkleHashes.emptyRoot())) {
            return Response.text(422, "a checkpoint of size 0 must have the empty tree's root");
        }
        if (request.oldSize() == 0) {
            if (!request.proof().isEmpty()) {
                return Response.text(
                        422,
                        "old size 0 needs no consistency proof, but "
                                + request.proof().size() + " line(s) were sent");
            }
        } else if (request.oldSize() == checkpoint.size()) {
            if (!MessageDigest.isEqual(latest.get().root(), checkpoint.rootHash())) {
                return Response.text(
                        422,
                        "the checkpoint has the size the witness cosigned (" + recordedSize + ") but another root");
            }
            if (!request.proof().isEmpty()) {
                return Response.text(422, "equal sizes need no consistency proof");
            }
        } else {
            try {
                MerkleVerifier.verifyConsistency(
                        request.oldSize(),
                        checkpoint.size(),
                        request.proof(),
                        latest.get().root(),
                        checkpoint.rootHash());
            } catch (ProofVerificationException e) {
                state.recordConflict(
                        origin,
                        "inconsistent",
                        clock.instant().toString(),
                        "the consistency proof from the cosigned tree of size " + recordedSize + " to the submitted "
                                + "tree of size " + checkpoint.size() + " does not verify (" + e.getMessage()
                                + "); unless the log can produce a valid proof, it rewrote its history",
                        latest.get().note(),
                        note.format());
                return Response.text(
                        422,
                        "consistency proof from " + recordedSize + " to " + checkpoint.size() + " does not verify: "
                                + e.getMessage());
            }
        }
        long timestamp = Math.max(1, clock.instant().getEpochSecond());
        NoteSignature cosignature = key.cosign(note.text(), timestamp);
        SignedNote cosigned = withCosignature(note, cosignature);
        state.commit(origin, new WitnessState.Cosigned(checkpoint.size(), checkpoint.rootHash(), cosigned.format()));
        return new Response(200, "text/plain; charset=utf-8", cosignature.line() + "\n");
    }

    /** A validly signed checkpoint against the witness's own record: same size other root, or an older tree. */
    private void keepEvidence(SignedNote note, Checkpoint checkpoint, Optional<WitnessState.Cosigned> latest) {
        if (latest.isEmpty()) {
            return;
        }
        String origin = checkpoint.origin();
        Optional<byte[]> cosignedRoot = state.cosignedRoot(origin, checkpoint.size());
        String now = clock.instant().toString();
        if (cosignedRoot.isPresent()) {
            if (!MessageDigest.isEqual(cosignedRoot.get(), checkpoint.rootHash())) {
                state.recordConflict(
                        origin,
                        "fork",
                        now,
                        "two checkpoints of " + origin + " for tree size " + checkpoint.size() + " with different "
                                + "roots, both signed by the log: it showed two different histories",
                        state.cosignedNote(origin, checkpoint.size())
                                .orElse(latest.get().note()),
                        note.format());
            }
        } else if (checkpoint.size() < latest.get().size()) {
            state.recordConflict(
                    origin,
                    "rollback",
                    now,
                    "the log signed a tree of size " + checkpoint.size() + " after the witness had cosigned size "
                            + latest.get().size() + " (a size it never cosigned, so it cannot tell whether the "
                            + "smaller tree is a prefix of the larger one)",
                    latest.get().note(),
                    note.format());
        }
    }

    private static SignedNote withCosignature(SignedNote note, NoteSignature cosignature) {
        List<NoteSignature> signatures = new ArrayList<>();
        for (NoteSignature existing : note.signatures()) {
            if (!(existing.name().equals(cosignature.name()) && existing.keyId() == cosignature.keyId())) {
                signatures.add(existing);
            }
        }
        signatures.add(cosignature);
        return new SignedNote(note.text(), signatures);
    }

    /** {@code GET <prefix>/<origin hash>/checkpoint}: the latest cosigned checkpoint, with every signature. */
    public Optional<String> latestCheckpoint(String originHash) {
        for (Map.Entry<String, WitnessState.Cosigned> entry : state.all().entrySet()) {
            if (WitnessState.originHash(entry.getKey()).equals(originHash)) {
                return Optional.of(entry.getValue().note());
            }
        }
        return Optional.empty();
    }

    /** Parses: {@code old <size>\n}, up to 63 base64 hash lines, an empty line, then the signed note. */
    static Request parse(byte[] body) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(body))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new NoteFormatException("the request is not UTF-8");
        }
        int end = text.indexOf('\n');
        if (end < 0) {
            throw new NoteFormatException("no old size line");
        }
        String oldLine = text.substring(0, end);
        if (!oldLine.startsWith("old ")) {
            throw new NoteFormatException("the first line must be 'old <size>'");
        }
        long oldSize = decimal(oldLine.substring(4));
        List<byte[]> proof = new ArrayList<>();
        int start = end + 1;
        while (true) {
            end = text.indexOf('\n', start);
            if (end < 0) {
                throw new NoteFormatException("no empty line before the checkpoint");
            }
            String line = text.substring(start, end);
            start = end + 1;
            if (line.isEmpty()) {
                break;
            }
            if (proof.size() == MAX_PROOF_LINES) {
                throw new NoteFormatException("more than " + MAX_PROOF_LINES + " consistency proof lines");
            }
            byte[] hash = CosignerVerifierKey.base64(line, "consistency proof line " + (proof.size() + 1));
            if (hash.length != MerkleHashes.HASH_LENGTH) {
                throw new NoteFormatException(
                        "consistency proof line " + (proof.size() + 1) + " is not a 32-byte hash");
            }
            proof.add(hash);
        }
        return new Request(oldSize, List.copyOf(proof), text.substring(start));
    }

    private static long decimal(String text) {
        if (text.isEmpty()
                || text.length() > 19
                || !text.chars().allMatch(c -> c >= '0' && c <= '9')
                || (text.length() > 1 && text.charAt(0) == '0')) {
            throw new NoteFormatException("old size must be a decimal without leading zeros: '" + text + "'");
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new NoteFormatException("old size too large: " + text);
        }
    }

    /** The request body a log sends (for clients and tests). */
    public static String requestBody(long oldSize, List<byte[]> proof, String signedNote) {
        StringBuilder body = new StringBuilder("old ").append(oldSize).append('\n');
        for (byte[] hash : proof) {
            body.append(Base64.getEncoder().encodeToString(hash)).append('\n');
        }
        return body.append('\n').append(signedNote).toString();
    }
}
