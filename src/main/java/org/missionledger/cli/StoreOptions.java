package org.missionledger.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Where the ledger's data is, for any command (defaults: application.yml and the environment, e.g. MONGODB_URI). */
final class StoreOptions {

    @Option(
            names = "--mongodb-uri",
            paramLabel = "URI",
            description = "A MongoDB connection string (default: MONGODB_URI, else the embedded store).")
    String mongodbUri;

    @Option(names = "--database", paramLabel = "NAME", description = "The database name (default: missionledger).")
    String database;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "The embedded store's data directory (default: ./data).")
    Path dataDir;

    @Option(
            names = "--server",
            paramLabel = "URL",
            description = "Write through this running server's HTTP API (default: the server that holds the ledger,"
                    + " found from the data directory or the store).")
    String server;

    @Option(
            names = "--user",
            paramLabel = "NAME",
            description = "Sign in to the server as NAME (password from MISSIONLEDGER_PASSWORD; default: the local"
                    + " operator credential in the data directory's instance.json).")
    String user;

    @Option(
            names = {"-v", "--verbose"},
            description = "Log what the application does (to standard error).")
    boolean verbose;

    /** These options as Spring properties ({@code --name=value}). */
    List<String> asArguments() {
        List<String> args = new ArrayList<>();
        if (mongodbUri != null) {
            args.add("--missionledger.store.uri=" + mongodbUri);
        }
        if (database != null) {
            args.add("--missionledger.store.database=" + database);
        }
        if (dataDir != null) {
            args.add("--missionledger.store.embedded.data-dir=" + dataDir);
        }
        return args;
    }
}
