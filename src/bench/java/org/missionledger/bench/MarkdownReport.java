package org.missionledger.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The results as Markdown tables, one per scenario, for {@code docs/benchmarks.md}. */
final class MarkdownReport {

    private MarkdownReport() {}

    static String render(Report report) {
        StringBuilder md = new StringBuilder();
        md.append("Run ")
                .append(report.startedAt())
                .append(" → ")
                .append(report.finishedAt())
                .append("  \n");
        md.append("Machine: ")
                .append(report.machine().get("cpu"))
                .append(", ")
                .append(report.machine().get("cores"))
                .append(" cores, ")
                .append(report.machine().get("memoryMb"))
                .append(" MB; ")
                .append(report.machine().get("java"))
                .append("  \n");
        md.append("JVM flags: `").append(report.machine().get("jvmFlags")).append("`  \n");
        md.append("Store: ").append(report.store()).append("  \n");
        md.append("Arguments: `").append(String.join(" ", report.arguments())).append("`\n\n");
        Map<String, List<Row>> byScenario = new LinkedHashMap<>();
        for (Row row : report.rows()) {
            byScenario
                    .computeIfAbsent(row.scenario(), s -> new java.util.ArrayList<>())
                    .add(row);
        }
        for (Map.Entry<String, List<Row>> entry : byScenario.entrySet()) {
            md.append("#### ").append(entry.getKey()).append("\n\n");
            md.append(
                    "| row | engine | size | clients | rate, median [p25–p75] | p50 ms | p99 ms | baseline (same rounds)"
                            + " | ratio, median [min–max] | heap MB |\n");
            md.append("|---|---|---:|---:|---|---:|---:|---|---|---:|\n");
            for (Row row : entry.getValue()) {
                Measured s = row.subject();
                md.append("| ")
                        .append(row.name())
                        .append(" | ")
                        .append(row.engine())
                        .append(" | ")
                        .append(row.size() == 0 ? "–" : Targets.label(row.size()))
                        .append(" | ")
                        .append(row.clients())
                        .append(" | ")
                        .append(rate(s))
                        .append(" | ")
                        .append(String.format("%.2f", s.p50Ms()))
                        .append(" | ")
                        .append(String.format("%.2f", s.p99Ms()))
                        .append(" | ")
                        .append(
                                row.baseline() == null
                                        ? "–"
                                        : row.baseline().what() + ": "
                                                + String.format(
                                                        "%,.0f %s",
                                                        row.baseline().rate().median(),
                                                        row.baseline().unit()))
                        .append(" | ")
                        .append(
                                row.ratio() == null
                                        ? "–"
                                        : String.format(
                                                "%.0f %% [%.0f–%.0f]",
                                                row.ratio().median() * 100,
                                                row.ratio().min() * 100,
                                                row.ratio().max() * 100))
                        .append(" | ")
                        .append(String.format(
                                "%.0f", Double.isNaN(row.peakLiveHeapMb()) ? row.peakHeapMb() : row.peakLiveHeapMb()))
                        .append(s.errors() > 0 ? " (" + s.errors() + " failed: " + shorten(s.firstError()) + ")" : "")
                        .append(" |\n");
            }
            md.append('\n');
        }
        md.append("#### Targets\n\n| target | measured | met |\n|---|---|---|\n");
        for (Target target : report.targets()) {
            md.append("| ")
                    .append(target.target())
                    .append(" | ")
                    .append(target.measured())
                    .append(" | ")
                    .append(target.met() == null ? "n/a" : target.met() ? "yes" : "**no**")
                    .append(" |\n");
        }
        return md.toString();
    }

    private static String shorten(String error) {
        if (error == null) {
            return "";
        }
        String text = error.replace('|', '/');
        return text.length() <= 90 ? text : text.substring(0, 89) + "…";
    }

    private static String rate(Measured s) {
        String format = s.rate().median() < 100 ? "%,.1f %s [%,.1f–%,.1f]" : "%,.0f %s [%,.0f–%,.0f]";
        return String.format(
                format, s.rate().median(), s.unit(), s.rate().p25(), s.rate().p75());
    }
}
