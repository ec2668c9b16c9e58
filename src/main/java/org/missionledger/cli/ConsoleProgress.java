package org.missionledger.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.missionledger.exchange.api.ImportProgress;

/** A progress bar on standard error, drawn only when a person is watching (a terminal) and not asked to be quiet. */
final class ConsoleProgress implements ImportProgress {

    private final PrintStream err;
    private final String unit;
    private final long unitSize;
    private ProgressBar bar;

    private ConsoleProgress(PrintStream err, String unit, long unitSize) {
        this.err = err;
        this.unit = unit;
        this.unitSize = unitSize;
    }

    /** A bar counting bytes (imports) or items (exports, {@code unitSize} 1), or nothing when not on a terminal. */
    static ImportProgress forTerminal(boolean quiet, String unit, long unitSize) {
        if (quiet || System.console() == null) {
            return ImportProgress.NONE;
        }
        return new ConsoleProgress(System.err, unit, unitSize);
    }

    @Override
    public void begin(String phase, long total) {
        end();
        bar = new ProgressBarBuilder()
                .setTaskName(phase)
                .setInitialMax(total)
                .setUnit(unit, unitSize)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(200)
                .showSpeed()
                .setConsumer(new ConsoleProgressBarConsumer(err))
                .build();
    }

    @Override
    public void advance(long done) {
        if (bar != null) {
            bar.stepTo(done);
        }
    }

    @Override
    public void end() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
