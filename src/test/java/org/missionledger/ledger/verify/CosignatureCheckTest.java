package org.missionledger.ledger.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionledger.ledger.note.Checkpoint;
import org.missionledger.ledger.note.NoteSignature;
import org.missionledger.ledger.note.SignedNote;
import org.missionledger.ledger.witness.CosignerKey;
import picocli.CommandLine;

/** verify's witness step: cosignatures per checkpoint, the quorum on the largest, forged lines, forks with notes. */
class CosignatureCheckTest {

    @TempDir
    Path dir;

    final CosignerKey w1 = CosignerKey.generate("one.example/w");
    final CosignerKey w2 = CosignerKey.generate("two.example/w");

    record Run(int exit, String out) {}

    Run run(List<String> args) {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new VerifyCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(out));
        int exit = cli.execute(args.toArray(String[]::new));
        return new Run(exit, out.toString());
    }

    String cosigned(SyntheticLog log, int size, CosignerKey... witnesses) {
        SignedNote note = SignedNote.parse(readString(log.checkpoint(size)));
        List<NoteSignature> signatures = new ArrayList<>(note.signatures());
        for (CosignerKey witness : witnesses) {
            signatures.add(witness.cosign(note.text(), 1_780_000_000L));
        }
        return new SignedNote(note.text(), signatures).format();
    }

    static String readString(Path path) {
        try {
            return java.nio.file.Files.readString(path);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    List<String> args(SyntheticLog log, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--no-progress",
                "--key",
                log.keyFile().toString(),
                "--events",
                log.export("events.jsonl", log.events).toString()));
        args.addAll(List.of(extra));
        return args;
    }

    @Test
    void theQuorumIsAskedOfTheLargestCheckpointAndEachOneSaysWhoVouched() {
        SyntheticLog log = new SyntheticLog(dir, 30);
        Path small = log.write("small.txt", cosigned(log, 10)); // saved before any witness
        Path large = log.write("large.txt", cosigned(log, 30, w1, w2));

        Run run = run(args(
                log,
                "--checkpoint",
                small.toString(),
                "--checkpoint",
                large.toString(),
                "--witness-key",
                w1.verifierKey().format(),
                "--witness-key",
                w2.verifierKey().format(),
                "--witnesses-required",
                "2"));

        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out())
                .contains("size 10        " + small + ": cosigned by no trusted witness; not by one.example/w, "
                        + "two.example/w")
                .contains("size 30        " + large + ": cosigned by one.example/w (2026-05-28T")
                .contains("2 of 2 trusted witness(es) cosigned the largest checkpoint (size 30");
    }

    @Test
    void aForgedCosignatureByATrustedWitnessFails() {
        SyntheticLog log = new SyntheticLog(dir, 12);
        SignedNote note = SignedNote.parse(cosigned(log, 12, w1));
        NoteSignature real = note.signatures().get(1);
        byte[] bytes = real.signature();
        bytes[20] ^= 1;
        Path forged = log.write(
                "forged.txt",
                new SignedNote(
                                note.text(),
                                List.of(note.signatures().get(0), new NoteSignature(real.name(), real.keyId(), bytes)))
                        .format());

        Run run = run(args(
                log,
                "--checkpoint",
                forged.toString(),
                "--witness-key",
                w1.verifierKey().format()));

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("cosignature by one.example/w+").contains("does not verify");
    }

    @Test
    void twoCheckpointsOfOneSizeWithDifferentRootsAreAForkPrintedWithBothNotes() {
        SyntheticLog log = new SyntheticLog(dir, 12);
        Path real = log.checkpoint(12);
        String other = new Checkpoint(SyntheticLog.ORIGIN, 12, new byte[32])
                .sign(SyntheticLog.KEY)
                .format();
        Path forged = log.write("forged.txt", other);

        Run run = run(args(log, "--checkpoint", real.toString(), "--checkpoint", forged.toString()));

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("Split view", "FORK of " + SyntheticLog.ORIGIN + " at size 12");
        for (String line : (readString(real) + other).split("\n")) {
            if (!line.isBlank()) {
                assertThat(run.out()).contains(line);
            }
        }
    }
}
