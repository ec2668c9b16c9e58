package org.missionledger.ledger.verify;

import java.io.PrintStream;
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
        public void update(long done) {
        }

        @Override
        public void close() {
        }
    };

    /**
     * A progress bar on {@code out} for tasks of at least {@code threshold} units, if the process has a terminal;
     * otherwise {@link #NONE}.
     */
    static Progress console(PrintStream out, long threshold) {
        if (System.console() == null) {
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
}
