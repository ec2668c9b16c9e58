package org.missionledger.platform.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.missionledger.ledger.LogStoreFixture;

/** One writer per ledger: the lease is held, renewed, refused to others, and taken over only after it expired. */
class WriterLeaseTest {

    final LogStoreFixture fixture = new LogStoreFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    WriterLease lease(Duration duration) {
        return new WriterLease(fixture.database, duration, Clock.systemUTC());
    }

    @Test
    void aSecondWriterIsRefusedUntilTheFirstLetsGo() {
        WriterLease first = lease(Duration.ofSeconds(30));
        first.acquire("ledger x", false);
        first.publishUrl("http://127.0.0.1:8080");
        WriterLease second = lease(Duration.ofSeconds(30));

        assertThatThrownBy(() -> second.acquire("ledger x", false))
                .isInstanceOf(LedgerStartupException.class)
                .hasMessageStartingWith("Another process is the writer of ledger x (pid "
                        + ProcessHandle.current().pid())
                .hasMessageContaining("http://127.0.0.1:8080")
                .hasMessageNotContaining("\n");
        assertThat(second.held()).isFalse();
        assertThat(WriterLease.current(fixture.database).orElseThrow().url()).isEqualTo("http://127.0.0.1:8080");

        first.close();
        assertThat(WriterLease.current(fixture.database)).isEmpty();
        second.acquire("ledger x", false);
        assertThat(second.held()).isTrue();
        second.close();
    }

    @Test
    void anExpiredLeaseIsTakenOverAndItsHolderStopsWriting() throws Exception {
        WriterLease first = lease(Duration.ofMillis(600));
        first.acquire("ledger x", false);
        boolean[] lost = {false};
        first.onLost(() -> lost[0] = true);
        // the holder stops renewing (a long pause): its lease runs out
        fixture.database
                .getCollection(WriterLease.COLLECTION)
                .updateOne(
                        Filters.eq("_id", "writer"),
                        Updates.combine(
                                Updates.set("expiresAt", Date.from(Instant.now().minusSeconds(1))),
                                Updates.set("host", "another-host")));
        WriterLease second = lease(Duration.ofSeconds(30));
        second.acquire("ledger x", false);

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!lost[0] && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(lost[0]).isTrue();
        assertThat(first.held()).isFalse();
        assertThat(second.held()).isTrue();
        first.close(); // releases nothing: the lease is the second's
        assertThat(WriterLease.current(fixture.database)).isPresent();
        second.close();
    }

    @Test
    void theHolderOfTheEmbeddedStoreFileTakesOverALeaseLeftByACrash() {
        // a crashed server's lease, unexpired: a process that now holds the embedded data file knows it is gone
        fixture.database
                .getCollection(WriterLease.COLLECTION)
                .insertOne(new org.bson.Document("_id", "writer")
                        .append("owner", "crashed")
                        .append("host", "another-host")
                        .append("pid", 1L)
                        .append("expiresAt", Date.from(Instant.now().plusSeconds(30))));
        WriterLease other = lease(Duration.ofSeconds(30));
        assertThatThrownBy(() -> other.acquire("ledger x", false)).isInstanceOf(LedgerStartupException.class);

        WriterLease restarted = lease(Duration.ofSeconds(30));
        restarted.acquire("ledger x", true);

        assertThat(restarted.held()).isTrue();
        assertThat(WriterLease.current(fixture.database).orElseThrow().pid())
                .isEqualTo(ProcessHandle.current().pid());
        restarted.close();
    }
}
