package org.missionledger.bench;

/** One client's unit of work, called repeatedly within a round and timed one call at a time. */
@FunctionalInterface
interface Operation {

    void run() throws Exception;

    /** Thrown by an operation when it has nothing left to do (e.g. a replay reached the end). */
    final class Done extends RuntimeException {
        static final Done INSTANCE = new Done();

        private Done() {
            super("done", null, false, false);
        }
    }
}
