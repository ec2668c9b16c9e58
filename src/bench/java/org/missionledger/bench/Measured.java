package org.missionledger.bench;

/**
 * One side of a row (the subject or its baseline) over all its rounds.
 *
 * @param what what was measured, e.g. {@code insertOne 1 KB}
 * @param unit the unit of {@code rate}, e.g. {@code ops/s}
 * @param rate units per second: median and spread over the rounds
 * @param p50Ms median latency of one operation, over all rounds
 * @param p99Ms 99th percentile latency of one operation, over all rounds
 * @param ops operations completed over all rounds
 * @param errors operations that threw
 * @param firstError the first error, or null
 */
record Measured(
        String what, String unit, Stats rate, double p50Ms, double p99Ms, long ops, long errors, String firstError) {}
