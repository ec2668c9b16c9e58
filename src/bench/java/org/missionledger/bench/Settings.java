package org.missionledger.bench;

import java.time.Duration;

/**
 * How long and how often each row is measured.
 *
 * @param warmup untimed warm-up of the subject and of its baseline before the rounds
 * @param rounds measured rounds; each is a baseline round followed by a subject round
 * @param roundTime the time box of one round
 * @param maxOpsPerRound the operation box of one round
 */
record Settings(Duration warmup, int rounds, Duration roundTime, long maxOpsPerRound) {}
