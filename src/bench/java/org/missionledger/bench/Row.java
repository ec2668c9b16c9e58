package org.missionledger.bench;

/**
 * One line of the results: a subject measured in rounds, each round paired with a round of its baseline.
 *
 * @param scenario the scenario, e.g. {@code append}
 * @param name the row's name, e.g. {@code existing aggregate}
 * @param engine {@code global-index}, {@code stock} or {@code driver}
 * @param size the ledger size the row was prepared at (events already stored; 0 for raw rows)
 * @param storedBefore events (or documents) stored when the row started
 * @param storedAfter events stored when it ended
 * @param clients concurrent clients
 * @param subject the measured figures
 * @param baseline the baseline's figures from the same rounds, or null for baselines themselves
 * @param ratio subject ÷ baseline, per round pair
 * @param peakHeapMb the highest heap use sampled in this JVM during the row
 * @param peakLiveHeapMb the highest heap use right after a garbage collection during the row (NaN if none ran)
 * @param note how to read the row
 */
record Row(
        String scenario,
        String name,
        String engine,
        long size,
        long storedBefore,
        long storedAfter,
        int clients,
        Measured subject,
        Measured baseline,
        Stats ratio,
        double peakHeapMb,
        double peakLiveHeapMb,
        String note) {}
