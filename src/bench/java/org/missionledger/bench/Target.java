package org.missionledger.bench;

/**
 * One of the targets, checked against this run's rows.
 *
 * @param target the target as the issue states it
 * @param measured what this run measured
 * @param met whether it holds (null when the run did not measure it)
 */
record Target(String target, String measured, Boolean met) {}
