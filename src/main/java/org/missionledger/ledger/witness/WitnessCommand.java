package org.missionledger.ledger.witness;

import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.missionledger.common.api.FeatureApi;
import org.missionledger.ledger.note.NoteFormatException;
import org.missionledger.ledger.note.NoteVerifierKey;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code witness}: runs a C2SP {@code tlog-witness} for one or more logs, as a small process of its own (no ledger, no
 * database, no Spring).
 *
 * <pre>
 * witness --listen 127.0.0.1:7380 --key witness.key --name news.example/witness --log LOG-VKEY [--log ORIGIN=VKEY]
 * </pre>
 */
@Command(
        name = "witness",
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Runs a transparency-log witness (C2SP tlog-witness): it cosigns a log's checkpoints only after checking "
                    + "that each extends the last one it cosigned, so a log cannot show two histories to two "
                    + "audiences without the witnesses noticing. Serves POST <prefix>/add-checkpoint, "
                    + "GET <prefix>/<sha256(origin)>/checkpoint and GET <prefix>/conflicts (split-view evidence).",
            "The key file is created if absent (permissions 600); the witness key (name+id+base64) is printed and "
                    + "written to FILE.pub: give it to the ledger's operator and to anyone who verifies."
        })
@FeatureApi("the witness, mounted as a subcommand of the command line")
public final class WitnessCommand implements Callable<Integer> {

    @Option(
            names = "--listen",
            paramLabel = "HOST:PORT",
            defaultValue = "127.0.0.1:7380",
            description = "Where to listen (default: ${DEFAULT-VALUE}; port 0 picks a free one).")
    String listen;

    @Option(
            names = "--key",
            paramLabel = "FILE",
            required = true,
            description = "The witness's private key file, created if absent.")
    Path keyFile;

    @Option(
            names = "--log",
            paramLabel = "VKEY|ORIGIN=VKEY",
            required = true,
            description = "A log to witness: its verifier key (the key's name is the origin), or ORIGIN=VKEY. "
                    + "Repeatable; several keys for one origin are all trusted.")
    List<String> logSpecs = new ArrayList<>();

    @Option(
            names = "--name",
            paramLabel = "NAME",
            description = "The witness's name, for a new key (a schema-less URL such as news.example/witness). An "
                    + "existing key keeps its name; giving another one is refused.")
    String name;

    @Option(
            names = "--state",
            paramLabel = "DIR",
            description = "Where the witness keeps what it cosigned and any split-view evidence (default: "
                    + "witness-state next to the key file).")
    Path stateDir;

    @Option(
            names = "--prefix",
            paramLabel = "PATH",
            defaultValue = "",
            description = "URL path prefix of the endpoints (default: none, e.g. /add-checkpoint).")
    String prefix;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help and exit.")
    boolean help;

    @Spec
    CommandSpec spec;

    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        WitnessServer server = open();
        PrintWriter out = spec.commandLine().getOut();
        out.println(server.witness().verifierKey().format());
        out.println("witness " + server.witness().verifierKey().name() + " listening on " + server.url()
                + "/add-checkpoint; witnessing "
                + String.join(", ", server.witness().logs().keySet()) + "; state in "
                + server.witness().state().directory());
        out.flush();
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            stopped.countDown();
                        },
                        "witness-shutdown"));
        stopped.await();
        return 0;
    }

    /** Loads the key and state and starts serving (what {@link #call()} does before it waits). */
    WitnessServer open() throws java.io.IOException {
        Map<String, List<NoteVerifierKey>> logs = parseLogs(logSpecs);
        WitnessKeyFile.Loaded key = WitnessKeyFile.loadOrCreate(keyFile, name);
        Path state = stateDir != null
                ? stateDir
                : keyFile.toAbsolutePath().normalize().resolveSibling("witness-state");
        WitnessState opened = WitnessState.open(state);
        try {
            Witness witness = new Witness(key.key(), logs, opened, Clock.systemUTC());
            return WitnessServer.start(witness, address(listen), prefix);
        } catch (java.io.IOException | RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    private InetSocketAddress address(String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        if (colon <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--listen must be HOST:PORT: " + hostPort);
        }
        String host = hostPort.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port;
        try {
            port = Integer.parseInt(hostPort.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--listen port is not a number: " + hostPort);
        }
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--listen port out of range: " + port);
        }
        return new InetSocketAddress(host, port);
    }

    /** {@code VKEY} (origin = the key's name) or {@code ORIGIN=VKEY}; the vkey's base64 may itself end in '='. */
    Map<String, List<NoteVerifierKey>> parseLogs(List<String> specs) {
        Map<String, List<NoteVerifierKey>> logs = new LinkedHashMap<>();
        for (String spec : specs) {
            String text = spec.strip();
            int plus = text.indexOf('+');
            int equals = text.indexOf('=');
            String origin = null;
            String vkey = text;
            if (equals > 0 && (plus < 0 || equals < plus)) {
                origin = text.substring(0, equals);
                vkey = text.substring(equals + 1);
            }
            NoteVerifierKey key;
            try {
                key = NoteVerifierKey.parse(vkey);
            } catch (NoteFormatException e) {
                throw new CommandLine.ParameterException(
                        this.spec.commandLine(), "--log " + spec + " is not a log verifier key: " + e.getMessage());
            }
            logs.computeIfAbsent(origin == null ? key.name() : origin, o -> new ArrayList<>())
                    .add(key);
        }
        return logs;
    }
}
