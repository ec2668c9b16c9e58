package org.missionledger.bench;

/** What a row measures: each client's operation, created afresh for every round. */
@FunctionalInterface
interface Workload {

    Operation client(int client) throws Exception;

    /** Untimed preparation before each round (e.g. emptying a baseline collection). */
    default void beforeRound() {}

    /** Limits a baseline's round to {@code nanos} even when the paired subject's round is allowed to run longer. */
    static Workload timeBoxed(Workload workload, long nanos) {
        return client -> {
            Operation operation = workload.client(client);
            long[] deadline = {0};
            return () -> {
                long now = System.nanoTime();
                if (deadline[0] == 0) {
                    deadline[0] = now + nanos;
                } else if (now > deadline[0]) {
                    throw Operation.Done.INSTANCE;
                }
                operation.run();
            };
        };
    }
}
