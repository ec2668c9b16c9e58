package org.missionledger.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Path;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionledger.platform.store.StoreProperties;

class StoreGuardTest {

    @TempDir
    Path dataDir;

    @Test
    void aFreeDataFileIsOpenedOnAFreePort() {
        StoreGuard.Decision decision = StoreGuard.decide(embedded(27027));

        assertThat(decision.overrides()).containsEntry("missionledger.store.embedded.port", "0");
        assertThat(decision.notice()).isNull();
    }

    @Test
    void aConfiguredMongoDbOrAMemoryStoreIsLeftAlone() {
        assertThat(StoreGuard.decide(new StoreProperties("mongodb://db:27017", null, null))
                        .overrides())
                .isEmpty();
        assertThat(StoreGuard.decide(new StoreProperties(
                                "", null, new StoreProperties.Embedded(dataDir, 0, StoreProperties.Backend.MEMORY)))
                        .overrides())
                .isEmpty();
    }

    @Test
    void aLockedDataFileWithNoServerIsRefused() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort(); // free again once closed: nothing answers there
        }
        MVStore store = new MVStore.Builder()
                .fileName(dataDir.resolve(StoreGuard.DATA_FILE).toString())
                .open();
        try {
            assertThat(StoreGuard.locked(dataDir.resolve(StoreGuard.DATA_FILE))).isTrue();
            int busyPort = port;
            assertThatThrownBy(() -> StoreGuard.decide(embedded(busyPort)))
                    .isInstanceOf(StoreUnavailableException.class)
                    .hasMessageContaining("is in use by another process")
                    .hasMessageContaining("mongodb://127.0.0.1:" + port);
        } finally {
            store.close();
        }
        assertThat(StoreGuard.locked(dataDir.resolve(StoreGuard.DATA_FILE))).isFalse();
    }

    private StoreProperties embedded(int port) {
        return new StoreProperties("", null, new StoreProperties.Embedded(dataDir, port, StoreProperties.Backend.H2));
    }
}
