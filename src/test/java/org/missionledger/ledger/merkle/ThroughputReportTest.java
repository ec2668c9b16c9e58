package org.missionledger.ledger.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Prints rough throughput figures (informational only, nothing is asserted about speed): leaf hashing, appending,
 * and streaming one million leaves into {@link MerkleTree} with a root and a proof at many sizes.
 */
class ThroughputReportTest {

    private static final int N = 1_000_000;

    /** Keeps results alive so the JIT cannot drop the hashing. */
    static long sink;

    @Test
    void reportThroughput() {
        for (int leafSize : new int[] {40, 120}) {
            byte[] leaf = new byte[leafSize];
            Arrays.fill(leaf, (byte) 'e');
            double best = 0;
            for (int round = 0; round < 4; round++) {
                long start = System.nanoTime();
                for (int i = 0; i < N; i++) {
                    leaf[0] = (byte) i;
                    sink += MerkleHashes.leafHash(leaf)[0];
                }
                best = Math.max(best, N / ((System.nanoTime() - start) / 1e9));
            }
            System.out.printf("[merkle] leafHash (%d-byte leaves): %,.0f hashes/s on one thread%n", leafSize, best);
        }

        byte[] leafHash = MerkleHashes.leafHash(new byte[] {1});
        double best = 0;
        long nodes = 0;
        for (int round = 0; round < 3; round++) {
            MerkleAppender appender = new MerkleAppender();
            List<byte[]> batch = Collections.nCopies(1000, leafHash);
            nodes = 0;
            long start = System.nanoTime();
            for (int i = 0; i < N / 1000; i++) {
                nodes += appender.appendAll(batch).size();
            }
            best = Math.max(best, N / ((System.nanoTime() - start) / 1e9));
        }
        System.out.printf("[merkle] MerkleAppender.appendAll (batches of 1000): %,.0f leaves/s%n", best);
        assertThat(nodes).isEqualTo(2L * N - Long.bitCount(N));

        byte[] leaf = new byte[120];
        long start = System.nanoTime();
        MerkleTree tree = new MerkleTree();
        tree.ensureCapacity(N);
        for (int i = 0; i < N; i++) {
            leaf[0] = (byte) i;
            leaf[1] = (byte) (i >>> 8);
            tree.appendLeaf(leaf);
        }
        double build = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        int queries = 0;
        for (long size = 1; size <= N; size += 997) {
            sink += tree.root(size)[0];
            sink += tree.inclusionProof(size / 2, size).size();
            queries++;
        }
        double query = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "[merkle] MerkleTree: streamed %,d leaves (hashing included) in %.2f s; "
                        + "%,d root+inclusion-proof pairs in %.3f s%n",
                N, build, queries, query);
        assertThat(tree.size()).isEqualTo(N);
    }
}
