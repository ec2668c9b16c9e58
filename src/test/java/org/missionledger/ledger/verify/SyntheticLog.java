package org.missionledger.ledger.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.missionledger.ledger.log.EventLineWriter;
import org.missionledger.ledger.log.LeafEncoding;
import org.missionledger.ledger.merkle.MerkleTree;
import org.missionledger.ledger.note.Checkpoint;
import org.missionledger.ledger.note.NoteSignerKey;
import org.missionledger.platform.eventstore.StoredEvent;

/** A synthetic log for verifier tests: events, their export, saved leaves and signed checkpoints, in a directory. */
final class SyntheticLog {

    static final String ORIGIN = "test.missionledger.local/log";
    static final NoteSignerKey KEY = NoteSignerKey.fromSeed(ORIGIN, new byte[32]);

    final Path dir;
    final List<StoredEvent> events = new ArrayList<>();

    SyntheticLog(Path dir, int count) {
        this.dir = dir;
        for (int i = 0; i < count; i++) {
            events.add(event(i + 1, "mission-" + (i % 5), i / 5, "Event number " + i));
        }
    }

    static StoredEvent event(long globalIndex, String aggregateId, long sequence, String text) {
        UUID id = UUID.nameUUIDFromBytes((aggregateId + "/" + sequence + "/" + text).getBytes(StandardCharsets.UTF_8));
        return new StoredEvent(
                globalIndex,
                id.toString(),
                "MissionAggregate",
                aggregateId,
                sequence,
                "2025-03-01T12:00:" + String.format("%02d", globalIndex % 60) + ".000123Z",
                "org.missionledger.mission.api.MissionReworded",
                "1",
                "{\"missionId\":\"" + aggregateId + "\",\"statement\":\"" + text + "\"}",
                "{\"actor\":\"alice\",\"recordedAt\":\"2025-03-01T12:00:00Z\"}");
    }

    static MerkleTree tree(List<StoredEvent> events) {
        MerkleTree tree = new MerkleTree();
        for (StoredEvent event : events) {
            tree.appendLeafHash(LeafEncoding.leafHash(event));
        }
        return tree;
    }

    /** Signs a checkpoint of the first {@code size} events and saves it as {@code cp-<size>.txt}. */
    Path checkpoint(int size) {
        return checkpoint(size, events, KEY, "cp-" + size + ".txt");
    }

    Path checkpoint(int size, List<StoredEvent> history, NoteSignerKey key, String file) {
        byte[] root = tree(history).root(size);
        String note = new Checkpoint(key.name(), size, root).sign(key).format();
        return write(file, note);
    }

    Path keyFile() {
        return write("key.txt", KEY.verifierKey().format() + "\n");
    }

    Path export(String file, List<StoredEvent> history) {
        StringBuilder out = new StringBuilder();
        for (StoredEvent event : history) {
            out.append(EventLineWriter.line(event)).append('\n');
        }
        return write(file, out.toString());
    }

    /** Leaves as GET /api/ledger/leaves.jsonl serves them (only the fields the verifier reads, plus the hash). */
    Path leaves(String file, List<StoredEvent> history) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < history.size(); i++) {
            byte[] leaf = LeafEncoding.encode(history.get(i));
            out.append("{\"leafIndex\":")
                    .append(i)
                    .append(",\"leafHash\":\"")
                    .append(HexFormat.of().formatHex(LeafEncoding.leafHash(leaf)))
                    .append("\",\"leaf\":\"")
                    .append(Base64.getEncoder().encodeToString(leaf))
                    .append("\",\"eventId\":\"")
                    .append(history.get(i).eventId())
                    .append("\"}\n");
        }
        return write(file, out.toString());
    }

    Path write(String file, String content) {
        try {
            return Files.writeString(dir.resolve(file), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The event with another global index (as a renumbering tamper leaves it). */
    static StoredEvent renumbered(StoredEvent e, long globalIndex) {
        return new StoredEvent(
                globalIndex,
                e.eventId(),
                e.aggregateType(),
                e.aggregateId(),
                e.sequence(),
                e.timestamp(),
                e.payloadType(),
                e.payloadRevision(),
                e.payload(),
                e.metadata());
    }

    static StoredEvent withPayload(StoredEvent e, String payload) {
        return new StoredEvent(
                e.globalIndex(),
                e.eventId(),
                e.aggregateType(),
                e.aggregateId(),
                e.sequence(),
                e.timestamp(),
                e.payloadType(),
                e.payloadRevision(),
                payload,
                e.metadata());
    }
}
