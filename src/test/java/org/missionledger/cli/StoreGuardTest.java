package org.missionledger.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionledger.platform.store.DataDirectory;
import org.missionledger.platform.store.EmbeddedMongoStore;
import org.missionledger.platform.store.LedgerIdentityStore;
import org.missionledger.platform.store.StoreProperties;

class StoreGuardTest {

    @TempDir
    Path dataDir;

    @Test
    void aFreeDataFileIsOpenedOnAFreePort() throws Exception {
        StoreGuard.Decision write = StoreGuard.decide(embedded(), StoreGuard.Access.WRITE, null, null);

        assertThat(write.overrides())
                .containsEntry("missionledger.store.embedded.port", "0")
                .doesNotContainKey("missionledger.ledger.read-only");
        assertThat(write.notice()).isNull();
        assertThat(write.server()).isNull();

        Files.createFile(dataDir.resolve(StoreGuard.DATA_FILE));
        StoreGuard.Decision read = StoreGuard.decide(embedded(), StoreGuard.Access.READ, null, null);
        assertThat(read.overrides()).containsEntry("missionledger.ledger.read-only", "true");
    }

    @Test
    void aReadOnlyCommandRefusesADataDirectoryWithoutALedger() {
        assertThatThrownBy(() -> StoreGuard.decide(embedded(), StoreGuard.Access.READ, null, null))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining(
                        "There is no ledger in " + dataDir.toAbsolutePath().normalize())
                .hasMessageContaining("--data-dir");
    }

    @Test
    void aConfiguredMongoDbOrAMemoryStoreIsReadDirectly() {
        assertThat(StoreGuard.decide(
                                new StoreProperties("mongodb://db:27017", null, null),
                                StoreGuard.Access.READ,
                                null,
                                null)
                        .overrides())
                .containsOnlyKeys("missionledger.ledger.read-only");
        StoreGuard.Decision memory = StoreGuard.decide(
                new StoreProperties("", null, new StoreProperties.Embedded(dataDir, 0, StoreProperties.Backend.MEMORY)),
                StoreGuard.Access.WRITE,
                null,
                null);
        assertThat(memory.overrides()).isEmpty();
        assertThat(memory.server()).isNull();
    }

    @Test
    void aLockedDataFileWhoseHolderSaysNothingIsRefused() {
        MVStore store = new MVStore.Builder()
                .fileName(dataDir.resolve(StoreGuard.DATA_FILE).toString())
                .open();
        try {
            assertThat(StoreGuard.locked(dataDir.resolve(StoreGuard.DATA_FILE))).isTrue();
            assertThatThrownBy(() -> StoreGuard.decide(embedded(), StoreGuard.Access.WRITE, null, null))
                    .isInstanceOf(StoreUnavailableException.class)
                    .hasMessageContaining("is in use by another process")
                    .hasMessageContaining("instance.json");
        } finally {
            store.close();
        }
        assertThat(StoreGuard.locked(dataDir.resolve(StoreGuard.DATA_FILE))).isFalse();
    }

    @Test
    void aStoreHoldingAnotherLedgerIsRefused() {
        DataDirectory directory = DataDirectory.of(dataDir);
        directory.recordLedgerId("ours");
        try (EmbeddedMongoStore other = EmbeddedMongoStore.startInMemory(0);
                MongoClient client = MongoClients.create(other.connectionString())) {
            client.getDatabase("missionledger")
                    .getCollection(LedgerIdentityStore.COLLECTION)
                    .insertOne(new Document("_id", "ledger").append("ledgerId", "theirs"));
            MVStore held = new MVStore.Builder()
                    .fileName(dataDir.resolve(StoreGuard.DATA_FILE).toString())
                    .open();
            try {
                directory.writeInstance(new DataDirectory.Instance(
                        "ours",
                        ProcessHandle.current().pid(),
                        other.connectionString() + "/missionledger",
                        "http://127.0.0.1:1",
                        "secret",
                        Instant.now().toString()));
                for (StoreGuard.Access access : StoreGuard.Access.values()) {
                    assertThatThrownBy(() -> StoreGuard.decide(embedded(), access, null, null))
                            .isInstanceOf(StoreUnavailableException.class)
                            .hasMessageContaining("holds ledger theirs")
                            .hasMessageContaining("belongs to ledger ours");
                }
            } finally {
                held.close();
            }
        }
    }

    @Test
    void aServerHoldingTheLedgerIsWrittenThroughAndItsStoreRead() {
        DataDirectory directory = DataDirectory.of(dataDir);
        directory.recordLedgerId("ours");
        try (EmbeddedMongoStore served = EmbeddedMongoStore.startInMemory(0);
                MongoClient client = MongoClients.create(served.connectionString())) {
            client.getDatabase("missionledger")
                    .getCollection(LedgerIdentityStore.COLLECTION)
                    .insertOne(new Document("_id", "ledger").append("ledgerId", "ours"));
            MVStore held = new MVStore.Builder()
                    .fileName(dataDir.resolve(StoreGuard.DATA_FILE).toString())
                    .open();
            try {
                String uri = served.connectionString() + "/missionledger";
                directory.writeInstance(new DataDirectory.Instance(
                        "ours",
                        42,
                        uri,
                        "http://127.0.0.1:8080",
                        "secret",
                        Instant.now().toString()));

                StoreGuard.Decision write = StoreGuard.decide(embedded(), StoreGuard.Access.WRITE, null, null);
                assertThat(write.server().url()).isEqualTo("http://127.0.0.1:8080");
                assertThat(write.notice()).contains("held by the server at http://127.0.0.1:8080");

                StoreGuard.Decision check =
                        StoreGuard.decide(embedded(), StoreGuard.Access.READ_PREFERRING_SERVER, null, null);
                assertThat(check.server()).isNotNull();

                StoreGuard.Decision read = StoreGuard.decide(embedded(), StoreGuard.Access.READ, null, null);
                assertThat(read.server()).isNull();
                assertThat(read.overrides())
                        .containsEntry("missionledger.store.uri", uri)
                        .containsEntry("missionledger.ledger.read-only", "true");
            } finally {
                held.close();
            }
        }
    }

    private StoreProperties embedded() {
        return new StoreProperties("", null, new StoreProperties.Embedded(dataDir, 0, StoreProperties.Backend.H2));
    }
}
