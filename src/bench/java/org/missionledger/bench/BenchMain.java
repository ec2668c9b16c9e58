package org.missionledger.bench;

import picocli.CommandLine;

/**
 * Runs {@link BenchCommand} on its own, without the rest of the command line (the jar's {@code bench} subcommand does
 * the same).
 */
public final class BenchMain {

    private BenchMain() {}

    public static void main(String[] args) {
        System.setProperty("disable-axoniq-console-message", "true");
        // exit explicitly: Axon's janitor threads can keep the JVM alive after the contexts close
        System.exit(new CommandLine(new BenchCommand()).execute(args));
    }
}
