package org.missionledger.ledger.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * Deliberately naive, recursive transcription of RFC 9162 §2.1.1 (MTH), §2.1.3.1 (PATH) and §2.1.4.1
 * (PROOF/SUBPROOF) over a list of leaf hashes; the reference the optimized code is compared against.
 */
final class NaiveRfc9162 {

    private NaiveRfc9162() {}

    /** MTH(D[from:to]) given leaf hashes. */
    static byte[] mth(List<byte[]> leafHashes, int from, int to) {
        int n = to - from;
        if (n == 0) {
            return MerkleHashes.emptyRoot();
        }
        if (n == 1) {
            return leafHashes.get(from).clone();
        }
        int k = largestPowerOfTwoLessThan(n);
        return MerkleHashes.nodeHash(mth(leafHashes, from, from + k), mth(leafHashes, from + k, to));
    }

    /** PATH(m, D[from:to]), m relative to from. */
    static List<byte[]> path(int m, List<byte[]> leafHashes, int from, int to) {
        int n = to - from;
        List<byte[]> result = new ArrayList<>();
        if (n <= 1) {
            return result;
        }
        int k = largestPowerOfTwoLessThan(n);
        if (m < k) {
            result.addAll(path(m, leafHashes, from, from + k));
            result.add(mth(leafHashes, from + k, to));
        } else {
            result.addAll(path(m - k, leafHashes, from + k, to));
            result.add(mth(leafHashes, from, from + k));
        }
        return result;
    }

    /** PROOF(m, D[0:n]) = SUBPROOF(m, D[0:n], true). */
    static List<byte[]> proof(int m, List<byte[]> leafHashes, int n) {
        return subproof(m, leafHashes, 0, n, true);
    }

    private static List<byte[]> subproof(int m, List<byte[]> leafHashes, int from, int to, boolean b) {
        int n = to - from;
        List<byte[]> result = new ArrayList<>();
        if (m == n) {
            if (!b) {
                result.add(mth(leafHashes, from, to));
            }
            return result;
        }
        int k = largestPowerOfTwoLessThan(n);
        if (m <= k) {
            result.addAll(subproof(m, leafHashes, from, from + k, b));
            result.add(mth(leafHashes, from + k, to));
        } else {
            result.addAll(subproof(m - k, leafHashes, from + k, to, false));
            result.add(mth(leafHashes, from, from + k));
        }
        return result;
    }

    private static int largestPowerOfTwoLessThan(int n) {
        int k = 1;
        while (k << 1 < n) {
            k <<= 1;
        }
        return k;
    }
}
