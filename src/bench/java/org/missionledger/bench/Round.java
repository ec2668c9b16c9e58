package org.missionledger.bench;

/**
 * What one round of one workload did.
 *
 * @param ops operations completed
 * @param elapsedNanos wall time from the start signal until the last client stopped
 * @param latencies every completed operation's latency
 * @param errors operations that threw
 * @param firstError the first error's description, or null
 */
record Round(long ops, long elapsedNanos, Latencies latencies, long errors, String firstError) {

    double opsPerSecond() {
        return elapsedNanos == 0 ? 0 : ops * 1e9 / elapsedNanos;
    }
}
