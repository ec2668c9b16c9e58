package org.missionledger.ledger.verify;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.missionledger.ledger.log.LeafEntry;
import org.missionledger.ledger.log.LeafSource;
import org.missionledger.ledger.merkle.MerkleTree;

/**
 * The leaves of one source, held compactly for comparison: a {@link MerkleTree} of the leaf hashes (roots at any
 * prefix size), and per leaf its event id and global index. About 150 bytes per leaf.
 */
final class LeafTable {

    private final String source;
    private final MerkleTree tree = new MerkleTree();
    private final List<String> eventIds = new ArrayList<>();
    private long[] globalIndexes = new long[1024];
    private final Map<String, Long> firstPosition = new HashMap<>();
    private final List<long[]> duplicates = new ArrayList<>();
    private final List<long[]> outOfOrder = new ArrayList<>();

    private LeafTable(String source) {
        this.source = source;
    }

    /** Reads a whole source. */
    static LeafTable read(LeafSource source, LongConsumer progress) throws IOException {
        LeafTable table = new LeafTable(source.describe());
        source.read(table::add, progress);
        return table;
    }

    private void add(LeafEntry entry) {
        int position = eventIds.size();
        if (entry.position() != position) {
            throw new IllegalStateException(
                    "leaf source delivered position " + entry.position() + " as leaf " + position);
        }
        if (position >= MerkleTree.MAX_LEAVES) {
            throw new LeafSource.MalformedSourceException(source + " has more than " + MerkleTree.MAX_LEAVES
                    + " leaves, more than this verifier holds in memory");
        }
        tree.appendLeafHash(entry.leafHash());
        String eventId = entry.leaf().eventId();
        eventIds.add(eventId);
        if (position == globalIndexes.length) {
            globalIndexes = Arrays.copyOf(globalIndexes, globalIndexes.length * 2);
        }
        long globalIndex = entry.leaf().globalIndex();
        if (position > 0 && globalIndex <= globalIndexes[position - 1]) {
            outOfOrder.add(new long[] {position, globalIndexes[position - 1], globalIndex});
        }
        globalIndexes[position] = globalIndex;
        Long first = firstPosition.putIfAbsent(eventId, (long) position);
        if (first != null) {
            duplicates.add(new long[] {first, position});
        }
    }

    String source() {
        return source;
    }

    long size() {
        return eventIds.size();
    }

    byte[] root(long size) {
        return tree.root(size);
    }

    byte[] leafHash(long position) {
        return tree.leafHash(position);
    }

    boolean sameLeaf(long position, LeafTable other, long otherPosition) {
        return Arrays.equals(tree.leafHash(position), other.tree.leafHash(otherPosition));
    }

    String eventId(long position) {
        return eventIds.get((int) position);
    }

    long globalIndex(long position) {
        return globalIndexes[(int) position];
    }

    /** The first position of an event id, or -1. */
    long positionOf(String eventId) {
        Long position = firstPosition.get(eventId);
        return position == null ? -1 : position;
    }

    /** Pairs {first position, repeated position} of event ids that occur more than once. */
    List<long[]> duplicates() {
        return duplicates;
    }

    /** Triples {position, previous global index, global index} where the global index does not increase. */
    List<long[]> outOfOrder() {
        return outOfOrder;
    }

    MerkleTree tree() {
        return tree;
    }
}
