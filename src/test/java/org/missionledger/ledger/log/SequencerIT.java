package org.missionledger.ledger.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.missionledger.support.Requests.declareMission;
import static org.missionledger.support.Requests.setTarget;

import java.util.HashSet;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.junit.jupiter.api.Test;
import org.missionledger.ledger.LogAwait;
import org.missionledger.ledger.merkle.MerkleProofs;
import org.missionledger.ledger.merkle.MerkleTree;
import org.missionledger.platform.eventstore.GlobalIndexEventStorageEngine;
import org.missionledger.platform.eventstore.StoredEvent;
import org.missionledger.support.Http;
import org.missionledger.support.LedgerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The sequencer inside the running application: one segment; a processor restart and a full redelivery of the global
 * order from the tail add no leaf twice; the tree stays the tree of the events in global order.
 */
@LedgerIntegrationTest
class SequencerIT {

    @LocalServerPort
    int port;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    TokenStore tokenStore;

    @Autowired
    GlobalIndexEventStorageEngine engine;

    @Autowired
    TreeStore tree;

    @Test
    void aRestartAndARedeliveryFromTheTailAddNoLeafTwice() {
        Http http = new Http(port);
        record(http, "sequencer-a");
        LogAwait.caughtUp(tree, engine);
        StreamingEventProcessor processor = processing
                .eventProcessor("transparency-log", StreamingEventProcessor.class)
                .orElseThrow();
        assertThat(tokenStore.fetchSegments("transparency-log")).containsExactly(0);

        // restart
        processor.shutDown();
        record(http, "sequencer-b"); // recorded while the sequencer is down
        processor.start();
        LogAwait.caughtUp(tree, engine);

        // redelivery of everything: the token goes back to the tail
        processor.shutDown();
        tokenStore.storeToken(engine.createTailToken(), "transparency-log", 0);
        tokenStore.releaseClaim("transparency-log", 0);
        processor.start();
        record(http, "sequencer-c");
        LogAwait.caughtUp(tree, engine);
        awaitTokenAtHead(processor);

        List<StoredEvent> events = engine.readStoredEvents(0, Integer.MAX_VALUE);
        LogState state = tree.state();
        assertThat(state.size()).isEqualTo(events.size());
        List<StoredLeaf> leaves = tree.leaves(0, state.size());
        assertThat(leaves)
                .extracting(StoredLeaf::eventId)
                .containsExactlyElementsOf(
                        events.stream().map(StoredEvent::eventId).toList());
        assertThat(new HashSet<>(leaves.stream().map(StoredLeaf::eventId).toList()))
                .hasSize(events.size());
        MerkleTree reference = new MerkleTree();
        events.forEach(e -> reference.appendLeafHash(LeafEncoding.leafHash(e)));
        assertThat(state.root()).isEqualTo(reference.root());
        assertThat(MerkleProofs.root(state.size(), tree)).isEqualTo(reference.root());
    }

    private void awaitTokenAtHead(StreamingEventProcessor processor) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (processor.processingStatus().values().stream()
                .noneMatch(status -> status.getCurrentPosition().orElse(0) >= engine.headIndex())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the sequencer's processor did not reach the head again");
            }
            Thread.onSpinWait();
        }
    }

    private static void record(Http http, String missionId) {
        assertThat(http.post("/api/missions", declareMission(missionId)).status())
                .isEqualTo(201);
        assertThat(http.post(
                                "/api/missions/" + missionId + "/targets",
                                setTarget("t1", "Target one", "90", "2030-12-31"))
                        .status())
                .isEqualTo(201);
    }
}
