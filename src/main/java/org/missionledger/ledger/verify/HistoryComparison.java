package org.missionledger.ledger.verify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.missionledger.ledger.log.EventLeaf;
import org.missionledger.ledger.log.LeafEntry;

/**
 * Names the differences between an authenticated history (leaves proven by a checkpoint root) and a history under
 * test (leaves recomputed from an export or the live event store), event by event.
 *
 * <p>From the first differing leaf on, events are matched by event id. An authenticated event that is missing is
 * DELETED; an unknown event before the last matched one, or standing at the global index of a missing one, is INSERTED;
 * a matched event whose leaf differs is MODIFIED (with the fields that changed) unless only its global index moved
 * (RENUMBERED, reported as runs); matched events out of their relative order are REORDERED; a second copy of an event
 * is DUPLICATED. Unknown events after the last matched one are simply newer than the authenticated history.
 */
final class HistoryComparison {

    /** Positions whose details are fetched at most (the rest is reported without field names). */
    static final int MAX_DETAILS = 200_000;

    private final LeafTable expected;
    private final long expectedLength;
    private final LeafTable actual;
    private final long firstDifference;
    private final List<long[]> changed = new ArrayList<>();
    private final List<long[]> reordered = new ArrayList<>();
    private final List<Long> deleted = new ArrayList<>();
    private final List<Long> inserted = new ArrayList<>();
    private final List<long[]> duplicated = new ArrayList<>();
    private final List<long[]> replaced = new ArrayList<>();
    private long newer;
    private long truncatedAt = -1;

    private HistoryComparison(LeafTable expected, long expectedLength, LeafTable actual) {
        this.expected = expected;
        this.expectedLength = expectedLength;
        this.actual = actual;
        long common = Math.min(expectedLength, actual.size());
        long p = 0;
        while (p < common
                && expected.sameLeaf(p, actual, p)
                && expected.eventId(p).equals(actual.eventId(p))) {
            p++;
        }
        this.firstDifference = p;
        if (p == expectedLength) {
            newer = actual.size() - expectedLength;
            return;
        }
        classify(p);
    }

    /**
     * Compares the first {@code expectedLength} leaves of {@code expected} with {@code actual}.
     *
     * @param expected the authenticated history
     * @param expectedLength how many of its leaves are authenticated
     * @param actual the history under test
     */
    static HistoryComparison of(LeafTable expected, long expectedLength, LeafTable actual) {
        return new HistoryComparison(expected, expectedLength, actual);
    }

    private void classify(long p) {
        int span = (int) (expectedLength - p);
        Map<String, Long> expectedIndex = new HashMap<>(span * 2);
        for (long i = p; i < expectedLength; i++) {
            expectedIndex.put(expected.eventId(i), i);
        }
        long[] matchOf = new long[span];
        Arrays.fill(matchOf, -1);
        List<long[]> matched = new ArrayList<>();
        Set<Long> unknown = new TreeSet<>();
        Map<String, Long> matchedAt = new HashMap<>();
        for (long j = p; j < actual.size(); j++) {
            String id = actual.eventId(j);
            Long i = expectedIndex.get(id);
            if (i != null && matchOf[(int) (i - p)] < 0) {
                matchOf[(int) (i - p)] = j;
                matched.add(new long[] {i, j});
                matchedAt.put(id, j);
            } else if (i != null) {
                duplicated.add(new long[] {i, j, matchedAt.get(id)});
            } else if (expected.positionOf(id) >= 0 && expected.positionOf(id) < p) {
                duplicated.add(new long[] {expected.positionOf(id), j, expected.positionOf(id)});
            } else {
                unknown.add(j);
            }
        }
        long lastMatched = matched.isEmpty() ? p - 1 : matched.get(matched.size() - 1)[1];
        Set<Long> paired = new HashSet<>();
        for (long i = p; i < expectedLength; i++) {
            if (matchOf[(int) (i - p)] >= 0) {
                continue;
            }
            long slot = slotOf(i, p, matchOf);
            boolean replacement = unknown.contains(slot)
                    && !paired.contains(slot)
                    && (slot < lastMatched || actual.globalIndex(slot) == expected.globalIndex(i));
            if (replacement) {
                paired.add(slot);
                replaced.add(new long[] {i, slot});
            } else {
                deleted.add(i);
            }
        }
        for (long j : unknown) {
            if (paired.contains(j)) {
                continue;
            }
            if (j < lastMatched) {
                inserted.add(j);
            } else {
                newer++;
            }
        }
        // Truncated: every authenticated event from some leaf to the end is missing, and nothing stands after them.
        long lastActual = matched.isEmpty() ? p - 1 : lastMatched;
        if (!deleted.isEmpty()
                && deleted.get(deleted.size() - 1) == expectedLength - 1
                && lastActual == actual.size() - 1) {
            long start = expectedLength - 1;
            int k = deleted.size() - 1;
            while (k > 0 && deleted.get(k - 1) == start - 1) {
                start--;
                k--;
            }
            long lastMatchedExpected = -1;
            for (long[] pair : matched) {
                lastMatchedExpected = Math.max(lastMatchedExpected, pair[0]);
            }
            if (lastMatchedExpected < start) {
                truncatedAt = start;
                deleted.subList(k, deleted.size()).clear();
            }
        }
        // Reordered: compare the matched events' authenticated order with the order found.
        long[] found = new long[matched.size()];
        for (int k = 0; k < found.length; k++) {
            found[k] = matched.get(k)[0];
        }
        long[] sorted = found.clone();
        Arrays.sort(sorted);
        for (int k = 0; k < found.length; k++) {
            long[] pair = matched.get(k);
            if (found[k] != sorted[k]) {
                reordered.add(pair);
            } else if (!expected.sameLeaf(pair[0], actual, pair[1])) {
                changed.add(pair);
            }
        }
    }

    /** Where a missing authenticated event would stand in the actual history, judging by its matched neighbours. */
    private long slotOf(long i, long p, long[] matchOf) {
        for (long before = i - 1; before >= p; before--) {
            long j = matchOf[(int) (before - p)];
            if (j >= 0) {
                return j + (i - before);
            }
        }
        return p + (i - p);
    }

    /** The first leaf index where the histories differ (the authenticated length if they agree). */
    long firstDifference() {
        return firstDifference;
    }

    /** Whether the history under test agrees with every authenticated leaf. */
    boolean agrees() {
        return firstDifference == expectedLength;
    }

    /** How many events of the history under test come after the authenticated ones (unverifiable, not an error). */
    long newer() {
        return newer;
    }

    /** Authenticated positions whose content is needed to describe the findings. */
    Set<Long> expectedPositionsForDetails() {
        Set<Long> positions = new TreeSet<>();
        changed.forEach(pair -> positions.add(pair[0]));
        reordered.forEach(pair -> positions.add(pair[0]));
        positions.addAll(deleted);
        replaced.forEach(pair -> positions.add(pair[0]));
        if (truncatedAt >= 0) {
            positions.add(truncatedAt);
        }
        return cap(positions);
    }

    /** Positions under test whose content is needed to describe the findings. */
    Set<Long> actualPositionsForDetails() {
        Set<Long> positions = new TreeSet<>();
        changed.forEach(pair -> positions.add(pair[1]));
        reordered.forEach(pair -> positions.add(pair[1]));
        positions.addAll(inserted);
        replaced.forEach(pair -> positions.add(pair[1]));
        duplicated.forEach(triple -> positions.add(triple[1]));
        return cap(positions);
    }

    private static Set<Long> cap(Set<Long> positions) {
        if (positions.size() <= MAX_DETAILS) {
            return positions;
        }
        Set<Long> capped = new TreeSet<>();
        for (long position : positions) {
            if (capped.size() == MAX_DETAILS) {
                break;
            }
            capped.add(position);
        }
        return capped;
    }

    /**
     * Builds the findings, using the details read for the requested positions (missing details are tolerated).
     *
     * @param expectedDetails authenticated leaves by position
     * @param actualDetails leaves under test by position
     * @return the findings in order of the first affected leaf
     */
    List<Finding> findings(Map<Long, LeafEntry> expectedDetails, Map<Long, LeafEntry> actualDetails) {
        List<Finding> findings = new ArrayList<>();
        List<long[]> renumbered = new ArrayList<>(); // {i, delta}
        for (long[] pair : changed) {
            EventLeaf was = leaf(expectedDetails, pair[0]);
            EventLeaf now = leaf(actualDetails, pair[1]);
            if (was != null
                    && now != null
                    && was.globalIndex() != now.globalIndex()
                    && was.withGlobalIndex(now.globalIndex()).equals(now)) {
                renumbered.add(new long[] {pair[0], now.globalIndex() - was.globalIndex()});
                continue;
            }
            List<String> changes = was != null && now != null
                    ? was.differences(now)
                    : List.of("the leaf hash differs (details not analysed)");
            findings.add(new Finding.Modified(
                    pair[0], pair[1], expected.eventId(pair[0]), location(actualDetails, pair[1]), was, changes));
        }
        for (long[] pair : reordered) {
            EventLeaf was = leaf(expectedDetails, pair[0]);
            EventLeaf now = leaf(actualDetails, pair[1]);
            findings.add(new Finding.Reordered(
                    pair[0], pair[1], expected.eventId(pair[0]), location(actualDetails, pair[1]), was));
            if (was != null
                    && now != null
                    && !was.withGlobalIndex(now.globalIndex()).equals(now)) {
                List<String> changes = new ArrayList<>(was.differences(now));
                changes.removeIf(change -> change.startsWith("globalIndex"));
                findings.add(new Finding.Modified(
                        pair[0], pair[1], expected.eventId(pair[0]), location(actualDetails, pair[1]), was, changes));
            }
        }
        for (long i : deleted) {
            findings.add(new Finding.Deleted(i, expected.eventId(i), leaf(expectedDetails, i)));
        }
        if (truncatedAt >= 0) {
            findings.add(new Finding.Truncated(
                    truncatedAt, expectedLength, expected.eventId(truncatedAt), leaf(expectedDetails, truncatedAt)));
        }
        for (long[] pair : replaced) {
            findings.add(new Finding.Inserted(
                    pair[0],
                    pair[1],
                    actual.eventId(pair[1]),
                    location(actualDetails, pair[1]),
                    leaf(actualDetails, pair[1]),
                    expected.eventId(pair[0])));
        }
        for (long j : inserted) {
            findings.add(new Finding.Inserted(
                    expectedPositionBefore(j),
                    j,
                    actual.eventId(j),
                    location(actualDetails, j),
                    leaf(actualDetails, j),
                    null));
        }
        for (long[] triple : duplicated) {
            findings.add(new Finding.Duplicated(
                    Math.min(triple[0], triple[1]),
                    triple[1],
                    actual.eventId(triple[1]),
                    triple[2],
                    location(actualDetails, triple[1])));
        }
        addRuns(renumbered, findings);
        findings.sort(Comparator.comparingLong(Finding::position));
        return findings;
    }

    /** An inserted event pushes the authenticated event at its place down: that event's index is the position. */
    private long expectedPositionBefore(long j) {
        for (long before = j + 1; before < actual.size(); before++) {
            long i = expected.positionOf(actual.eventId(before));
            if (i >= 0 && i < expectedLength) {
                return i;
            }
        }
        return Math.min(j, expectedLength);
    }

    private static void addRuns(List<long[]> renumbered, List<Finding> findings) {
        renumbered.sort(Comparator.comparingLong(a -> a[0]));
        int k = 0;
        while (k < renumbered.size()) {
            long start = renumbered.get(k)[0];
            long delta = renumbered.get(k)[1];
            long end = start;
            int count = 1;
            while (k + count < renumbered.size()
                    && renumbered.get(k + count)[1] == delta
                    && renumbered.get(k + count)[0] == end + 1) {
                end++;
                count++;
            }
            findings.add(new Finding.Renumbered(start, end, count, delta));
            k += count;
        }
    }

    private static EventLeaf leaf(Map<Long, LeafEntry> details, long position) {
        LeafEntry entry = details.get(position);
        return entry == null ? null : entry.leaf();
    }

    private static String location(Map<Long, LeafEntry> details, long position) {
        LeafEntry entry = details.get(position);
        return entry == null ? "leaf " + position : entry.location();
    }
}
