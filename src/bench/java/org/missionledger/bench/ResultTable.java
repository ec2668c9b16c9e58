package org.missionledger.bench;

import java.io.PrintStream;
import java.util.List;

/** Prints rows and targets as plain-text tables. */
final class ResultTable {

    private ResultTable() {}

    static String header() {
        return String.format(
                "%-9s %-44s %-12s %6s %3s | %-26s %8s %8s | %-24s %-14s | %-18s | %6s",
                "scenario",
                "row",
                "engine",
                "size",
                "cl",
                "rate: median [p25–p75]",
                "p50 ms",
                "p99 ms",
                "baseline",
                "baseline rate",
                "ratio [min–max]",
                "heap");
    }

    static String line(Row row) {
        Measured s = row.subject();
        String rate = String.format(
                "%,.0f %s [%,.0f–%,.0f]",
                s.rate().median(), s.unit(), s.rate().p25(), s.rate().p75());
        if (s.rate().median() < 100) {
            rate = String.format(
                    "%,.1f %s [%,.1f–%,.1f]",
                    s.rate().median(), s.unit(), s.rate().p25(), s.rate().p75());
        }
        String baseline = row.baseline() == null ? "-" : row.baseline().what();
        String baselineRate = row.baseline() == null
                ? "-"
                : String.format(
                        "%,.0f %s",
                        row.baseline().rate().median(), row.baseline().unit());
        String ratio = row.ratio() == null
                ? "-"
                : String.format(
                        "%.0f%% [%.0f–%.0f]",
                        row.ratio().median() * 100,
                        row.ratio().min() * 100,
                        row.ratio().max() * 100);
        String errors = s.errors() > 0 ? "  ERRORS " + s.errors() + ": " + s.firstError() : "";
        return String.format(
                "%-9s %-44s %-12s %6s %3d | %-26s %8.2f %8.2f | %-24s %-14s | %-18s | %6.0f%s",
                row.scenario(),
                trim(row.name(), 44),
                row.engine(),
                row.size() == 0 ? "-" : Targets.label(row.size()),
                row.clients(),
                rate,
                s.p50Ms(),
                s.p99Ms(),
                trim(baseline, 24),
                baselineRate,
                ratio,
                Double.isNaN(row.peakLiveHeapMb()) ? row.peakHeapMb() : row.peakLiveHeapMb(),
                errors);
    }

    static void print(PrintStream out, List<Row> rows, List<Target> targets) {
        out.println();
        out.println(header());
        for (Row row : rows) {
            out.println(line(row));
        }
        out.println("(heap = peak live heap after GC in this JVM, MB; sampled peak use where no GC ran)");
        out.println();
        out.println("Targets:");
        for (Target target : targets) {
            String verdict = target.met() == null ? "n/a " : target.met() ? "MET " : "MISS";
            out.printf("  %s  %s: %s%n", verdict, target.target(), target.measured());
        }
    }

    private static String trim(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
