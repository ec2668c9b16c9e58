package org.missionledger.ledger.verify;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress of long reads: a bar on an interactive terminal, nothing otherwise. */
interface Progress {

    /** A task in progress. */
    interface Task extends AutoCloseable {
        /** Sets the work done so far. */
        void update(long done);

        @Override
        void close();
    }

    /** Starts a task of {@code total} units (-1 if unknown). */
    Task start(String name, long total, String unit);

    /** No progress output. */
    Progress NONE = (name, total, unit) -> new Task() {
        @Override
        public void update(long done) {}

        @Override
        public void close() {}
    };

    /**
     * A progress bar on {@code out} for tasks of at least {@code threshold} units, if the process has a terminal;
     * otherwise {@link #NONE}.
     */
    static Progress console(PrintStream out, long threshold) {
        if (!stderrIsTerminal()) {
            return NONE;
        }
        return (name, total, unit) -> {
            if (total >= 0 && total < threshold) {
                return NONE.start(name, total, unit);
            }
            ProgressBarBuilder builder = new ProgressBarBuilder()
                    .setTaskName(name)
                    .setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(out))
                    .setUpdateIntervalMillis(250)
                    .showSpeed();
            if ("bytes".equals(unit)) {
                builder.setUnit(" MiB", 1 << 20);
            } else {
                builder.setUnit(" " + unit, 1);
            }
            ProgressBar bar = builder.build();
            return new Task() {
                @Override
                public void update(long done) {
                    bar.stepTo(done);
                }

                @Override
                public void close() {
                    bar.close();
                }
            };
        };
    }

    /**
     * Whether standard error is a terminal (where the bar is drawn), even when standard output is redirected to a file
     * ({@link System#console()} is {@code null} then). Linux tells through {@code /proc}; elsewhere the console decides.
     */
    static boolean stderrIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        try {
            if (Files.isSymbolicLink(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // fall through
        }
        return System.console() != null;
    }
}
