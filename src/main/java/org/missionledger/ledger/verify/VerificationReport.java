package org.missionledger.ledger.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.missionledger.ledger.log.EventLeaf;
import org.missionledger.ledger.note.Checkpoint;
import org.missionledger.ledger.note.NoteVerifierKey;

/** The outcome of a verification: what was checked, every failure, and a human-readable rendering. */
public final class VerificationReport {

    /** The verdict on one checkpoint. */
    public static final class CheckpointResult {
        private final String name;
        private final Checkpoint checkpoint;
        private final String signer;
        private final String problem;
        private Boolean matches;
        private byte[] historyRoot;
        private boolean beyond;

        CheckpointResult(String name, Checkpoint checkpoint, String signer, String problem) {
            this.name = name;
            this.checkpoint = checkpoint;
            this.signer = signer;
            this.problem = problem;
        }

        void compared(byte[] root, boolean equal) {
            this.historyRoot = root;
            this.matches = equal;
        }

        void beyond() {
            this.beyond = true;
            this.matches = false;
        }

        /** Where the checkpoint came from. */
        public String name() {
            return name;
        }

        /** The checkpoint, or {@code null} if it could not be parsed. */
        public Checkpoint checkpoint() {
            return checkpoint;
        }

        /** Why the checkpoint itself is bad (signature, format), or {@code null}. */
        public String problem() {
            return problem;
        }

        /** Whether the history reproduces its root; {@code null} if not compared. */
        public Boolean matches() {
            return matches;
        }

        /** Whether it commits to more events than the history has. */
        public boolean isBeyondHistory() {
            return beyond;
        }

        /** Whether this checkpoint verified: valid signature and reproduced by the history. */
        public boolean ok() {
            return problem == null && Boolean.TRUE.equals(matches);
        }
    }

    private final String historyName;
    private final List<NoteVerifierKey> keys;
    private final List<String> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> checks = new ArrayList<>();
    private final java.util.Map<String, List<String>> sections = new java.util.LinkedHashMap<>();
    private List<CheckpointResult> checkpoints = List.of();
    private long historySize;
    private byte[] historyRoot;
    private long lastGood;
    private CheckpointResult lastGoodCheckpoint;
    private CheckpointResult firstBad;
    private String evidenceName;
    private long authenticated;
    private long compared;
    private HistoryComparison comparison;
    private List<Finding> findings = List.of();
    private List<String> suspects = List.of();
    private java.util.Map<String, List<ModifiedValues.Change>> modifiedValues = java.util.Map.of();

    VerificationReport(String historyName, List<NoteVerifierKey> keys) {
        this.historyName = historyName;
        this.keys = List.copyOf(keys);
    }

    void checkpoints(List<CheckpointResult> results) {
        List<CheckpointResult> sorted = new ArrayList<>(results);
        sorted.sort(java.util.Comparator.comparingLong((CheckpointResult r) ->
                        r.checkpoint() == null ? Long.MAX_VALUE : r.checkpoint().size())
                .thenComparing(CheckpointResult::name));
        this.checkpoints = sorted;
    }

    void history(long size, byte[] root) {
        this.historySize = size;
        this.historyRoot = root;
    }

    void problem(String problem) {
        problems.add(problem);
    }

    void note(String note) {
        notes.add(note);
    }

    void rootsOnly(long lastGood, CheckpointResult lastGoodCheckpoint, CheckpointResult firstBad) {
        this.lastGood = lastGood;
        this.lastGoodCheckpoint = lastGoodCheckpoint;
        this.firstBad = firstBad;
    }

    void evidence(
            String name, long authenticated, long compared, HistoryComparison comparison, List<Finding> findings) {
        this.evidenceName = name;
        this.authenticated = authenticated;
        this.compared = compared;
        this.comparison = comparison;
        this.findings = List.copyOf(findings);
    }

    boolean hasEvidenceComparison() {
        return comparison != null;
    }

    /** The old and new values of the modified events' fields, by event id (from a trusted events export). */
    void modifiedValues(java.util.Map<String, List<ModifiedValues.Change>> values) {
        this.modifiedValues = java.util.Map.copyOf(values);
    }

    /** The old and new values of each modified event's fields, by event id (empty without a trusted export). */
    public java.util.Map<String, List<ModifiedValues.Change>> modifiedValues() {
        return modifiedValues;
    }

    void suspects(List<String> suspects) {
        this.suspects = List.copyOf(suspects);
    }

    /**
     * Adds the result of an additional check (the live mode's audits of the store).
     *
     * @param ok whether it passed; a failed check fails the verification
     * @param line what was checked and found
     */
    public void check(boolean ok, String line) {
        checks.add((ok ? "OK    " : "FAIL  ") + line);
        if (!ok) {
            problems.add(line);
        }
    }

    /**
     * Adds a section of its own to the report (e.g. the witnesses' cosignatures), rendered before the notes.
     *
     * @param title the section's heading
     * @param lines its lines
     */
    void section(String title, List<String> lines) {
        sections.computeIfAbsent(title, t -> new ArrayList<>()).addAll(lines);
    }

    /** Whether everything verified. */
    public boolean ok() {
        return problems.isEmpty() && checkpoints.stream().allMatch(CheckpointResult::ok) && findings.isEmpty();
    }

    /** The verdicts on the checkpoints, in the order given. */
    public List<CheckpointResult> checkpointResults() {
        return checkpoints;
    }

    /** The named differences (empty without evidence or when the history is intact). */
    public List<Finding> findings() {
        return findings;
    }

    /** The number of events in the history checked. */
    public long historySize() {
        return historySize;
    }

    /** Failures other than checkpoint mismatches. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** Renders the report as text. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append("Mission Ledger transparency log verification\n");
        for (NoteVerifierKey key : keys) {
            out.append("  key      ")
                    .append(key.name())
                    .append('+')
                    .append(key.keyIdHex())
                    .append('\n');
        }
        out.append("  history  ")
                .append(historyName)
                .append(": ")
                .append(n(historySize))
                .append(" events, ")
                .append(n(historySize))
                .append(" leaves recomputed");
        if (historyRoot != null) {
            out.append(", root ").append(LogVerifier.base64(historyRoot));
        }
        out.append('\n');
        out.append('\n').append("Checkpoints (").append(checkpoints.size()).append(")\n");
        for (CheckpointResult result : checkpoints) {
            out.append("  ").append(result.ok() ? "OK    " : "FAIL  ");
            if (result.checkpoint() != null) {
                out.append(String.format(
                        Locale.ROOT, "size %-9s ", n(result.checkpoint().size())));
            }
            out.append(result.name()).append(": ");
            if (result.problem() != null) {
                out.append(result.problem());
            } else if (result.isBeyondHistory()) {
                out.append("commits to ")
                        .append(n(result.checkpoint().size()))
                        .append(" events but the history has ")
                        .append(n(historySize))
                        .append(": ");
                if (prefixIntact()) {
                    out.append("TRUNCATED — the log already signed a larger tree than the history checked, whose ")
                            .append("earlier checkpoints all hold, so the history was cut short by ")
                            .append(n(result.checkpoint().size() - historySize))
                            .append(" or more events (rolled back to an earlier state, or an incomplete export)");
                } else {
                    out.append(n(result.checkpoint().size() - historySize))
                            .append(" or more events are missing (deleted, or the history is incomplete)");
                }
            } else if (Boolean.TRUE.equals(result.matches())) {
                out.append("signature valid, root reproduced from the first ")
                        .append(n(result.checkpoint().size()))
                        .append(" events");
            } else {
                out.append("signature valid, but the first ")
                        .append(n(result.checkpoint().size()))
                        .append(" events have root ")
                        .append(LogVerifier.base64(result.historyRoot))
                        .append(", not the signed ")
                        .append(LogVerifier.base64(result.checkpoint().rootHash()));
            }
            out.append('\n');
        }
        if (!checks.isEmpty()) {
            out.append('\n').append("Store checks\n");
            checks.forEach(line -> out.append("  ").append(line).append('\n'));
        }
        if (!problems.isEmpty()) {
            List<String> shown = problems.stream()
                    .filter(p -> checks.stream().noneMatch(c -> c.endsWith(p)))
                    .toList();
            if (!shown.isEmpty()) {
                out.append('\n').append("Problems\n");
                shown.forEach(problem -> out.append("  ").append(problem).append('\n'));
            }
        }
        if (firstBad != null) {
            out.append('\n').append("What the roots alone show\n");
            if (lastGoodCheckpoint != null) {
                out.append("  The first ")
                        .append(n(lastGood))
                        .append(" events reproduce ")
                        .append(lastGoodCheckpoint.name())
                        .append(", so leaves 0–")
                        .append(n(lastGood - 1))
                        .append(" are unchanged.\n");
            } else {
                out.append("  No checkpoint is reproduced, so the change may be at any leaf from 0.\n");
            }
            long end = Math.min(firstBad.checkpoint().size(), Math.max(historySize, lastGood));
            out.append("  ")
                    .append(firstBad.name())
                    .append(" (size ")
                    .append(n(firstBad.checkpoint().size()))
                    .append(") is not reproduced, so the first changed leaf is in ")
                    .append(n(lastGood))
                    .append("–")
                    .append(n(Math.max(lastGood, firstBad.checkpoint().size() - 1)))
                    .append(".\n");
            if (comparison == null) {
                out.append("  A root cannot say which events changed or how. To name them, give the leaves saved "
                        + "earlier\n  (--trusted-leaves, from GET /api/ledger/leaves.jsonl) or an earlier export "
                        + "(--trusted-events).\n");
                if (!suspects.isEmpty() && end > lastGood) {
                    out.append("  Events of the history in that range (first ")
                            .append(suspects.size())
                            .append("):\n");
                    suspects.forEach(s -> out.append("    ").append(s).append('\n'));
                }
            }
        }
        if (comparison != null) {
            out.append('\n')
                    .append("Findings (compared with ")
                    .append(evidenceName)
                    .append(": ");
            if (authenticated > 0) {
                out.append("leaves 0–")
                        .append(n(authenticated - 1))
                        .append(" proven by the checkpoint of size ")
                        .append(n(authenticated));
            } else {
                out.append("no checkpoint proves these leaves yet");
            }
            if (compared > authenticated) {
                out.append(authenticated > 0 ? "; leaves " : ", leaves ")
                        .append(n(authenticated))
                        .append("–")
                        .append(n(compared - 1))
                        .append(" as the log recorded them, not yet checkpointed");
            }
            out.append(")\n");
            if (findings.isEmpty()) {
                out.append("  none: every event matches its leaf\n");
            }
            for (Finding finding : findings) {
                renderFinding(out, finding);
            }
        }
        sections.forEach((title, lines) -> {
            out.append('\n').append(title).append('\n');
            lines.forEach(line -> out.append("  ").append(line).append('\n'));
        });
        if (!notes.isEmpty()) {
            out.append('\n').append("Notes\n");
            notes.forEach(note -> out.append("  ").append(note).append('\n'));
        }
        out.append('\n').append(verdict()).append('\n');
        return out.toString();
    }

    /** Whether every validly signed checkpoint the history is long enough for is reproduced (so it ends early). */
    private boolean prefixIntact() {
        return checkpoints.stream()
                .filter(r -> r.problem() == null && r.checkpoint().size() <= historySize)
                .allMatch(CheckpointResult::ok);
    }

    private void renderFinding(StringBuilder out, Finding finding) {
        out.append(String.format(Locale.ROOT, "  %-10s ", finding.kind()));
        if (finding instanceof Finding.Modified m) {
            out.append("event ")
                    .append(m.eventId())
                    .append(describe(m.expected()))
                    .append(" at leaf ")
                    .append(n(m.position()))
                    .append(" (")
                    .append(m.location())
                    .append(")\n");
            out.append("             changed: ")
                    .append(String.join("; ", m.changes()))
                    .append('\n');
            List<ModifiedValues.Change> values = modifiedValues.get(m.eventId());
            if (values != null && !values.isEmpty()) {
                out.append("             values:  ")
                        .append(String.join(
                                "; ",
                                values.stream()
                                        .map(ModifiedValues.Change::describe)
                                        .toList()))
                        .append('\n');
            }
            out.append("             page:    /audit/events/")
                    .append(m.eventId())
                    .append("/proof\n");
        } else if (finding instanceof Finding.Deleted d) {
            out.append("event ")
                    .append(d.eventId())
                    .append(describe(d.expected()))
                    .append(", leaf ")
                    .append(n(d.position()))
                    .append(", is missing; the events after it moved up\n");
        } else if (finding instanceof Finding.Truncated t) {
            out.append("the history ends after ")
                    .append(n(t.position()))
                    .append(" event(s): the last ")
                    .append(n(t.missing()))
                    .append(" authenticated event(s), leaves ")
                    .append(n(t.position()))
                    .append("–")
                    .append(n(t.authenticatedSize() - 1))
                    .append(" from event ")
                    .append(t.eventId())
                    .append(describe(t.expected()))
                    .append(" on, are missing: the log was rolled back to a tree smaller than a checkpoint it had ")
                    .append("already signed (size ")
                    .append(n(t.authenticatedSize()))
                    .append(")\n");
        } else if (finding instanceof Finding.Inserted i) {
            out.append("event ")
                    .append(i.eventId())
                    .append(describe(i.actual()))
                    .append(" (")
                    .append(i.location())
                    .append(") is unknown to the authenticated history; it stands ");
            if (i.replacedEventId() != null) {
                out.append("where event ")
                        .append(i.replacedEventId())
                        .append(" (leaf ")
                        .append(n(i.position()))
                        .append(") was expected\n");
            } else {
                out.append("before leaf ").append(n(i.position())).append(", and the events after it moved down\n");
            }
        } else if (finding instanceof Finding.Reordered r) {
            out.append("event ")
                    .append(r.eventId())
                    .append(describe(r.expected()))
                    .append(" belongs at leaf ")
                    .append(n(r.position()))
                    .append(" but was found at leaf ")
                    .append(n(r.actualPosition()))
                    .append(" (")
                    .append(r.location())
                    .append(")\n");
        } else if (finding instanceof Finding.Renumbered r) {
            out.append(n(r.count()))
                    .append(" event(s) at leaves ")
                    .append(n(r.position()))
                    .append("–")
                    .append(n(r.lastPosition()))
                    .append(" keep their content but their global index moved by ")
                    .append(r.delta() > 0 ? "+" : "")
                    .append(r.delta())
                    .append('\n');
        } else if (finding instanceof Finding.Duplicated d) {
            out.append("event ")
                    .append(d.eventId())
                    .append(" appears a second time (")
                    .append(d.location())
                    .append("), first at leaf ")
                    .append(n(d.firstActualPosition()))
                    .append('\n');
        }
        List<String> contradicted = new ArrayList<>();
        int more = 0;
        for (CheckpointResult result : checkpoints) {
            if (result.problem() == null && result.checkpoint().size() > finding.position()) {
                if (contradicted.size() < 3) {
                    contradicted.add(
                            result.name() + " (size " + n(result.checkpoint().size()) + ")");
                } else {
                    more++;
                }
            }
        }
        if (!contradicted.isEmpty()) {
            out.append("             contradicts ").append(String.join(", ", contradicted));
            if (more > 0) {
                out.append(" and ").append(more).append(" later checkpoint(s)");
            }
            out.append('\n');
        }
    }

    private static String describe(EventLeaf leaf) {
        if (leaf == null) {
            return "";
        }
        return " (" + leaf.describe() + ", global index " + leaf.globalIndex() + ", recorded " + leaf.timestamp() + ")";
    }

    private String verdict() {
        long verified = checkpoints.stream().filter(CheckpointResult::ok).count();
        if (ok()) {
            long largest = checkpoints.stream()
                    .mapToLong(r -> r.checkpoint().size())
                    .max()
                    .orElse(0);
            StringBuilder verdict = new StringBuilder("Result: OK. ")
                    .append(n(historySize))
                    .append(" events; every leaf recomputed; ")
                    .append(verified)
                    .append(" checkpoint(s) verified");
            if (verified > 0) {
                verdict.append(" and consistent (largest size ")
                        .append(n(largest))
                        .append(")");
            }
            if (historySize > largest) {
                verdict.append("; ")
                        .append(n(historySize - largest))
                        .append(" later event(s) are not covered by a checkpoint yet");
            }
            return verdict.append('.').toString();
        }
        StringBuilder verdict = new StringBuilder("Result: FAILED.");
        if (!findings.isEmpty()) {
            verdict.append(' ').append(summary()).append('.');
        }
        long contradicted = checkpoints.size() - verified;
        if (contradicted > 0) {
            verdict.append(' ')
                    .append(contradicted)
                    .append(" of ")
                    .append(checkpoints.size())
                    .append(" checkpoint(s) not verified");
            if (comparison != null && !comparison.agrees()) {
                verdict.append("; the first divergent leaf is ").append(n(comparison.firstDifference()));
            } else if (firstBad != null) {
                verdict.append("; the first divergent leaf is in ")
                        .append(n(lastGood))
                        .append("–")
                        .append(n(Math.max(lastGood, firstBad.checkpoint().size() - 1)));
            }
            verdict.append('.');
        }
        if (!problems.isEmpty()) {
            verdict.append(' ').append(problems.size()).append(" other problem(s).");
        }
        return verdict.toString();
    }

    private String summary() {
        List<String> parts = new ArrayList<>();
        for (Finding finding : findings) {
            if (finding instanceof Finding.Truncated t) {
                parts.add("history truncated after " + n(t.position()) + " event(s) (" + n(t.missing())
                        + " authenticated event(s) missing from the end)");
            }
        }
        for (String kind : List.of("MODIFIED", "DELETED", "INSERTED", "REORDERED", "DUPLICATED", "RENUMBERED")) {
            long count = findings.stream()
                    .filter(f -> f.kind().equals(kind))
                    .mapToLong(f -> f instanceof Finding.Renumbered r ? r.count() : 1)
                    .sum();
            if (count > 0) {
                parts.add(n(count) + " event(s) " + kind.toLowerCase(Locale.ROOT));
            }
        }
        return String.join(", ", parts);
    }

    private static String n(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
