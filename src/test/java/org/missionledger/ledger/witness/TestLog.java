package org.missionledger.ledger.witness;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.missionledger.ledger.merkle.MerkleTree;
import org.missionledger.ledger.note.Checkpoint;
import org.missionledger.ledger.note.NoteSignerKey;

/** A log for witness tests: leaves {@code <history>-<i>}, signed with one key; two histories make a fork. */
final class TestLog {

    final NoteSignerKey key;
    private final MerkleTree tree = new MerkleTree();
    private final String history;

    TestLog(NoteSignerKey key, String history) {
        this.key = key;
        this.history = history;
    }

    TestLog growTo(long size) {
        while (tree.size() < size) {
            tree.appendLeaf((history + "-" + tree.size()).getBytes(StandardCharsets.UTF_8));
        }
        return this;
    }

    String origin() {
        return key.name();
    }

    byte[] root(long size) {
        return tree.root(size);
    }

    String note(long size) {
        return new Checkpoint(key.name(), size, tree.root(size)).sign(key).format();
    }

    List<byte[]> proof(long from, long to) {
        return from == 0 || from >= to ? List.of() : tree.consistencyProof(from, to);
    }

    /** The add-checkpoint body from {@code from} to {@code to}. */
    String request(long from, long to) {
        return Witness.requestBody(from, proof(from, to), note(to));
    }
}
