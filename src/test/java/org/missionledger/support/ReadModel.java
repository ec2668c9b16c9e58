package org.missionledger.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;

/**
 * Projections are eventually consistent: integration tests wait until every projection has processed up to the head
 * of the event store (polling the admin status, never sleeping blindly). The timeout only bounds a broken build.
 */
public final class ReadModel {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private ReadModel() {}

    public static void awaitCaughtUp(Http http) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            last = http.get("/api/admin/projections").json();
            boolean caughtUp = true;
            for (JsonNode projection : last.get("projections")) {
                caughtUp &= projection.get("lag").asLong() == 0
                        && projection.get("state").asText().equals("RUNNING");
            }
            if (caughtUp) {
                return;
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("The read model did not catch up with the event store: " + last);
    }
}
