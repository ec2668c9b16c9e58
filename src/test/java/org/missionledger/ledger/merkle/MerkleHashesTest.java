package org.missionledger.ledger.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class MerkleHashesTest {

    @Test
    void sliceVariantEqualsArrayVariant() {
        byte[] buffer = "xxL123456yy".getBytes();
        assertThat(Vectors.hex(MerkleHashes.leafHash(buffer, 2, 7)))
                .isEqualTo("395aa064aa4c29f7010acfe3f25db9485bbd4b91897b6ad7ad547639252b4d56");
        assertThatThrownBy(() -> MerkleHashes.leafHash(buffer, 5, 7)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void failedCallDoesNotPoisonTheThreadDigest() {
        byte[] expected = MerkleHashes.leafHash(new byte[] {1});
        assertThatThrownBy(() -> MerkleHashes.nodeHash(new byte[1], null)).isInstanceOf(NullPointerException.class);
        assertThat(MerkleHashes.leafHash(new byte[] {1})).isEqualTo(expected);
    }

    @Test
    void emptyRootIsACopy() {
        MerkleHashes.emptyRoot()[0] ^= 1;
        assertThat(Vectors.hex(MerkleHashes.emptyRoot()))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void threadSafe() throws Exception {
        byte[] expected = MerkleTree.fromLeaves(leaves(2000)).root();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    MerkleAppender appender = new MerkleAppender();
                    leaves(2000).forEach(leaf -> appender.append(MerkleHashes.leafHash(leaf)));
                    return appender.root();
                }));
            }
            for (Future<byte[]> future : futures) {
                assertThat(future.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<byte[]> leaves(int count) {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            leaves.add(("leaf " + i).getBytes());
        }
        return leaves;
    }
}
