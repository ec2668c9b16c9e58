package org.missionledger.exchange.api;

import java.util.List;

/**
 * The outcome of an import.
 *
 * @param file the file's name as given
 * @param outcome what happened
 * @param actor who recorded the new entries
 * @param records missions, indicators (or CSV rows) in the file
 * @param entries entries in the file (creation entries included)
 * @param recorded entries recorded by this import
 * @param alreadyImported entries skipped because an earlier import recorded them
 * @param problems every problem found; non-empty exactly when the outcome is {@link Outcome#REFUSED}
 */
public record ImportReport(
        String file,
        Outcome outcome,
        String actor,
        int records,
        int entries,
        int recorded,
        int alreadyImported,
        List<ImportProblem> problems) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    /** What an import did. */
    public enum Outcome {
        /** New entries were recorded. */
        RECORDED,
        /** Everything in the file had been imported before; nothing was recorded. */
        NOTHING_NEW,
        /** A check only (dry run): the file would import cleanly; nothing was recorded. */
        VALID,
        /** The file has problems; nothing from it was recorded. */
        REFUSED,
        /**
         * The file was valid, but recording stopped part-way (the store failed, or a concurrent change made a command
         * fail). The entries recorded so far stay recorded; importing the same file again continues where it stopped.
         */
        INTERRUPTED
    }

    public boolean refused() {
        return outcome == Outcome.REFUSED;
    }
}
