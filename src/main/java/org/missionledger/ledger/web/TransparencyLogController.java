package org.missionledger.ledger.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.missionledger.ledger.checkpoint.CheckpointSigner;
import org.missionledger.ledger.checkpoint.CheckpointStore;
import org.missionledger.ledger.checkpoint.StoredCheckpoint;
import org.missionledger.ledger.cosign.Cosignatures;
import org.missionledger.ledger.log.EventLeaf;
import org.missionledger.ledger.log.LogProofs;
import org.missionledger.ledger.log.LogState;
import org.missionledger.ledger.log.StoredLeaf;
import org.missionledger.ledger.log.TransparencyLogProperties;
import org.missionledger.ledger.log.TreeStore;
import org.missionledger.platform.web.InvalidRequestException;
import org.missionledger.platform.web.Problems;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The transparency log over HTTP: signed checkpoints (the exact note bytes, {@code text/plain}), the verifier key,
 * inclusion and consistency proofs, and the leaves. Proofs default to the latest checkpoint's tree size, so that they
 * prove against a signed root. See {@code docs/transparency-log.md}.
 */
@RestController
@RequestMapping("/api/ledger")
class TransparencyLogController {

    static final MediaType TEXT_UTF8 = new MediaType("text", "plain", StandardCharsets.UTF_8);
    static final MediaType JSON_LINES = new MediaType("application", "x-ndjson", StandardCharsets.UTF_8);
    private static final int MAX_CHECKPOINTS_PAGE = 100;

    private final TreeStore tree;
    private final LogProofs proofs;
    private final CheckpointStore checkpoints;
    private final CheckpointSigner signer;
    private final ObjectMapper json;
    private final int maxLeavesPage;
    private final Cosignatures cosignatures;

    TransparencyLogController(
            TreeStore tree,
            LogProofs proofs,
            CheckpointStore checkpoints,
            CheckpointSigner signer,
            ObjectMapper json,
            TransparencyLogProperties properties,
            Cosignatures cosignatures) {
        this.tree = tree;
        this.proofs = proofs;
        this.checkpoints = checkpoints;
        this.signer = signer;
        this.json = json;
        this.maxLeavesPage = properties.maxLeavesPage();
        this.cosignatures = cosignatures;
    }

    // ----------------------------------------------------------------------------------------------- responses

    /** A hash in both encodings. */
    record Hash(String hex, String base64) {
        static Hash of(byte[] hash) {
            return new Hash(HexFormat.of().formatHex(hash), Base64.getEncoder().encodeToString(hash));
        }

        static List<Hash> all(List<byte[]> hashes) {
            return hashes.stream().map(Hash::of).toList();
        }
    }

    record LogView(
            String origin,
            String verifierKey,
            long treeSize,
            Hash rootHash,
            long lastGlobalIndex,
            String updatedAt,
            CheckpointView latestCheckpoint,
            long checkpoints) {}

    /** A checkpoint; {@code note} carries every cosignature got, {@code witnesses} says who cosigned and who not. */
    record CheckpointView(
            long seq, long treeSize, Hash rootHash, String signedAt, String note, List<Cosignatures.Mark> witnesses) {
        static CheckpointView of(StoredCheckpoint c, Cosignatures cosignatures) {
            return new CheckpointView(
                    c.seq(),
                    c.size(),
                    Hash.of(c.root()),
                    c.signedAt(),
                    cosignatures.cosignedNote(c),
                    cosignatures.marks(c));
        }
    }

    record CheckpointPage(long total, int page, int size, List<CheckpointView> checkpoints, String next) {}

    record InclusionView(
            String eventId,
            long globalIndex,
            long leafIndex,
            long treeSize,
            Hash leafHash,
            Hash rootHash,
            List<Hash> proof,
            String leaf,
            String checkpoint) {}

    record ConsistencyView(
            long from,
            long to,
            Hash fromRootHash,
            Hash toRootHash,
            List<Hash> proof,
            String fromCheckpoint,
            String toCheckpoint) {}

    record LeafView(
            long leafIndex,
            String leafHash,
            String leaf,
            String eventId,
            long globalIndex,
            String aggregateType,
            String aggregateId,
            long sequence,
            String timestamp,
            String payloadType,
            String payloadRevision,
            String payloadSha256,
            String metadataSha256) {
        static LeafView of(StoredLeaf stored) {
            EventLeaf leaf = stored.decoded();
            HexFormat hex = HexFormat.of();
            return new LeafView(
                    stored.leafIndex(),
                    hex.formatHex(stored.leafHash()),
                    Base64.getEncoder().encodeToString(stored.leaf()),
                    leaf.eventId(),
                    leaf.globalIndex(),
                    leaf.aggregateType(),
                    leaf.aggregateId(),
                    leaf.sequence(),
                    leaf.timestamp(),
                    leaf.payloadType(),
                    leaf.payloadRevision(),
                    hex.formatHex(leaf.payloadSha256()),
                    hex.formatHex(leaf.metadataSha256()));
        }
    }

    record LeavesPage(long start, long end, long treeSize, List<LeafView> leaves, String next) {}

    // ----------------------------------------------------------------------------------------------- endpoints

    @GetMapping
    LogView log() {
        LogState state = tree.state();
        StoredCheckpoint latest = checkpoints.latest().orElse(null);
        return new LogView(
                signer.origin(),
                signer.verifierKey().format(),
                state.size(),
                Hash.of(state.root()),
                state.lastGlobalIndex(),
                state.updatedAt(),
                latest == null ? null : CheckpointView.of(latest, cosignatures),
                latest == null ? 0 : latest.seq());
    }

    @GetMapping("/key")
    ResponseEntity<String> key() {
        return ResponseEntity.ok()
                .contentType(TEXT_UTF8)
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .body(signer.verifierKey().format() + "\n");
    }

    @GetMapping("/checkpoint")
    ResponseEntity<String> latestCheckpoint() {
        StoredCheckpoint latest = checkpoints
                .latest()
                .orElseThrow(() -> problem(
                        HttpStatus.NOT_FOUND,
                        "no-checkpoint",
                        "No checkpoint yet",
                        "The log has not signed a checkpoint yet; one is signed once events are recorded."));
        return ResponseEntity.ok()
                .contentType(TEXT_UTF8)
                .cacheControl(CacheControl.noCache())
                .body(cosignatures.cosignedNote(latest));
    }

    @GetMapping("/checkpoints/{treeSize}")
    ResponseEntity<String> checkpointOfSize(@PathVariable("treeSize") long treeSize) {
        StoredCheckpoint checkpoint = checkpoints
                .bySize(treeSize)
                .orElseThrow(() -> problem(
                        HttpStatus.NOT_FOUND,
                        "checkpoint-not-found",
                        "No checkpoint of that size",
                        "The log signed no checkpoint of tree size " + treeSize
                                + "; GET /api/ledger/checkpoints lists them."));
        return ResponseEntity.ok()
                .contentType(TEXT_UTF8)
                .cacheControl(
                        cosignatures.witnesses().isEmpty()
                                ? CacheControl.maxAge(Duration.ofDays(365))
                                        .cachePublic()
                                        .immutable()
                                : CacheControl.noCache()) // cosignatures are added as witnesses answer
                .body(cosignatures.cosignedNote(checkpoint));
    }

    @GetMapping("/checkpoints")
    CheckpointPage checkpoints(
            @RequestParam(name = "page", required = false) Integer page,
            @RequestParam(name = "size", required = false) Integer size) {
        int pageNumber = page == null ? 0 : page;
        int pageSize = size == null ? 20 : size;
        if (pageNumber < 0) {
            throw InvalidRequestException.of("page", "must be 0 or more");
        }
        if (pageSize < 1 || pageSize > MAX_CHECKPOINTS_PAGE) {
            throw InvalidRequestException.of("size", "must be between 1 and " + MAX_CHECKPOINTS_PAGE);
        }
        long total = checkpoints.count();
        long from = total - (long) pageNumber * pageSize;
        List<CheckpointView> views = new ArrayList<>();
        List<StoredCheckpoint> shown = checkpoints.newestFirst(from, pageSize);
        java.util.Map<Long, List<Cosignatures.Mark>> marks =
                cosignatures.marks(shown.stream().map(StoredCheckpoint::size).toList());
        for (StoredCheckpoint checkpoint : shown) {
            views.add(new CheckpointView(
                    checkpoint.seq(),
                    checkpoint.size(),
                    Hash.of(checkpoint.root()),
                    checkpoint.signedAt(),
                    cosignatures.cosignedNote(checkpoint),
                    marks.get(checkpoint.size())));
        }
        String next =
                from - pageSize >= 1 ? "/api/ledger/checkpoints?page=" + (pageNumber + 1) + "&size=" + pageSize : null;
        return new CheckpointPage(total, pageNumber, pageSize, views, next);
    }

    @GetMapping("/proof/inclusion")
    InclusionView inclusion(
            @RequestParam(name = "eventId", required = false) String eventId,
            @RequestParam(name = "treeSize", required = false) Long treeSize) {
        if (eventId == null || eventId.isBlank()) {
            throw InvalidRequestException.of("eventId", "is required");
        }
        LogState state = tree.state();
        long size = treeSize != null ? treeSize : defaultTreeSize(state);
        if (size < 1) {
            throw InvalidRequestException.of("treeSize", "must be 1 or more");
        }
        requireWithinLog(size, state, "treeSize");
        StoredLeaf leaf = tree.leafByEventId(eventId)
                .filter(l -> l.leafIndex() < state.size())
                .orElseThrow(() -> problem(
                        HttpStatus.NOT_FOUND,
                        "event-not-in-log",
                        "Event not in the log",
                        "No event '" + eventId + "' is in the transparency log: it is unknown, or recorded so "
                                + "recently that the log has not sequenced it yet."));
        if (leaf.leafIndex() >= size) {
            throw problem(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "event-not-in-tree",
                    "Event after that tree size",
                    "Event '" + eventId + "' is leaf " + leaf.leafIndex() + ", so a tree of size " + size
                            + " does not contain it; ask for a tree size above " + leaf.leafIndex() + ".");
        }
        LogProofs.Inclusion proof = proofs.inclusion(leaf, size);
        String checkpoint = checkpoints.bySize(size).map(StoredCheckpoint::note).orElse(null);
        return new InclusionView(
                eventId,
                leaf.globalIndex(),
                leaf.leafIndex(),
                size,
                Hash.of(leaf.leafHash()),
                Hash.of(proof.root()),
                Hash.all(proof.proof()),
                Base64.getEncoder().encodeToString(leaf.leaf()),
                checkpoint);
    }

    @GetMapping("/proof/consistency")
    ConsistencyView consistency(
            @RequestParam(name = "from", required = false) Long from,
            @RequestParam(name = "to", required = false) Long to) {
        if (from == null) {
            throw InvalidRequestException.of("from", "is required");
        }
        LogState state = tree.state();
        long toSize = to != null ? to : defaultTreeSize(state);
        if (from < 1) {
            throw InvalidRequestException.of(
                    "from", "must be 1 or more (every tree extends the empty tree, so that proves nothing)");
        }
        if (from > toSize) {
            throw InvalidRequestException.of("from", "must not be greater than to (" + toSize + ")");
        }
        requireWithinLog(toSize, state, "to");
        LogProofs.Consistency proof = proofs.consistency(from, toSize);
        return new ConsistencyView(
                from,
                toSize,
                Hash.of(proof.fromRoot()),
                Hash.of(proof.toRoot()),
                Hash.all(proof.proof()),
                checkpoints.bySize(from).map(StoredCheckpoint::note).orElse(null),
                checkpoints.bySize(toSize).map(StoredCheckpoint::note).orElse(null));
    }

    @GetMapping("/leaves")
    LeavesPage leaves(
            @RequestParam(name = "start", required = false) Long start,
            @RequestParam(name = "end", required = false) Long end) {
        LogState state = tree.state();
        long[] range = range(start, end, state, maxLeavesPage);
        List<LeafView> leaves =
                tree.leaves(range[0], range[1]).stream().map(LeafView::of).toList();
        String next = range[1] < state.size()
                ? "/api/ledger/leaves?start=" + range[1] + "&end=" + Math.min(state.size(), range[1] + maxLeavesPage)
                : null;
        return new LeavesPage(range[0], range[1], state.size(), leaves, next);
    }

    /** All leaves of a range as JSON Lines, one {@link LeafView} per line, streamed (no page limit). */
    @GetMapping("/leaves.jsonl")
    ResponseEntity<StreamingResponseBody> leavesJsonLines(
            @RequestParam(name = "start", required = false) Long start,
            @RequestParam(name = "end", required = false) Long end) {
        LogState state = tree.state();
        long[] range = range(start, end, state, Long.MAX_VALUE);
        StreamingResponseBody body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            for (long from = range[0]; from < range[1]; from += maxLeavesPage) {
                for (StoredLeaf leaf : tree.leaves(from, Math.min(range[1], from + maxLeavesPage))) {
                    writer.write(json.writeValueAsString(LeafView.of(leaf)));
                    writer.write('\n');
                }
            }
            writer.flush();
        };
        return ResponseEntity.ok().contentType(JSON_LINES).body(body);
    }

    // ----------------------------------------------------------------------------------------------- helpers

    private long defaultTreeSize(LogState state) {
        return checkpoints.latest().map(StoredCheckpoint::size).orElse(state.size());
    }

    private static void requireWithinLog(long size, LogState state, String parameter) {
        if (size > state.size()) {
            throw problem(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "tree-size-beyond-log",
                    "Tree size beyond the log",
                    "The log has " + state.size() + " leaves, so a tree of size " + size + " (" + parameter
                            + ") does not exist yet.");
        }
    }

    private static long[] range(Long start, Long end, LogState state, long maxPage) {
        long from = start == null ? 0 : start;
        if (from < 0) {
            throw InvalidRequestException.of("start", "must be 0 or more");
        }
        if (from > state.size()) {
            throw problem(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "tree-size-beyond-log",
                    "Start beyond the log",
                    "The log has " + state.size() + " leaves; there is no leaf " + from + ".");
        }
        long to;
        if (end == null) {
            to = maxPage == Long.MAX_VALUE ? state.size() : Math.min(state.size(), from + maxPage);
        } else {
            if (end < from) {
                throw InvalidRequestException.of("end", "must not be less than start (" + from + ")");
            }
            if (end - from > maxPage) {
                throw InvalidRequestException.of(
                        "end",
                        "a page holds at most " + maxPage + " leaves; use /api/ledger/leaves.jsonl for larger ranges");
            }
            to = Math.min(end, state.size());
        }
        return new long[] {from, to};
    }

    private static ErrorResponseException problem(HttpStatus status, String slug, String title, String detail) {
        return new ErrorResponseException(status, Problems.of(status, slug, title, detail), null);
    }
}
