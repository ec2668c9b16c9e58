package org.missionledger.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Measures rows: a warm-up, then rounds in which the baseline and the subject run back to back, so that the ratio of
 * each pair holds even when the machine is busy with other work.
 */
final class Measurements implements AutoCloseable {

    private final Runner runner = new Runner();
    private final List<Row> rows = new ArrayList<>();
    private final java.util.function.Consumer<Row> onRow;
    private long size;

    Measurements(java.util.function.Consumer<Row> onRow) {
        this.onRow = onRow;
    }

    /** The ledger size the next rows are measured at. */
    void size(long size) {
        this.size = size;
    }

    List<Row> rows() {
        return rows;
    }

    /** A side of a row: what it is, its unit, how many units one operation accounts for, and the workload. */
    record Side(String what, String unit, double unitsPerOp, Workload workload) {}

    /** Measures {@code subject} alone (a baseline row of its own). */
    Row single(
            String scenario,
            String name,
            String engine,
            int clients,
            Side subject,
            Settings settings,
            LongSupplier stored,
            String note)
            throws Exception {
        return paired(scenario, name, engine, clients, subject, null, settings, stored, note);
    }

    Row paired(
            String scenario,
            String name,
            String engine,
            int clients,
            Side subject,
            Side baseline,
            Settings settings,
            LongSupplier stored,
            String note)
            throws Exception {
        return paired(scenario, name, engine, clients, subject, baseline, settings, stored, () -> note);
    }

    /** As above, with a note written once the rounds are done (e.g. from what they found). */
    Row paired(
            String scenario,
            String name,
            String engine,
            int clients,
            Side subject,
            Side baseline,
            Settings settings,
            LongSupplier stored,
            java.util.function.Supplier<String> note)
            throws Exception {
        long before = stored.getAsLong();
        try (HeapWatch heap = HeapWatch.start()) {
            if (!settings.warmup().isZero()) {
                if (baseline != null) {
                    runner.round(baseline.workload(), clients, settings.warmup(), settings.maxOpsPerRound());
                }
                runner.round(subject.workload(), clients, settings.warmup(), settings.maxOpsPerRound());
            }
            List<Round> subjectRounds = new ArrayList<>();
            List<Round> baselineRounds = new ArrayList<>();
            double[] ratios = new double[settings.rounds()];
            for (int r = 0; r < settings.rounds(); r++) {
                Round b = null;
                if (baseline != null) {
                    b = runner.round(baseline.workload(), clients, settings.roundTime(), settings.maxOpsPerRound());
                    baselineRounds.add(b);
                }
                Round s = runner.round(subject.workload(), clients, settings.roundTime(), settings.maxOpsPerRound());
                subjectRounds.add(s);
                if (b != null) {
                    ratios[r] = (s.opsPerSecond() * subject.unitsPerOp()) / (b.opsPerSecond() * baseline.unitsPerOp());
                }
            }
            Row row = new Row(
                    scenario,
                    name,
                    engine,
                    size,
                    before,
                    stored.getAsLong(),
                    clients,
                    summarise(subject, subjectRounds),
                    baseline == null ? null : summarise(baseline, baselineRounds),
                    baseline == null ? null : Stats.of(ratios),
                    heap.peakUsedMb(),
                    heap.peakLiveMb(),
                    note.get());
            rows.add(row);
            onRow.accept(row);
            return row;
        }
    }

    /** Records a row measured elsewhere (e.g. a figure computed from two other rows). */
    void add(Row row) {
        rows.add(row);
        onRow.accept(row);
    }

    private static Measured summarise(Side side, List<Round> rounds) {
        double[] rates = new double[rounds.size()];
        Latencies latencies = new Latencies();
        long ops = 0;
        long errors = 0;
        String firstError = null;
        for (int i = 0; i < rounds.size(); i++) {
            Round round = rounds.get(i);
            rates[i] = round.opsPerSecond() * side.unitsPerOp();
            latencies.addAll(round.latencies());
            ops += round.ops();
            errors += round.errors();
            if (firstError == null) {
                firstError = round.firstError();
            }
        }
        return new Measured(
                side.what(),
                side.unit(),
                Stats.of(rates),
                latencies.quantileMillis(0.5),
                latencies.quantileMillis(0.99),
                ops,
                errors,
                firstError);
    }

    @Override
    public void close() {
        runner.close();
    }
}
