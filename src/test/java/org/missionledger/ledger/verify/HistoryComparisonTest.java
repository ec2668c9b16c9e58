package org.missionledger.ledger.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.missionledger.ledger.log.EventLeaf;
import org.missionledger.ledger.log.LeafEntry;
import org.missionledger.ledger.log.LeafSource;
import org.missionledger.platform.eventstore.StoredEvent;

/** The classification rules one by one, on small histories. */
class HistoryComparisonTest {

    static List<StoredEvent> history(int count) {
        List<StoredEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(SyntheticLog.event(i + 1, "m" + (i % 3), i / 3, "text " + i));
        }
        return events;
    }

    static LeafSource source(List<StoredEvent> events) {
        return new LeafSource() {
            @Override
            public String describe() {
                return "test";
            }

            @Override
            public void read(Sink sink, java.util.function.LongConsumer progress) {
                for (int i = 0; i < events.size(); i++) {
                    sink.accept(LeafEntry.of(i, EventLeaf.of(events.get(i)), "line " + (i + 1)));
                }
            }
        };
    }

    static List<Finding> compare(List<StoredEvent> expected, List<StoredEvent> actual) throws IOException {
        LeafTable e = LeafTable.read(source(expected), done -> {});
        LeafTable a = LeafTable.read(source(actual), done -> {});
        HistoryComparison comparison = HistoryComparison.of(e, e.size(), a);
        return comparison.findings(details(expected), details(actual));
    }

    static Map<Long, LeafEntry> details(List<StoredEvent> events) {
        Map<Long, LeafEntry> all = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            all.put((long) i, LeafEntry.of(i, EventLeaf.of(events.get(i)), "line " + (i + 1)));
        }
        return all;
    }

    @Test
    void newerEventsAfterTheAuthenticatedHistoryAreNotFindings() throws IOException {
        List<StoredEvent> events = history(12);
        assertThat(compare(events.subList(0, 8), events)).isEmpty();
    }

    @Test
    void anEventReplacedInPlaceIsAnInsertionWhereTheOtherWasExpected() throws IOException {
        List<StoredEvent> expected = history(10);
        List<StoredEvent> actual = new ArrayList<>(expected);
        actual.set(9, SyntheticLog.event(10, "forged", 0, "forged")); // the last event, same global index

        List<Finding> findings = compare(expected, actual);

        assertThat(findings).hasSize(1);
        Finding.Inserted inserted = (Finding.Inserted) findings.get(0);
        assertThat(inserted.replacedEventId()).isEqualTo(expected.get(9).eventId());
        assertThat(inserted.position()).isEqualTo(9);
    }

    @Test
    void aDeletionAtTheEndOfAGrownLogIsADeletionNotAReplacement() throws IOException {
        List<StoredEvent> grown = history(14);
        List<StoredEvent> actual = new ArrayList<>(grown);
        actual.remove(9);

        List<Finding> findings = compare(grown.subList(0, 10), actual);

        assertThat(findings)
                .singleElement()
                .isInstanceOf(Finding.Deleted.class)
                .extracting(Finding::eventId)
                .isEqualTo(grown.get(9).eventId());
    }

    @Test
    void aCopiedEventIsDuplicated() throws IOException {
        List<StoredEvent> expected = history(8);
        List<StoredEvent> actual = new ArrayList<>(expected);
        actual.add(4, expected.get(1));

        assertThat(compare(expected, actual))
                .filteredOn(f -> f instanceof Finding.Duplicated)
                .singleElement()
                .extracting(Finding::eventId)
                .isEqualTo(expected.get(1).eventId());
    }

    @Test
    void aModificationNamesEveryChangedField() throws IOException {
        List<StoredEvent> expected = history(6);
        StoredEvent e = expected.get(3);
        List<StoredEvent> actual = new ArrayList<>(expected);
        actual.set(
                3,
                new StoredEvent(
                        e.globalIndex(),
                        e.eventId(),
                        e.aggregateType(),
                        e.aggregateId(),
                        e.sequence(),
                        "2024-01-01T00:00:00Z",
                        e.payloadType(),
                        e.payloadRevision(),
                        e.payload(),
                        "{\"actor\":\"mallory\"}"));

        Finding.Modified modified = (Finding.Modified) compare(expected, actual).get(0);

        assertThat(modified.changes()).hasSize(2);
        assertThat(modified.changes().get(0))
                .startsWith("timestamp (\"" + e.timestamp() + "\" → \"2024-01-01T00:00:00Z\")");
        assertThat(modified.changes().get(1)).startsWith("metadata (sha256 ");
    }

    @Test
    void anEventMovedFurtherIsReorderedWithTheEventsItPassed() throws IOException {
        List<StoredEvent> expected = history(8);
        List<StoredEvent> actual = new ArrayList<>(expected);
        actual.add(6, actual.remove(2)); // moved from leaf 2 to leaf 6, global indexes kept with the content

        List<Finding> findings = compare(expected, actual);

        assertThat(findings).allMatch(f -> f instanceof Finding.Reordered);
        assertThat(findings)
                .extracting(Finding::eventId)
                .contains(expected.get(2).eventId());
    }
}
