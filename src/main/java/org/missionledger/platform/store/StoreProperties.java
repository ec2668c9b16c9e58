package org.missionledger.platform.store;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the ledger keeps its data.
 *
 * <p>With {@code uri} blank (the default), an in-process MongoDB-wire-compatible server is started on loopback with
 * its data under {@code embedded.data-dir}. With a URI, that MongoDB is used and nothing is started.
 *
 * @param uri a {@code mongodb://} or {@code mongodb+srv://} connection string; blank for the embedded store
 * @param database the database name, used when the URI names none
 * @param embedded settings of the embedded store
 */
@ConfigurationProperties("missionledger.store")
public record StoreProperties(String uri, String database, Embedded embedded) {

    public StoreProperties {
        database = database == null || database.isBlank() ? "missionledger" : database;
        embedded = embedded == null ? new Embedded(null, null, null) : embedded;
    }

    public boolean usesEmbeddedStore() {
        return uri == null || uri.isBlank();
    }

    /**
     * @param dataDir where the H2 MVStore file lives (created if missing)
     * @param port loopback port; 0 (the default) picks a free one at start, written to {@code <data-dir>/instance.json}
     * @param backend {@code h2} (durable, the default) or {@code memory} (volatile, for tests and benchmarks)
     */
    public record Embedded(Path dataDir, Integer port, Backend backend) {
        public Embedded {
            dataDir = dataDir == null ? Path.of("data") : dataDir;
            port = port == null ? 0 : port;
            backend = backend == null ? Backend.H2 : backend;
        }
    }

    public enum Backend {
        H2,
        MEMORY
    }
}
