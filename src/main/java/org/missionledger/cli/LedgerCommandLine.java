package org.missionledger.cli;

import com.mongodb.MongoSecurityException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import java.io.OutputStream;
import java.net.BindException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.missionledger.MissionLedgerApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * The {@code mission-ledger} command: the entry point of the jar. Without a subcommand it serves.
 *
 * <p>Adding a subcommand: write one class (extend {@link LedgerCommand} for anything that works on the ledger) and list
 * it in {@code subcommands} below (or under its parent, e.g. {@link ExportCommand}).
 */
@Command(
        name = "mission-ledger",
        mixinStandardHelpOptions = true,
        versionProvider = LedgerCommandLine.Version.class,
        description = {
            "Mission Ledger: an event-sourced, tamper-evident accountability ledger for government missions.",
            "Without a command, runs the server (see 'serve')."
        },
        subcommands = {
            ServeCommand.class,
            ImportCommand.class,
            ExportCommand.class,
            RebuildCommand.class,
            CheckCommand.class,
            KeysCommand.class,
            SourcesCommand.class,
            org.missionledger.ledger.verify.VerifyCommand.class,
            org.missionledger.ledger.witness.WitnessCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:failed (unexpected error, interrupted import)",
            "2:usage error (unknown command or option, bad argument)",
            "3:input refused (e.g. an import file with problems; nothing recorded)",
            "4:store unavailable (cannot reach MongoDB, data file in use, another ledger, a key that is not the"
                    + " ledger's)"
        },
        footer = {"%nApplication properties may be given as --name.of.property=value (e.g. --server.port=9090)."})
public final class LedgerCommandLine implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Unmatched
    List<String> properties = new ArrayList<>();

    @Spec
    CommandSpec spec;

    private final OutputStream stdout;
    private ConfigurableApplicationContext server;

    public LedgerCommandLine() {
        this(System.out);
    }

    /** @param stdout where commands write their output data (exports to standard output) */
    public LedgerCommandLine(OutputStream stdout) {
        this.stdout = stdout;
    }

    /** Runs the command line as the process does; answers the exit code (the server keeps running if it started). */
    public int execute(String... args) {
        return commandLine().execute(args);
    }

    /** The configured picocli command line: exit codes, error messages, case-insensitive enum values. */
    public CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(this);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExitCodeExceptionMapper(LedgerCommandLine::exitCode);
        commandLine.setExecutionStrategy(LedgerCommandLine::refuseUnknownCommand);
        commandLine.setExecutionExceptionHandler((exception, cl, parseResult) -> {
            cl.getErr().println("error: " + message(exception));
            if (parseResult.expandedArgs().contains("--verbose")
                    || parseResult.expandedArgs().contains("-v")) {
                exception.printStackTrace(cl.getErr());
            }
            cl.getErr().flush();
            return exitCode(exception);
        });
        return commandLine;
    }

    /** The server, when this run started one. */
    public Optional<ConfigurableApplicationContext> server() {
        return Optional.ofNullable(server);
    }

    OutputStream stdout() {
        return stdout;
    }

    /**
     * A word that names no command is refused before anything runs, including the help it may be followed by:
     * {@code mission-ledger frobnicate --help} is a usage error (exit 2), not the top-level help (exit 0). Application
     * properties ({@code --name=value}) are the only unmatched arguments the top level accepts.
     */
    private static int refuseUnknownCommand(CommandLine.ParseResult parseResult) {
        if (!parseResult.hasSubcommand()) {
            CommandLine top = parseResult.commandSpec().commandLine();
            parseResult.unmatched().stream()
                    .filter(arg -> !arg.startsWith("-"))
                    .findFirst()
                    .ifPresent(arg -> {
                        throw new CommandLine.ParameterException(
                                top,
                                "Unknown command: '" + arg + "' (commands: "
                                        + String.join(
                                                ", ",
                                                parseResult
                                                        .commandSpec()
                                                        .subcommands()
                                                        .keySet())
                                        + ")");
                    });
        }
        return new CommandLine.RunLast().execute(parseResult);
    }

    /** No subcommand: serve. */
    @Override
    public Integer call() {
        List<String> args = new ArrayList<>(LedgerCommand.springArguments(spec, properties));
        args.addAll(store.asArguments());
        return serve(args);
    }

    int serve(List<String> args) {
        List<String> all = new ArrayList<>(args);
        // a start-up failure is reported in one line by the caller (naming the problem and the fix), not as a
        // Spring Boot failure report with its stack trace; --verbose keeps those
        if (!args.contains("--verbose") && !args.contains("-v")) {
            all.add("--logging.level.org.springframework.boot.SpringApplication=OFF");
            all.add("--logging.level.org.springframework.boot.diagnostics=OFF");
            all.add("--logging.level.org.springframework.boot.autoconfigure.logging=OFF");
            all.add("--logging.level.org.springframework.boot.web.servlet.context"
                    + ".AnnotationConfigServletWebServerApplicationContext=ERROR");
            all.add("--logging.level.org.apache.catalina=OFF");
            all.add("--logging.level.org.apache.coyote=OFF");
        }
        server = SpringApplication.run(MissionLedgerApplication.class, all.toArray(String[]::new));
        return ExitCodes.OK;
    }

    static int exitCode(Throwable exception) {
        if (exception instanceof CommandLine.ParameterException) {
            return ExitCodes.USAGE;
        }
        if (startupProblem(exception) != null) {
            return ExitCodes.STORE_UNAVAILABLE;
        }
        return storeProblem(exception) != null ? ExitCodes.STORE_UNAVAILABLE : ExitCodes.FAILURE;
    }

    /** The cause that says the store is unusable, if that is what went wrong. */
    static Throwable storeProblem(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StoreUnavailableException
                    || t instanceof MongoTimeoutException
                    || t instanceof MongoSocketException
                    || t instanceof MongoSecurityException
                    || t instanceof BindException
                    || (t.getClass().getName().startsWith("org.h2.mvstore")
                            && String.valueOf(t.getMessage()).contains("locked"))) {
                return t;
            }
        }
        return null;
    }

    /** A start-up failure the operator can fix, whose message says what and how, if that is what went wrong. */
    static Throwable startupProblem(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.missionledger.platform.store.LedgerStartupException) {
                return t;
            }
            if (t instanceof org.springframework.boot.web.server.PortInUseException portInUse) {
                return new org.missionledger.platform.store.LedgerStartupException("Port " + portInUse.getPort()
                        + " is already in use; stop what listens there, or give another port (--server.port=PORT).");
            }
        }
        return null;
    }

    static String message(Throwable exception) {
        Throwable startup = startupProblem(exception);
        if (startup != null) {
            return startup.getMessage();
        }
        Throwable store = storeProblem(exception);
        if (store != null) {
            return store instanceof StoreUnavailableException
                    ? store.getMessage()
                    : "the store is unavailable: " + store.getMessage();
        }
        Throwable deepest = exception;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String text = deepest.getMessage() != null
                ? deepest.getMessage()
                : deepest.getClass().getSimpleName();
        return deepest == exception ? text : text + " (" + deepest.getClass().getSimpleName() + ")";
    }

    /** The jar's version, from its manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = MissionLedgerApplication.class.getPackage().getImplementationVersion();
            return new String[] {"Mission Ledger " + (version != null ? version : "(development build)")};
        }
    }
}
