package org.missionledger.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The one place integration tests get their store from. With {@code MONGODB_URI} set (an operator checking a real
 * deployment), every test context uses that MongoDB with a database of its own; otherwise each context starts the
 * embedded server in memory on a free port. Each context also gets its own data directory (ledger id, checkpoint
 * signing key) under {@code target/test-data/}.
 */
public final class TestStore {

    private TestStore() {}

    public static boolean usesRealMongo() {
        String uri = System.getenv("MONGODB_URI");
        return uri != null && !uri.isBlank();
    }

    /** Spring properties pointing a fresh application context at a fresh, empty database, with the test users. */
    public static Map<String, Object> properties() {
        Map<String, Object> properties = new HashMap<>(TestUsers.properties());
        String database = "mlt-" + UUID.randomUUID().toString().substring(0, 8);
        properties.put("missionledger.store.database", database);
        properties.put("missionledger.demo.enabled", "false");
        // each context is a ledger of its own: its data directory (ledger id, signing key) is its own too, kept out
        // of the working directory's ./data
        properties.put(
                "missionledger.store.embedded.data-dir",
                Path.of("target", "test-data", database).toAbsolutePath().toString());
        // and a data directory of its own (ledger id, instance file), never the working directory's ./data
        properties.put(
                "missionledger.store.embedded.data-dir",
                Path.of("target", "test-data", database).toAbsolutePath().toString());
        if (usesRealMongo()) {
            properties.put("missionledger.store.uri", System.getenv("MONGODB_URI"));
        } else {
            properties.put("missionledger.store.uri", "");
            properties.put("missionledger.store.embedded.backend", "memory");
            properties.put("missionledger.store.embedded.port", "0");
        }
        return properties;
    }

    /**
     * Spring properties for several contexts or command-line runs that must see the same store one after another:
     * with {@code MONGODB_URI}, one fresh database there; otherwise the durable embedded store in {@code dataDir} (on a
     * free port each time).
     */
    public static Map<String, Object> sharedStore(Path dataDir) {
        Map<String, Object> properties = properties();
        properties.put(
                "missionledger.store.embedded.data-dir",
                dataDir.toAbsolutePath().toString());
        if (!usesRealMongo()) {
            properties.put("missionledger.store.embedded.backend", "h2");
        }
        return properties;
    }

    /** Properties as command-line arguments ({@code --name=value}), the highest-precedence form. */
    public static List<String> arguments(Map<String, Object> properties) {
        List<String> args = new ArrayList<>();
        properties.forEach((name, value) -> args.add("--" + name + "=" + value));
        return args;
    }
}
