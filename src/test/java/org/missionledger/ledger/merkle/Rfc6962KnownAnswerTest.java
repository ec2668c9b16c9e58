package org.missionledger.ledger.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.missionledger.ledger.merkle.Vectors.hex;
import static org.missionledger.ledger.merkle.Vectors.hexList;
import static org.missionledger.ledger.merkle.Vectors.hexStrings;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The classic 8-leaf RFC 6962 reference tree: hasher KATs, every node, every root, proofs both ways. */
class Rfc6962KnownAnswerTest {

    private static final JsonNode KAT = Vectors.load("rfc6962_tree8_known_answers.json");
    private static final List<byte[]> LEAVES = hexList(KAT.get("leavesHex"));
    private static final MerkleTree TREE = MerkleTree.fromLeaves(LEAVES);

    @TestFactory
    Stream<DynamicTest> hasherKnownAnswers() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode kat : KAT.get("hasherKnownAnswers")) {
            tests.add(DynamicTest.dynamicTest(kat.get("desc").asText(), () -> {
                byte[] actual;
                if (kat.has("leafHex")) {
                    actual = MerkleHashes.leafHash(hex(kat.get("leafHex").asText()));
                } else if (kat.has("leftHex")) {
                    actual = MerkleHashes.nodeHash(
                            hex(kat.get("leftHex").asText()),
                            hex(kat.get("rightHex").asText()));
                } else {
                    actual = MerkleHashes.emptyRoot();
                }
                assertThat(hex(actual)).isEqualTo(kat.get("expectedHex").asText());
            }));
        }
        assertThat(tests).hasSize(4);
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyNodeHash() {
        Map<NodeId, byte[]> appended = new HashMap<>();
        MerkleAppender appender = new MerkleAppender();
        for (byte[] leaf : LEAVES) {
            appender.append(MerkleHashes.leafHash(leaf)).forEach(n -> appended.put(n.id(), n.hash()));
        }
        List<DynamicTest> tests = new ArrayList<>();
        JsonNode levels = KAT.get("nodeHashesByLevel");
        for (int level = 0; level < levels.size(); level++) {
            for (int index = 0; index < levels.get(level).size(); index++) {
                NodeId id = new NodeId(level, index);
                String expected = levels.get(level).get(index).asText();
                tests.add(DynamicTest.dynamicTest("node " + id, () -> {
                    assertThat(hex(TREE.hash(id))).isEqualTo(expected);
                    assertThat(hex(appended.get(id))).isEqualTo(expected);
                }));
            }
        }
        assertThat(tests).hasSize(8 + 4 + 2 + 1);
        assertThat(appended).hasSize(15);
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyRootBySize() {
        List<DynamicTest> tests = new ArrayList<>();
        KAT.get("rootsBySize").fields().forEachRemaining(entry -> {
            int size = Integer.parseInt(entry.getKey());
            String expected = entry.getValue().asText();
            tests.add(DynamicTest.dynamicTest("root of size " + size, () -> {
                assertThat(hex(TREE.root(size))).isEqualTo(expected);
                assertThat(hex(MerkleProofs.root(size, TREE))).isEqualTo(expected);
                assertThat(hex(MerkleTree.fromLeaves(LEAVES.subList(0, size)).root()))
                        .isEqualTo(expected);
                MerkleAppender appender = new MerkleAppender();
                LEAVES.subList(0, size).forEach(leaf -> appender.append(MerkleHashes.leafHash(leaf)));
                assertThat(hex(appender.root())).isEqualTo(expected);
                assertThat(hex(NaiveRfc9162.mth(leafHashes(), 0, size))).isEqualTo(expected);
            }));
        });
        assertThat(tests).hasSize(9);
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> inclusionProofs() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode vector : KAT.get("inclusionProofs")) {
            long index = vector.get("leafIndex").asLong();
            long size = vector.get("treeSize").asLong();
            tests.add(DynamicTest.dynamicTest("inclusion of leaf " + index + " in size " + size, () -> {
                byte[] leafHash =
                        MerkleHashes.leafHash(hex(vector.get("leafHex").asText()));
                byte[] root = hex(vector.get("rootHex").asText());
                List<byte[]> expected = hexList(vector.get("proofHex"));
                assertThat(leafHash).isEqualTo(TREE.leafHash(index));
                assertThat(hexStrings(MerkleProofs.inclusionProof(index, size, TREE)))
                        .containsExactlyElementsOf(hexStrings(expected));
                assertThatCode(() -> MerkleVerifier.verifyInclusion(index, size, leafHash, expected, root))
                        .doesNotThrowAnyException();
            }));
        }
        assertThat(tests).hasSize(5);
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> consistencyProofs() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode vector : KAT.get("consistencyProofs")) {
            long size1 = vector.get("size1").asLong();
            long size2 = vector.get("size2").asLong();
            tests.add(DynamicTest.dynamicTest("consistency " + size1 + " -> " + size2, () -> {
                byte[] root1 = hex(vector.get("root1Hex").asText());
                byte[] root2 = hex(vector.get("root2Hex").asText());
                List<byte[]> expected = hexList(vector.get("proofHex"));
                assertThat(hexStrings(MerkleProofs.consistencyProof(size1, size2, TREE)))
                        .containsExactlyElementsOf(hexStrings(expected));
                assertThat(TREE.root(size1)).isEqualTo(root1);
                assertThat(TREE.root(size2)).isEqualTo(root2);
                assertThatCode(() -> MerkleVerifier.verifyConsistency(size1, size2, expected, root1, root2))
                        .doesNotThrowAnyException();
            }));
        }
        assertThat(tests).hasSize(5);
        return tests.stream();
    }

    @Test
    void everyInclusionAndConsistencyProofOfTheEightLeafTreeVerifies() throws Exception {
        for (long size = 1; size <= 8; size++) {
            for (long index = 0; index < size; index++) {
                List<byte[]> proof = TREE.inclusionProof(index, size);
                List<byte[]> reference = NaiveRfc9162.path((int) index, leafHashes(), 0, (int) size);
                assertThat(hexStrings(proof)).containsExactlyElementsOf(hexStrings(reference));
                MerkleVerifier.verifyInclusion(index, size, TREE.leafHash(index), proof, TREE.root(size));
            }
            for (long m = 1; m <= size; m++) {
                List<byte[]> proof = TREE.consistencyProof(m, size);
                assertThat(hexStrings(proof))
                        .containsExactlyElementsOf(hexStrings(NaiveRfc9162.proof((int) m, leafHashes(), (int) size)));
                MerkleVerifier.verifyConsistency(m, size, proof, TREE.root(m), TREE.root(size));
            }
        }
    }

    private static List<byte[]> leafHashes() {
        return LEAVES.stream().map(MerkleHashes::leafHash).toList();
    }
}
