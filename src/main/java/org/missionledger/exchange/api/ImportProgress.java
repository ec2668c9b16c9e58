package org.missionledger.exchange.api;

/** Hears how far a long import or export has got (the command line draws a progress bar). */
public interface ImportProgress {

    ImportProgress NONE = new ImportProgress() {};

    /** A phase begins; {@code total} is in the phase's unit (bytes read, events written), or -1 if unknown. */
    default void begin(String phase, long total) {}

    /** The phase has done {@code done} units so far. */
    default void advance(long done) {}

    /** The phase is complete. */
    default void end() {}
}
