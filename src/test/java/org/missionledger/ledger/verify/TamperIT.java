package org.missionledger.ledger.verify;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.missionledger.support.Requests.assign;
import static org.missionledger.support.Requests.declareMission;
import static org.missionledger.support.Requests.setTarget;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.missionledger.ledger.LogAwait;
import org.missionledger.ledger.checkpoint.CheckpointSigner;
import org.missionledger.ledger.log.TreeStore;
import org.missionledger.platform.eventstore.GlobalIndexEventStorageEngine;
import org.missionledger.platform.eventstore.StoredEvent;
import org.missionledger.platform.store.EmbeddedMongoStore;
import org.missionledger.platform.store.LedgerStore;
import org.missionledger.support.Http;
import org.missionledger.support.LedgerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Tampering with a running ledger's store, the way an insider with database access would: a journalist saved the key,
 * three checkpoints and the leaves; afterwards an event is modified, deleted, inserted, or two are swapped directly in
 * MongoDB. The verifier, offline on a fresh export and live on the store, names each change and the checkpoints it
 * contradicts. Each tampering is undone before the next.
 */
@LedgerIntegrationTest
@TestPropertySource(properties = "missionledger.ledger.checkpoint-interval=1h")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TamperIT {

    @LocalServerPort
    int port;

    @Autowired
    GlobalIndexEventStorageEngine engine;

    @Autowired
    TreeStore tree;

    @Autowired
    CheckpointSigner signer;

    @Autowired
    LedgerStore store;

    @Autowired
    EventProcessingConfiguration processing;

    @TempDir
    static Path dir;

    Path saved;
    List<String> journalist;
    List<StoredEvent> events;
    List<Document> original;
    long originalCounter;
    String uri;

    @BeforeAll
    void recordAndSaveWhatAJournalistSaves() throws Exception {
        saved = Files.createDirectories(dir.resolve("saved"));
        Path checkpoints = Files.createDirectories(dir.resolve("saved-checkpoints"));
        Http http = new Http(port);
        List<Path> checkpointFiles = new ArrayList<>();
        String[][] missions = {{"clean-power", "3"}, {"growth", "2"}, {"nhs", "3"}};
        for (String[] mission : missions) {
            assertThat(http.post("/api/missions", declareMission(mission[0])).status())
                    .isEqualTo(201);
            for (int t = 0; t < Integer.parseInt(mission[1]); t++) {
                assertThat(http.post(
                                        "/api/missions/" + mission[0] + "/targets",
                                        setTarget("t" + t, "Target " + t, "9" + t, "2030-12-31"))
                                .status())
                        .isEqualTo(201);
            }
            http.post(
                    "/api/missions/" + mission[0] + "/tenures",
                    assign("owner", "A. Minister", "Secretary of State", "2024-07-05"));
            LogAwait.caughtUp(tree, engine);
            signer.signIfGrown().orElseThrow();
            Http.Response checkpoint = http.get("/api/ledger/checkpoint");
            Path file = checkpoints.resolve("checkpoint-" + tree.state().size() + ".txt");
            checkpointFiles.add(Files.writeString(file, checkpoint.body(), StandardCharsets.UTF_8));
        }
        Files.writeString(saved.resolve("key.txt"), http.get("/api/ledger/key").body());
        Files.writeString(
                saved.resolve("leaves.jsonl"),
                http.get("/api/ledger/leaves.jsonl").body());
        journalist = new ArrayList<>(List.of(
                "--no-progress", "--key", saved.resolve("key.txt").toString(), "--checkpoint", checkpoints.toString()));

        events = engine.readStoredEvents(0, Integer.MAX_VALUE);
        assertThat(events).hasSize(14);
        assertThat(checkpointFiles).hasSize(3); // sizes 5, 9 and 14
        original = new ArrayList<>();
        collection().find().into(original);
        originalCounter = engine.headIndex();
        uri = store.embedded().map(EmbeddedMongoStore::connectionString).orElse(System.getenv("MONGODB_URI"));
        // the attacker works on the store directly; the sequencer is stopped so that it sees nothing meanwhile
        processing
                .eventProcessor("transparency-log", StreamingEventProcessor.class)
                .orElseThrow()
                .shutDown();
    }

    @AfterEach
    void undoTheTampering() {
        collection().deleteMany(new Document());
        collection().insertMany(original);
        counters().updateOne(eq("_id", "global-index"), Updates.set("value", originalCounter));
    }

    @Test
    @Order(1)
    void anUntouchedLedgerVerifiesOfflineAndLive() {
        VerifyCommandTest.Run offline = offline("untouched", false);
        assertThat(offline.exit()).as(offline.out() + offline.err()).isZero();
        assertThat(offline.out())
                .contains("Result: OK. 14 events; every leaf recomputed; 3 checkpoint(s) verified "
                        + "and consistent (largest size 14).");

        VerifyCommandTest.Run live = live();
        assertThat(live.exit()).as(live.out() + live.err()).isZero();
        assertThat(live.out())
                .contains(
                        "OK    event store: 14 events up to global index 14",
                        "OK    log state: size 14, 14 stored leaves",
                        "subtree hashes: 25 checked against the stored leaves, " + "all equal",
                        "Result: OK.");
    }

    @Test
    @Order(2)
    void aModifiedEventIsNamedWithTheFieldThatChanged() {
        StoredEvent target = events.get(6); // a TargetSet of "growth", leaf 6: between checkpoints 5 and 9
        collection()
                .updateOne(
                        eq("_id", target.globalIndex()),
                        Updates.set("payload", target.payload().replace("\"goalValue\":90", "\"goalValue\":50")));
        assertThat(collection().find(eq("_id", target.globalIndex())).first().getString("payload"))
                .isNotEqualTo(target.payload());

        VerifyCommandTest.Run offline = offline("modified", true);
        assertThat(offline.exit()).as(offline.out()).isEqualTo(1);
        assertThat(offline.out())
                .contains("OK    size 5 ", "FAIL  size 9 ", "FAIL  size 14 ")
                .contains("MODIFIED   event " + target.eventId() + " (TargetSet of MissionAggregate growth #1")
                .contains("changed: payload (sha256")
                .contains("contradicts " + checkpoint(9) + " (size 9), " + checkpoint(14) + " (size 14)")
                .contains("the first divergent leaf is 6");

        VerifyCommandTest.Run rootsOnly = offline("modified", false);
        assertThat(rootsOnly.exit()).isEqualTo(1);
        assertThat(rootsOnly.out())
                .contains("the first changed leaf is in 5–8.")
                .contains("leaf 6: event " + target.eventId());

        VerifyCommandTest.Run live = live();
        assertThat(live.exit()).isEqualTo(1);
        assertThat(live.out()).contains("MODIFIED   event " + target.eventId(), "changed: payload (sha256");
    }

    @Test
    @Order(3)
    void aDeletedEventIsNamed() {
        StoredEvent target = events.get(7);
        collection().deleteOne(eq("_id", target.globalIndex()));

        VerifyCommandTest.Run offline = offline("deleted", true);
        assertThat(offline.exit()).as(offline.out()).isEqualTo(1);
        assertThat(offline.out())
                .contains("DELETED    event " + target.eventId())
                .contains(", leaf 7, is missing")
                .contains("contradicts " + checkpoint(9) + " (size 9), " + checkpoint(14) + " (size 14)")
                .contains("commits to 14 events but the history has 13");

        VerifyCommandTest.Run live = live();
        assertThat(live.exit()).isEqualTo(1);
        assertThat(live.out())
                .contains("DELETED    event " + target.eventId())
                .contains("FAIL  event store: global index(es) " + target.globalIndex() + " hold neither an event nor "
                        + "a tombstone");
    }

    @Test
    @Order(4)
    void anInsertedEventIsNamed() {
        int at = 10;
        for (int i = events.size() - 1; i >= at; i--) { // make room: renumber the later events, highest first
            Document document =
                    collection().find(eq("_id", events.get(i).globalIndex())).first();
            collection().deleteOne(eq("_id", events.get(i).globalIndex()));
            collection().insertOne(document.append("_id", events.get(i).globalIndex() + 1));
        }
        Document forged = new Document(
                collection().find(eq("_id", events.get(1).globalIndex())).first());
        long forgedIndex = events.get(at).globalIndex();
        forged.put("_id", forgedIndex);
        forged.put("eventId", "forged-0000-4000-8000-000000000001");
        forged.put("aggregateId", "clean-power");
        forged.put("aggregateKey", "clean-power:99");
        forged.put("seq", 99L);
        collection().insertOne(forged);
        counters().updateOne(eq("_id", "global-index"), Updates.inc("value", 1L));

        VerifyCommandTest.Run offline = offline("inserted", true);
        assertThat(offline.exit()).as(offline.out()).isEqualTo(1);
        assertThat(offline.out())
                .contains("INSERTED   event forged-0000-4000-8000-000000000001")
                .contains("is unknown to the authenticated history; it stands before leaf 10")
                .contains("RENUMBERED 4 event(s) at leaves 10–13 keep their content but their global index moved by +1")
                .contains("contradicts " + checkpoint(14) + " (size 14)")
                .doesNotContain("MODIFIED", "DELETED");

        VerifyCommandTest.Run live = live();
        assertThat(live.exit()).isEqualTo(1);
        assertThat(live.out()).contains("INSERTED   event forged-0000-4000-8000-000000000001");
    }

    @Test
    @Order(5)
    void twoSwappedEventsAreNamedAsReordered() {
        StoredEvent a = events.get(2);
        StoredEvent b = events.get(11);
        Document first = collection().find(eq("_id", a.globalIndex())).first();
        Document second = collection().find(eq("_id", b.globalIndex())).first();
        collection().deleteOne(eq("_id", a.globalIndex()));
        collection().deleteOne(eq("_id", b.globalIndex()));
        collection().insertOne(first.append("_id", b.globalIndex()));
        collection().insertOne(second.append("_id", a.globalIndex()));

        VerifyCommandTest.Run offline = offline("swapped", true);
        assertThat(offline.exit()).as(offline.out()).isEqualTo(1);
        assertThat(offline.out())
                .contains("FAIL  size 5 ", "FAIL  size 9 ", "FAIL  size 14 ")
                .contains("REORDERED  event " + a.eventId())
                .contains("belongs at leaf 2 but was found at leaf 11")
                .contains("REORDERED  event " + b.eventId())
                .contains("belongs at leaf 11 but was found at leaf 2")
                .contains("contradicts " + checkpoint(5) + " (size 5)")
                .doesNotContain("MODIFIED", "DELETED", "INSERTED");

        VerifyCommandTest.Run live = live();
        assertThat(live.exit()).isEqualTo(1);
        assertThat(live.out()).contains("REORDERED  event " + a.eventId(), "REORDERED  event " + b.eventId());
    }

    private VerifyCommandTest.Run offline(String name, boolean withLeaves) {
        Path export = dir.resolve(name + "-events.jsonl");
        if (!Files.exists(export)) {
            VerifyCommandTest.Run exported = VerifyCommandTest.run(List.of(
                    "--live",
                    "--no-progress",
                    "--mongo-uri",
                    uri,
                    "--database",
                    store.databaseName(),
                    "--save-events",
                    export.toString()));
            assertThat(exported.err()).contains("wrote ");
        }
        List<String> args = new ArrayList<>(journalist);
        args.addAll(List.of("--events", export.toString()));
        if (withLeaves) {
            args.addAll(
                    List.of("--trusted-leaves", saved.resolve("leaves.jsonl").toString()));
        }
        return VerifyCommandTest.run(args);
    }

    private VerifyCommandTest.Run live() {
        return VerifyCommandTest.run(List.of(
                "--live",
                "--no-progress",
                "--mongo-uri",
                uri,
                "--database",
                store.databaseName(),
                "--key",
                saved.resolve("key.txt").toString()));
    }

    private String checkpoint(long size) {
        return dir.resolve("saved-checkpoints")
                .resolve("checkpoint-" + size + ".txt")
                .toString();
    }

    private MongoCollection<Document> collection() {
        return store.database().getCollection("events");
    }

    private MongoCollection<Document> counters() {
        return store.database().getCollection("counters");
    }
}
