package org.missionledger.ledger.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The accumulated "Subtree Test Vectors" of draft-ietf-plants-merkle-tree-certs (as restated in transparency-dev/merkle
 * {@code testonly/vectors_test.go}, see {@code vectors/SOURCES.md}), computed through the public API only: the hash
 * of an aligned subtree {@code [start, end)} is {@link MerkleProofs#root} of size {@code end - start} over the
 * complete subtrees of a {@link MerkleTree}, shifted by {@code start}.
 */
class SubtreeAccumulatorTest {

    private static final int N = 130;
    private static final MerkleTree TREE = tree();

    private static MerkleTree tree() {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            leaves.add(new byte[] {(byte) i});
        }
        return MerkleTree.fromLeaves(leaves);
    }

    /** [start, end) is valid iff start is a multiple of the smallest power of two >= max(end - start, 1). */
    private static boolean valid(int start, int end) {
        int width = Math.max(end - start, 1);
        int ceil = Integer.highestOneBit(width) == width ? width : Integer.highestOneBit(width) << 1;
        return start <= end && start % ceil == 0;
    }

    private static SubtreeHashSource shifted(long start) {
        return (level, index) -> TREE.hash(level, index + (start >>> level));
    }

    private static String subtreeHash(int start, int end) {
        return HexFormat.of().formatHex(MerkleProofs.root(end - start, shifted(start)));
    }

    @Test
    void subtreeHashesOfNonEmptySubtrees() throws Exception {
        MessageDigest accumulator = MessageDigest.getInstance("SHA-256");
        for (int end = 1; end <= N; end++) {
            for (int start = 0; start < end; start++) {
                if (valid(start, end)) {
                    accumulator.update(("[" + start + ", " + end + ") " + subtreeHash(start, end) + "\n")
                            .getBytes(StandardCharsets.US_ASCII));
                }
            }
        }
        // Current upstream value (transparency-dev/merkle testonly/vectors_test.go, 2026 revision).
        assertThat(HexFormat.of().formatHex(accumulator.digest()))
                .isEqualTo("94a95384a8c69acea9b50d035a58285b3a777cb7a724005faa5e1f1e1190007f");
    }

    @Test
    void subtreeHashesIncludingEmptySubtrees() throws Exception {
        MessageDigest accumulator = MessageDigest.getInstance("SHA-256");
        for (int end = 0; end <= N; end++) {
            for (int start = 0; start <= end; start++) {
                if (valid(start, end)) {
                    accumulator.update(("[" + start + ", " + end + ") " + subtreeHash(start, end) + "\n")
                            .getBytes(StandardCharsets.US_ASCII));
                }
            }
        }
        // The value quoted in vectors/SOURCES.md (earlier draft revision: empty subtrees included).
        assertThat(HexFormat.of().formatHex(accumulator.digest()))
                .isEqualTo("b82806ad4265bb151c1119c0f4db437bb4d1a1f887b3a7fba1cd4ebf552e3e81");
    }

    @Test
    void subtreeInclusionProofs() throws Exception {
        MessageDigest accumulator = MessageDigest.getInstance("SHA-256");
        for (int end = 1; end <= N; end++) {
            for (int start = 0; start < end; start++) {
                if (!valid(start, end)) {
                    continue;
                }
                for (int index = start; index < end; index++) {
                    StringBuilder line = new StringBuilder()
                            .append(index)
                            .append(" [")
                            .append(start)
                            .append(", ")
                            .append(end)
                            .append(')');
                    for (byte[] hash : MerkleProofs.inclusionProof(index - start, end - start, shifted(start))) {
                        line.append(' ').append(HexFormat.of().formatHex(hash));
                    }
                    accumulator.update(line.append('\n').toString().getBytes(StandardCharsets.US_ASCII));
                }
            }
        }
        assertThat(HexFormat.of().formatHex(accumulator.digest()))
                .isEqualTo("ac2a8f989e44d99e399db448050ff5f19757df53cfb716aa81015d3955d8163f");
    }
}
