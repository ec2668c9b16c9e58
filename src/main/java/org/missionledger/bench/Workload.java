package org.missionledger.bench;

/** What a row measures: each client's operation, created afresh for every round. */
@FunctionalInterface
interface Workload {

    Operation client(int client) throws Exception;

    /** Untimed preparation before each round (e.g. emptying a baseline collection). */
    default void beforeRound() {}
}
