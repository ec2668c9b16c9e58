package org.missionledger.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Checks the targets against the rows of one run. */
final class Targets {

    static final String NEW = "new aggregate (DeclareMission)";
    static final String EXISTING = "existing aggregate (cache as configured)";
    static final String COLD = "existing aggregate, loaded from the store";
    static final String REPLAY = "tracking replay from the tail";

    private final List<Row> rows;
    private final List<Target> targets = new ArrayList<>();

    private Targets(List<Row> rows) {
        this.rows = rows;
    }

    static List<Target> check(List<Row> rows, List<Long> sizes, boolean forkedStore) {
        Targets t = new Targets(rows);
        long first = sizes.get(0);
        long last = sizes.get(sizes.size() - 1);
        for (Row row :
                t.select(r -> r.engine().equals("global-index") && r.name().equals(EXISTING) && t.level(r) == first)) {
            t.ratioAtLeast(
                    "append to an existing aggregate ≥ 50 % of raw insertOne (" + row.clients() + " clients)",
                    row,
                    0.5);
        }
        for (Row row :
                t.select(r -> r.engine().equals("global-index") && r.name().equals(COLD) && t.level(r) == first)) {
            t.ratioAtLeast(
                    "append to an existing aggregate loaded from the store ≥ 50 % of raw insertOne (" + row.clients()
                            + " clients)",
                    row,
                    0.5);
        }
        for (Row row :
                t.select(r -> r.engine().equals("global-index") && r.name().equals(NEW) && t.level(r) == first)) {
            t.ratioAtLeast("new-aggregate commands ≥ 70 % of raw insertOne (" + row.clients() + " clients)", row, 0.7);
        }
        if (first != last) {
            for (String name : List.of(NEW, EXISTING, COLD)) {
                for (Row small : t.select(
                        r -> r.engine().equals("global-index") && r.name().equals(name) && t.level(r) == first)) {
                    t.find(r -> r.engine().equals("global-index")
                                    && r.name().equals(name)
                                    && t.level(r) == last
                                    && r.clients() == small.clients())
                            .ifPresent(large -> {
                                double normalised =
                                        small.ratio().median() / large.ratio().median();
                                double p50 = large.subject().p50Ms()
                                        / small.subject().p50Ms();
                                t.targets.add(new Target(
                                        "growth: " + name + ", " + small.clients() + " clients: cost at " + label(last)
                                                + " within 1.25× of " + label(first),
                                        String.format(
                                                "%.2f× (throughput relative to raw insertOne); p50 latency %.2f×",
                                                normalised, p50),
                                        normalised <= 1.25));
                            });
                }
            }
        }
        for (Row replay :
                t.select(r -> r.engine().equals("global-index") && r.name().equals(REPLAY))) {
            t.ratioAtLeast("replay at " + label(t.level(replay)) + " ≥ 50 % of the raw point-read rate", replay, 0.5);
            t.find(r -> r.engine().equals("stock") && r.name().equals(REPLAY) && t.level(r) == t.level(replay))
                    .ifPresent(stock -> t.timesAtLeast(
                            "replay at " + label(t.level(replay)) + " ≥ 20× the stock engine's", replay, stock, 20));
        }
        for (String name : List.of(EXISTING, COLD)) {
            for (Row ours :
                    t.select(r -> r.engine().equals("global-index") && r.name().equals(name) && t.level(r) == last)) {
                t.find(r -> r.engine().equals("stock")
                                && r.name().equals(name)
                                && t.level(r) == last
                                && r.clients() == ours.clients())
                        .ifPresent(stock -> t.timesAtLeast(
                                name + " at " + label(last) + ", " + ours.clients() + " clients ≥ 10× the stock engine",
                                ours,
                                stock,
                                10));
            }
        }
        t.readSide();
        double peakLive = rows.stream()
                .mapToDouble(Row::peakLiveHeapMb)
                .filter(v -> !Double.isNaN(v))
                .max()
                .orElse(Double.NaN);
        double peakUsed = rows.stream().mapToDouble(Row::peakHeapMb).max().orElse(Double.NaN);
        t.targets.add(new Target(
                "heap under 512 MB in every scenario (the in-memory backend's own data excluded)",
                String.format(
                        "peak live heap (after GC) %.0f MB, peak sampled use %.0f MB%s",
                        peakLive,
                        peakUsed,
                        forkedStore ? "; the store runs in its own JVM" : "; the store shares this JVM's heap"),
                Double.isNaN(peakLive) ? null : peakLive < 512));
        return t.targets;
    }

    /** (d) projection rebuilds against raw point reads, (e) query p99 and its independence of the ledger's size. */
    private void readSide() {
        for (Row rebuild : select(r -> r.name().startsWith(ReadSideScenario.REBUILD))) {
            ratioAtLeast(
                    "rebuild of every projection at " + label(rebuild.size()) + " events ≥ 50 % of the raw point-read"
                            + " rate",
                    rebuild,
                    0.5);
        }
        List<String> queries = List.of(
                ReadSideScenario.ACCOUNTABILITY,
                ReadSideScenario.TIME_TRAVEL,
                ReadSideScenario.CHANGES_MISSION,
                ReadSideScenario.CHANGES_KIND);
        for (String query : queries) {
            List<Row> sized =
                    select(r -> r.scenario().equals("queries") && r.name().startsWith(query));
            for (Row row : sized) {
                targets.add(new Target(
                        row.name() + ": p99 under 20 ms",
                        String.format(
                                "p99 %.2f ms, p50 %.2f ms (%,.0f queries/s; raw point read p99 %.2f ms)",
                                row.subject().p99Ms(),
                                row.subject().p50Ms(),
                                row.subject().rate().median(),
                                row.baseline().p99Ms()),
                        row.subject().p99Ms() < 20));
            }
            if (sized.size() >= 2) {
                Row small = sized.get(0);
                Row large = sized.get(sized.size() - 1);
                double p50 = large.subject().p50Ms() / small.subject().p50Ms();
                double p99 = large.subject().p99Ms() / small.subject().p99Ms();
                targets.add(new Target(
                        query + ": cost at " + label(large.size()) + " events within 1.25× of " + label(small.size()),
                        String.format("p50 %.2f×, p99 %.2f×", p50, p99),
                        p50 <= 1.25));
            }
        }
    }

    static String label(long size) {
        if (size >= 1_000_000 && size % 1_000_000 == 0) {
            return (size / 1_000_000) + "M";
        }
        if (size >= 1_000 && size % 1_000 == 0) {
            return (size / 1_000) + "k";
        }
        return Long.toString(size);
    }

    private long level(Row row) {
        return row.size();
    }

    private List<Row> select(Predicate<Row> predicate) {
        return rows.stream().filter(predicate).toList();
    }

    private Optional<Row> find(Predicate<Row> predicate) {
        return rows.stream().filter(predicate).findFirst();
    }

    private void ratioAtLeast(String target, Row row, double threshold) {
        targets.add(new Target(
                target,
                String.format(
                        "%.0f %% (median of %d paired rounds, %.0f–%.0f %%)",
                        row.ratio().median() * 100,
                        row.ratio().rounds(),
                        row.ratio().min() * 100,
                        row.ratio().max() * 100),
                row.ratio().median() >= threshold));
    }

    private void timesAtLeast(String target, Row ours, Row stock, double times) {
        double factor = ours.subject().rate().median() / stock.subject().rate().median();
        targets.add(new Target(
                target,
                String.format(
                        "%.1f× (%,.0f vs %,.1f %s)",
                        factor,
                        ours.subject().rate().median(),
                        stock.subject().rate().median(),
                        ours.subject().unit()),
                factor >= times));
    }
}
