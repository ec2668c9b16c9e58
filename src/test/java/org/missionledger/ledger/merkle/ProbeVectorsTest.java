package org.missionledger.ledger.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.missionledger.ledger.merkle.Vectors.hex;
import static org.missionledger.ledger.merkle.Vectors.hexList;
import static org.missionledger.ledger.merkle.Vectors.uint64;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** All transparency-dev/merkle inclusion and consistency probes, including the ones that must be rejected. */
class ProbeVectorsTest {

    @TestFactory
    Stream<DynamicTest> inclusionProbes() {
        JsonNode file = Vectors.load("tdev_merkle_inclusion_probes.json");
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode probe : file.get("probes")) {
            long index = uint64(probe.get("leafIdx"));
            long size = uint64(probe.get("treeSize"));
            byte[] leafHash = hex(probe.get("leafHashHex").asText());
            byte[] root = hex(probe.get("rootHex").asText());
            List<byte[]> proof = hexList(probe.get("proofHex"));
            boolean wantErr = probe.get("wantErr").asBoolean();
            String name = probe.get("source_file").asText().replace("testdata/inclusion/", "") + " ("
                    + probe.get("desc").asText() + (wantErr ? ", must reject)" : ", must accept)");
            tests.add(DynamicTest.dynamicTest(name, () -> {
                if (wantErr) {
                    assertThatThrownBy(() -> MerkleVerifier.verifyInclusion(index, size, leafHash, proof, root))
                            .isInstanceOf(ProofVerificationException.class)
                            .hasMessageNotContaining("null");
                } else {
                    assertThatCode(() -> MerkleVerifier.verifyInclusion(index, size, leafHash, proof, root))
                            .doesNotThrowAnyException();
                }
            }));
        }
        assertThat(tests).hasSize(98).hasSize(file.get("count").asInt());
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> consistencyProbes() {
        JsonNode file = Vectors.load("tdev_merkle_consistency_probes.json");
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode probe : file.get("probes")) {
            long size1 = uint64(probe.get("size1"));
            long size2 = uint64(probe.get("size2"));
            byte[] root1 = hex(probe.get("root1Hex").asText());
            byte[] root2 = hex(probe.get("root2Hex").asText());
            List<byte[]> proof = hexList(probe.get("proofHex"));
            boolean wantErr = probe.get("wantErr").asBoolean();
            String name = probe.get("source_file").asText().replace("testdata/consistency/", "") + " ("
                    + probe.get("desc").asText() + (wantErr ? ", must reject)" : ", must accept)");
            tests.add(DynamicTest.dynamicTest(name, () -> {
                if (wantErr) {
                    assertThatThrownBy(() -> MerkleVerifier.verifyConsistency(size1, size2, proof, root1, root2))
                            .isInstanceOf(ProofVerificationException.class);
                } else {
                    assertThatCode(() -> MerkleVerifier.verifyConsistency(size1, size2, proof, root1, root2))
                            .doesNotThrowAnyException();
                }
            }));
        }
        assertThat(tests).hasSize(98).hasSize(file.get("count").asInt());
        return tests.stream();
    }
}
