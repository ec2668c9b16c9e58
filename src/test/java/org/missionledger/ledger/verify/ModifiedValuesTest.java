package org.missionledger.ledger.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionledger.ledger.log.EventLineReader;
import org.missionledger.ledger.log.EventLineWriter;
import org.missionledger.platform.eventstore.StoredEvent;

/** A modified event's changed fields with their old and new values, as the verifier's report shows them. */
class ModifiedValuesTest {

    @TempDir
    Path dir;

    @Test
    void aChangedTargetValueIsShownWithItsOldAndNewValue() throws Exception {
        var before = EventLineReader.parseEvent(line(
                "{\"missionId\":\"clean-power\",\"targetId\":\"t1\",\"terms\":{\"goalValue\":95,\"unit\":\"%\"}}"));
        var after = EventLineReader.parseEvent(line(
                "{\"missionId\":\"clean-power\",\"targetId\":\"t1\",\"terms\":{\"goalValue\":75,\"unit\":\"%\"}}"));

        List<ModifiedValues.Change> changes = ModifiedValues.changes(before, after);

        assertThat(changes).extracting(ModifiedValues.Change::describe).containsExactly("target value 95 → 75");
        assertThat(changes.get(0).field()).isEqualTo("terms.goalValue");
    }

    @Test
    void addedRemovedAndTextValuesAreReadable() throws Exception {
        var before = EventLineReader.parseEvent(
                line("{\"statement\":\"Zero-carbon power by 2030\",\"reason\":\"Restated\"}"));
        var after = EventLineReader.parseEvent(
                line("{\"statement\":\"95% clean power by 2030\",\"source\":{\"url\":\"x\"}}"));

        assertThat(ModifiedValues.changes(before, after))
                .extracting(ModifiedValues.Change::describe)
                .containsExactly(
                        "statement \"Zero-carbon power by 2030\" → \"95% clean power by 2030\"",
                        "reason Restated → (absent)", "source URL (absent) → x");
    }

    @Test
    void labelsNameFieldsInWords() {
        assertThat(ModifiedValues.label("terms.baselineValue")).isEqualTo("baseline value");
        assertThat(ModifiedValues.label("metadata.actor")).isEqualTo("metadata actor");
        assertThat(ModifiedValues.label("event.timestamp")).isEqualTo("timestamp");
        assertThat(ModifiedValues.label("holders.0.name")).isEqualTo("holders #1 name");
    }

    @Test
    void theVerifierReportShowsOldAndNewValuesAndTheEventsPage() {
        SyntheticLog log = new SyntheticLog(dir, 12);
        Path key = log.keyFile();
        Path checkpoint = log.checkpoint(12);
        Path earlier = log.export("earlier.jsonl", log.events);
        List<StoredEvent> tampered = new ArrayList<>(log.events);
        StoredEvent victim = tampered.get(4);
        tampered.set(
                4,
                SyntheticLog.withPayload(
                        victim, victim.payload().replace("Event number 4", "Event number four, reworded")));
        Path events = log.export("events.jsonl", tampered);

        VerifyCommandTest.Run run = VerifyCommandTest.run(List.of(
                "--no-progress",
                "--key",
                key.toString(),
                "--checkpoint",
                checkpoint.toString(),
                "--events",
                events.toString(),
                "--trusted-events",
                earlier.toString()));

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .contains("MODIFIED   event " + victim.eventId())
                .contains("values:  statement \"Event number 4\" → \"Event number four, reworded\"")
                .contains("page:    /audit/events/" + victim.eventId() + "/proof");
    }

    @Test
    void onlyTheNamedEventsAreRead() throws Exception {
        SyntheticLog log = new SyntheticLog(dir, 5);
        Path a = log.export("a.jsonl", log.events);
        List<StoredEvent> changed = new ArrayList<>(log.events);
        changed.set(1, SyntheticLog.withPayload(changed.get(1), "{\"statement\":\"other\"}"));
        changed.set(2, SyntheticLog.withPayload(changed.get(2), "{\"statement\":\"other too\"}"));
        Path b = log.export("b.jsonl", changed);

        var values = ModifiedValues.between(a, b, Set.of(log.events.get(1).eventId()));

        assertThat(values).containsOnlyKeys(log.events.get(1).eventId());
        assertThat(values.get(log.events.get(1).eventId()))
                .extracting(ModifiedValues.Change::field)
                .containsExactly("missionId", "statement");
    }

    private static String line(String payload) {
        return EventLineWriter.line(new StoredEvent(
                1, "e1", "MissionAggregate", "clean-power", 0, "2026-01-01T00:00:00Z", "T", "1", payload, "{}"));
    }
}
