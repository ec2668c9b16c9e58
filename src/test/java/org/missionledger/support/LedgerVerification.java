package org.missionledger.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.missionledger.ledger.verify.VerifyCommand;
import picocli.CommandLine;

/** The transparency log as a black box, for tests that run the application in a process of its own. */
public final class LedgerVerification {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private LedgerVerification() {}

    /** The output of one run of the {@code verify} command. */
    public record Run(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n" + out + err;
        }
    }

    /** Runs the {@code verify} command, exactly as {@code java -jar mission-ledger.jar verify ARGS} would. */
    public static Run verify(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new VerifyCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(List.of(args).toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    /**
     * Waits until the log has a leaf for every event in the store (its last sequenced global index is the store's
     * head), then has an ADMIN sign a checkpoint, and returns it as served.
     *
     * @param http a client signed in as an ADMIN (the test admin, as {@code new Http(port)} is)
     */
    public static String awaitCaughtUpAndSign(Http http) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        JsonNode log = null;
        long head = -1;
        while (System.nanoTime() < deadline) {
            head = http.get("/api/admin/projections").json().get("head").asLong();
            log = http.get("/api/ledger").json();
            if (log.get("lastGlobalIndex").asLong() == head) {
                Http.Response signed = http.post("/api/admin/ledger/checkpoint", "");
                assertThat(signed.status()).as(signed.body()).isIn(200, 201);
                Http.Response checkpoint = http.get("/api/ledger/checkpoint");
                assertThat(checkpoint.status()).isEqualTo(200);
                return checkpoint.body();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("The transparency log did not catch up with head " + head + ": " + log);
    }
}
