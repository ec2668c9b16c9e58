package org.missionledger.bench;

import java.util.Arrays;

/**
 * Median and spread of one figure over repeated rounds.
 *
 * @param median the median round
 * @param p25 the lower quartile (linear interpolation)
 * @param p75 the upper quartile
 * @param min the worst round
 * @param max the best round
 * @param rounds how many rounds
 */
record Stats(double median, double p25, double p75, double min, double max, int rounds) {

    static Stats of(double[] values) {
        if (values.length == 0) {
            return new Stats(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Stats(
                quantile(sorted, 0.5),
                quantile(sorted, 0.25),
                quantile(sorted, 0.75),
                sorted[0],
                sorted[sorted.length - 1],
                sorted.length);
    }

    private static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int lower = (int) Math.floor(position);
        int upper = (int) Math.ceil(position);
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
    }
}
