/**
 * The benchmark harness ({@code bench}): raw driver baselines, commands through the real command gateway, growth
 * with a million stored events, tracking replay, and Axon's stock Mongo engine as the peer, each measured in rounds
 * paired with its baseline in the same run. See {@code docs/benchmarks.md}.
 */
package org.missionledger.bench;
