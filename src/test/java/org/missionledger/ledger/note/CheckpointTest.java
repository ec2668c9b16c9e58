package org.missionledger.ledger.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionledger.ledger.merkle.MerkleTree;
import org.missionledger.ledger.merkle.MerkleVerifier;

class CheckpointTest {

    private static final String ROOT = "CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=";

    @Test
    void formatsAndParsesWithExtensions() {
        String body = "example.com/log\n0\n" + ROOT + "\next one\nsecond: 2\n";
        Checkpoint checkpoint = Checkpoint.parse(body);
        assertThat(checkpoint.size()).isZero();
        assertThat(checkpoint.extensions()).containsExactly("ext one", "second: 2");
        assertThat(checkpoint.format()).isEqualTo(body);
        assertThat(new Checkpoint("example.com/log", 0, checkpoint.rootHash(), List.of("ext one", "second: 2")))
                .isEqualTo(checkpoint);
        assertThat(Checkpoint.parse("o\n" + Long.MAX_VALUE + "\n" + ROOT + "\n").size())
                .isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void parseIsStrict() {
        String[] bad = {
            "example.com/log\n10\n" + ROOT, // no final newline
            "example.com/log\n10\n", // no root line
            "example.com/log\n", // no size
            "", // nothing
            "\n10\n" + ROOT + "\n", // empty origin
            "example.com/log\n010\n" + ROOT + "\n", // leading zero
            "example.com/log\n00\n" + ROOT + "\n", // leading zero
            "example.com/log\n+10\n" + ROOT + "\n", // sign
            "example.com/log\n-1\n" + ROOT + "\n", // negative
            "example.com/log\n1 0\n" + ROOT + "\n", // space
            "example.com/log\n\n" + ROOT + "\n", // empty size
            "example.com/log\n1e3\n" + ROOT + "\n", // not decimal digits
            "example.com/log\n\u0661\u0660\n" + ROOT + "\n", // non-ASCII digits
            "example.com/log\n9223372036854775808\n" + ROOT + "\n", // 2^63
            "example.com/log\n18446744073709551616\n" + ROOT + "\n", // 2^64
            "example.com/log\n10\nnot base64!\n", // bad base64
            "example.com/log\n10\n" + ROOT.replace("=", "") + "\n", // unpadded
            "example.com/log\n10\nYmFuYW5hcw==\n", // 7-byte hash
            "example.com/log\n10\n" + ROOT + "AAAA\n", // 35-byte hash
            "example.com/log\n10\n\n", // empty root
            "example.com/log\n10\n" + ROOT + "\n\n", // empty extension line
            "example.com/log\n10\n" + ROOT + "\next\n\n", // empty extension line at the end
            "example.com/log\r\n10\n" + ROOT + "\n", // CR
            "example.com/log\n10\n " + ROOT + "\n", // leading space
        };
        for (String body : bad) {
            assertThat(catchThrowable(() -> Checkpoint.parse(body)))
                    .as(body.replace("\n", "\\n"))
                    .isInstanceOf(NoteFormatException.class);
        }
    }

    @Test
    void constructorRejectsUnrepresentableFields() {
        byte[] root = new byte[32];
        assertThatThrownBy(() -> new Checkpoint("", 1, root)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Checkpoint("a\nb", 1, root)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Checkpoint("a", -1, root)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Checkpoint("a", 1, new byte[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Checkpoint("a", 1, root, List.of("")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Checkpoint("a", 1, root, List.of("x\ny")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rootHashIsCopied() {
        byte[] root = new byte[32];
        Checkpoint checkpoint = new Checkpoint("a", 1, root);
        root[0] = 1;
        checkpoint.rootHash()[1] = 1;
        assertThat(checkpoint.rootHash()).isEqualTo(new byte[32]);
    }

    /** End to end: tree, signed checkpoints at two sizes, consistency proof between them. */
    @Test
    void signedCheckpointsOfAGrowingTree() throws Exception {
        NoteSignerKey logKey = NoteSignerKey.generate("ledger.example/missions");
        MerkleTree tree = new MerkleTree();
        for (int i = 0; i < 10; i++) {
            tree.appendLeaf(("event " + i).getBytes());
        }
        String older =
                new Checkpoint(logKey.name(), 7, tree.root(7)).sign(logKey).format();
        String newer =
                new Checkpoint(logKey.name(), 10, tree.root(10)).sign(logKey).format();

        SignedNote olderNote = SignedNote.parse(older);
        SignedNote newerNote = SignedNote.parse(newer);
        olderNote.verify(logKey.verifierKey());
        newerNote.verify(logKey.verifierKey());
        Checkpoint c1 = Checkpoint.parse(olderNote.text());
        Checkpoint c2 = Checkpoint.parse(newerNote.text());
        MerkleVerifier.verifyConsistency(
                c1.size(), c2.size(), tree.consistencyProof(c1.size(), c2.size()), c1.rootHash(), c2.rootHash());
        MerkleVerifier.verifyInclusion(
                8, c2.size(), tree.leafHash(8), tree.inclusionProof(8, c2.size()), c2.rootHash());
    }
}
