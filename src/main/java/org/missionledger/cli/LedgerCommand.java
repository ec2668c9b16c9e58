package org.missionledger.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * A subcommand that works on the ledger: it starts the application without the web server, runs, and stops it. A new
 * subcommand extends this, implements {@link #run(LedgerContext)}, and is listed in its parent's {@code subcommands}.
 *
 * <p>Any {@code --spring.property=value} argument (a dotted name with a value) is handed to the application, as for
 * the server.
 */
public abstract class LedgerCommand implements Callable<Integer> {

    private static final Pattern PROPERTY = Pattern.compile("--[A-Za-z0-9_-]+(\\.[A-Za-z0-9_\\[\\]-]+)+=.*");

    @Mixin
    StoreOptions store;

    @Unmatched
    List<String> properties = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        List<String> args = new ArrayList<>(springArguments(spec, properties));
        check();
        args.addAll(store.asArguments());
        args.add("--spring.main.web-application-type=none");
        args.add("--missionledger.demo.enabled=false");
        if (!store.verbose) {
            args.add("--logging.level.root=ERROR"); // framework chatter stays out of the command's output
            args.add("--logging.level.org.missionledger=WARN");
            args.add("--logging.level.de.bwaldvogel.mongo=ERROR"); // set to WARN in application.yml
            args.add("--logging.level.org.mongodb.driver=ERROR");
            args.add("--logging.level.org.axonframework.eventhandling.pooled=ERROR");
        }
        // a command that works through a server stops its own start-up on purpose: no log line for that
        args.add("--logging.level.org.springframework.boot.SpringApplication=OFF");
        PrintStream stdout = System.out;
        System.setOut(System.err); // the application logs to "standard output": keep that off the command's output
        LedgerContext context;
        try {
            context = LedgerContext.start(args, err(), access(), store);
        } catch (LedgerContext.ThroughServer through) {
            System.setOut(stdout);
            return runThrough(through.server);
        } catch (RuntimeException e) {
            System.setOut(stdout);
            throw e;
        }
        try (context) {
            return run(context);
        } finally {
            System.setOut(stdout);
        }
    }

    /**
     * What the command needs: {@link StoreGuard.Access#READ} by default — never a writer lease, a sequencer, a
     * projection or a signer. Commands that record or rebuild answer {@link StoreGuard.Access#WRITE}.
     */
    StoreGuard.Access access() {
        return StoreGuard.Access.READ;
    }

    /** Does the work through the server that holds the ledger (commands whose access is not READ). */
    protected int runThrough(ServerClient server) throws Exception {
        throw new StoreUnavailableException("A server holds the ledger at " + server.url() + "; stop it to run this.");
    }

    /** Checks the arguments before anything starts; throw a {@link CommandLine.ParameterException} for usage errors. */
    protected void check() {}

    /** Does the work; answers the exit code. */
    protected abstract int run(LedgerContext context) throws Exception;

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** The root command (for the process's standard output stream). */
    protected LedgerCommandLine root() {
        return (LedgerCommandLine) spec.root().userObject();
    }

    /** Checks that unmatched arguments are Spring properties; anything else is a usage error. */
    static List<String> springArguments(CommandSpec spec, List<String> unmatched) {
        for (String arg : unmatched) {
            if (!PROPERTY.matcher(arg).matches()) {
                String message = arg.startsWith("-")
                        ? "Unknown option: '" + arg
                                + "' (application properties take the form --name.of.property=value)"
                        : "Unexpected argument: '" + arg + "'";
                throw new CommandLine.ParameterException(spec.commandLine(), message);
            }
        }
        return unmatched;
    }
}
