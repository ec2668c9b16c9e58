package org.missionledger.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionledger.support.AppProcess;
import org.missionledger.support.Http;
import org.missionledger.support.LedgerVerification;
import org.missionledger.support.ReadModel;
import org.missionledger.support.Requests;

/**
 * The application under sustained concurrent load, killed with SIGKILL mid-stream and restarted, several times at
 * different points: every command that received a success response is in the event store exactly once, retrying
 * the unanswered ones never records anything twice, every projection converges to a fresh rebuild, and the
 * transparency log (every checkpoint signed across the kills) verifies, live against the store and offline against an
 * export.
 */
class CrashRecoveryIT {

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedCommandSurvivesAKillExactlyOnce() throws Exception {
        Path data = dir.resolve("data");
        Map<String, String> acknowledged = new ConcurrentHashMap<>(); // target id → mission id
        Map<String, String> unanswered = new ConcurrentHashMap<>();
        Random random = new Random(20261128);
        AppProcess app = AppProcess.start(data, AppProcess.logFile(dir, "app-0"));
        assertThat(app.http()
                        .post("/api/missions", Requests.declareMission("load"))
                        .status())
                .isEqualTo(201);
        for (int round = 0; round < 3; round++) {
            Http http = app.http();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger successes = new AtomicInteger();
            CountDownLatch done = new CountDownLatch(4);
            for (int w = 0; w < 4; w++) {
                String writer = "r" + round + "w" + w;
                Thread thread = new Thread(() -> {
                    try {
                        for (int i = 0; !stop.get(); i++) {
                            String target = writer + "-" + i;
                            String mission = i % 3 == 0 ? "load" : "m-" + writer;
                            if (i == 0) {
                                send(
                                        http,
                                        "/api/missions",
                                        Requests.declareMission("m-" + writer),
                                        "d-" + writer,
                                        acknowledged,
                                        unanswered,
                                        "m-" + writer,
                                        "m-" + writer);
                            }
                            if (send(
                                    http,
                                    "/api/missions/" + mission + "/targets",
                                    Requests.setTarget(target, "Target " + target, "50", "2030-12-31"),
                                    target,
                                    acknowledged,
                                    unanswered,
                                    target,
                                    mission)) {
                                successes.incrementAndGet();
                            }
                        }
                    } finally {
                        done.countDown();
                    }
                });
                thread.start();
            }
            int killAfter = 40 + random.nextInt(60);
            while (successes.get() < killAfter) {
                Thread.sleep(5);
            }
            app.kill();
            stop.set(true);
            done.await();
            app = AppProcess.start(data, AppProcess.logFile(dir, "app-" + (round + 1)));
        }

        Path export = dir.resolve("events.jsonl");
        Path saved = dir.resolve("checkpoint.txt");
        String key;
        try {
            // Retry every request that got no answer, with its Idempotency-Key: none may record twice.
            Http http = app.http();
            for (Map.Entry<String, String> request : unanswered.entrySet()) {
                String id = request.getKey();
                String path = request.getValue().substring(0, request.getValue().indexOf('\n'));
                String body = request.getValue().substring(request.getValue().indexOf('\n') + 1);
                Http.Response retry = http.post(path, body, "Idempotency-Key", id);
                assertThat(retry.status()).as(id + ": " + retry.body()).isIn(200, 201, 409);
            }

            try (MongoClient client = MongoClients.create(app.storeUri())) {
                List<Document> events = new ArrayList<>();
                client.getDatabase("missionledger")
                        .getCollection("events")
                        .find()
                        .into(events);
                List<Document> real = events.stream()
                        .filter(e -> !e.getBoolean("tombstone", false))
                        .toList();
                Map<String, Long> targetsSet = real.stream()
                        .filter(e -> e.getString("payloadType").endsWith("TargetSet"))
                        .collect(Collectors.groupingBy(e -> targetIdOf(e.getString("payload")), Collectors.counting()));
                Map<String, Long> missionsDeclared = real.stream()
                        .filter(e -> e.getString("payloadType").endsWith("MissionDeclared"))
                        .collect(Collectors.groupingBy(e -> e.getString("aggregateId"), Collectors.counting()));
                assertThat(targetsSet.values()).allMatch(n -> n == 1);
                assertThat(missionsDeclared.values()).allMatch(n -> n == 1);
                for (Map.Entry<String, String> ack : acknowledged.entrySet()) {
                    Function<String, Long> count = ack.getKey().equals(ack.getValue())
                            ? id -> missionsDeclared.getOrDefault(id, 0L)
                            : id -> targetsSet.getOrDefault(id, 0L);
                    assertThat(count.apply(ack.getKey()))
                            .as("acknowledged " + ack.getKey())
                            .isEqualTo(1L);
                }
                assertThat(acknowledged).hasSizeGreaterThan(120);
                // Every index up to the counter is an event or a tombstone, except indexes whose writer was killed
                // between
                // allocating and writing (at most one per writer per kill): trackers close those after the gap timeout.
                long head = client.getDatabase("missionledger")
                        .getCollection("counters")
                        .find()
                        .first()
                        .getLong("value");
                java.util.Set<Long> present =
                        events.stream().map(e -> e.getLong("_id")).collect(Collectors.toSet());
                long holes = java.util.stream.LongStream.rangeClosed(1, head)
                        .filter(i -> !present.contains(i))
                        .count();
                assertThat(holes).isLessThanOrEqualTo(3 * 4);
            }

            // Every projection converges to what a fresh rebuild from the events gives.
            ReadModel.awaitCaughtUp(http);
            JsonNode report =
                    http.post("/api/admin/projections/consistency-check", "").json();
            assertThat(report.get("consistent").asBoolean())
                    .as(report.toString())
                    .isTrue();

            // The transparency log has exactly one leaf per event and every checkpoint signed across the kills
            // verifies.
            String checkpoint = LedgerVerification.awaitCaughtUpAndSign(http);
            assertThat(http.get("/api/ledger/checkpoints").json().get("total").asLong())
                    .isGreaterThan(1);
            Files.writeString(export, http.get("/api/export/events.jsonl").body());
            Files.writeString(saved, checkpoint);
            key = http.get("/api/ledger/key").body().strip();
        } finally {
            app.close();
        }

        LedgerVerification.Run live =
                LedgerVerification.verify("--live", "--data-dir", data.toString(), "--key", key, "--no-progress");
        assertThat(live.exit()).as(live.toString()).isZero();
        LedgerVerification.Run offline = LedgerVerification.verify(
                "--events", export.toString(), "--checkpoint", saved.toString(), "--key", key, "--no-progress");
        assertThat(offline.exit()).as(offline.toString()).isZero();
    }

    /** Sends one command; remembers it as acknowledged (2xx) or unanswered (no response: the process died). */
    private static boolean send(
            Http http,
            String path,
            String body,
            String key,
            Map<String, String> acknowledged,
            Map<String, String> unanswered,
            String id,
            String mission) {
        try {
            Http.Response response = http.post(path, body, "Idempotency-Key", key);
            if (response.status() / 100 == 2) {
                acknowledged.put(id, mission);
                return true;
            }
            return false;
        } catch (RuntimeException connectionLost) {
            unanswered.put(key, path + "\n" + body);
            return false;
        }
    }

    private static String targetIdOf(String payload) {
        int start = payload.indexOf("\"targetId\":\"") + 12;
        return payload.substring(start, payload.indexOf('"', start));
    }
}
