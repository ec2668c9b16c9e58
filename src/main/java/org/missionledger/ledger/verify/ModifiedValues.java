package org.missionledger.ledger.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.missionledger.ledger.log.EventLineReader;
import org.missionledger.platform.eventstore.StoredEvent;

/**
 * What a reader needs to understand a MODIFIED event: the changed fields of its payload and metadata with their old and
 * new values ("target value 95 → 75"), read from a saved (trusted) events export and the export under test. The leaf
 * only holds digests of the payload and metadata, so this needs both exports' texts; with leaves as the only evidence
 * there are no values to show.
 *
 * <p>Only the lines of the modified events are parsed; the files are streamed once each.
 */
public final class ModifiedValues {

    /** How many changed fields are listed per event, at most. */
    static final int MAX_FIELDS = 20;

    /** Values longer than this are shortened in the report. */
    static final int MAX_VALUE = 120;

    private static final ObjectMapper JSON = new ObjectMapper();

    private ModifiedValues() {}

    /**
     * One field's old and new value.
     *
     * @param field the field's path in the payload ({@code terms.goalValue}) or metadata ({@code metadata.actor})
     * @param label the field in words ("target value")
     * @param before the trusted value, or {@code null} when the field was absent
     * @param after the value under test, or {@code null} when the field is absent
     */
    public record Change(String field, String label, String before, String after) {

        /** "target value 95 → 75". */
        public String describe() {
            return label + " " + show(before) + " → " + show(after);
        }

        private static String show(String value) {
            if (value == null) {
                return "(absent)";
            }
            String text = value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) + "…" : value;
            return text.isEmpty() || text.contains(" ") ? "\"" + text + "\"" : text;
        }
    }

    /**
     * The changed values of each of {@code eventIds}: events found in both exports, by event id; events missing from
     * either are left out.
     */
    public static Map<String, List<Change>> between(Path trusted, Path tested, Set<String> eventIds)
            throws IOException {
        if (eventIds.isEmpty()) {
            return Map.of();
        }
        Map<String, StoredEvent> was = lines(trusted, eventIds);
        Map<String, StoredEvent> now = lines(tested, eventIds);
        Map<String, List<Change>> result = new LinkedHashMap<>();
        for (String eventId : eventIds) {
            StoredEvent before = was.get(eventId);
            StoredEvent after = now.get(eventId);
            if (before != null && after != null) {
                result.put(eventId, changes(before, after));
            }
        }
        return result;
    }

    /** The changed fields between two exported events (their payload and metadata texts parsed as JSON). */
    static List<Change> changes(StoredEvent before, StoredEvent after) {
        Map<String, String> was = flatten(before);
        Map<String, String> now = flatten(after);
        Set<String> fields = new LinkedHashSet<>(was.keySet());
        fields.addAll(now.keySet());
        List<Change> changes = new ArrayList<>();
        for (String field : fields) {
            String a = was.get(field);
            String b = now.get(field);
            if (a == null ? b != null : !a.equals(b)) {
                changes.add(new Change(field, label(field), a, b));
                if (changes.size() == MAX_FIELDS) {
                    break;
                }
            }
        }
        return changes;
    }

    private static Map<String, StoredEvent> lines(Path file, Set<String> eventIds) throws IOException {
        Map<String, StoredEvent> found = new HashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null && found.size() < eventIds.size()) {
                if (line.isBlank() || !mentionsAny(line, eventIds)) {
                    continue;
                }
                StoredEvent event;
                try {
                    event = EventLineReader.parseEvent(line);
                } catch (IllegalArgumentException e) {
                    continue; // the verifier itself reports unreadable lines
                }
                String eventId = event.eventId();
                if (eventId != null && eventIds.contains(eventId)) {
                    found.put(eventId, event);
                }
            }
        }
        return found;
    }

    private static boolean mentionsAny(String line, Set<String> eventIds) {
        for (String id : eventIds) {
            if (line.contains(id)) {
                return true;
            }
        }
        return false;
    }

    /** Every scalar of the line's fields, its payload and its metadata, by path. */
    private static Map<String, String> flatten(StoredEvent event) {
        Map<String, String> fields = new LinkedHashMap<>();
        envelope(fields, "aggregateType", event.aggregateType());
        envelope(fields, "aggregateId", event.aggregateId());
        envelope(fields, "sequence", Long.toString(event.sequence()));
        envelope(fields, "timestamp", event.timestamp());
        envelope(fields, "payloadType", event.payloadType());
        flattenInto(fields, "", parsed(event.payload()));
        flattenInto(fields, "metadata.", parsed(event.metadata()));
        return fields;
    }

    private static void envelope(Map<String, String> fields, String field, String value) {
        if (value != null) {
            fields.put("event." + field, value);
        }
    }

    private static JsonNode parsed(String text) {
        if (text == null) {
            return null; // only its digest was exported
        }
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return TextNode.valueOf(text); // not JSON: compared as text
        }
    }

    private static void flattenInto(Map<String, String> fields, String prefix, JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return;
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> field = it.next();
                flattenInto(fields, prefix + field.getKey() + ".", field.getValue());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flattenInto(fields, prefix + i + ".", node.get(i));
            }
        } else if (!node.isNull()) {
            String path = prefix.isEmpty() ? "value" : prefix.substring(0, prefix.length() - 1);
            fields.put(path, node.asText());
        }
    }

    /** A field's path in words: {@code terms.goalValue} → "target value", {@code source.url} → "source URL". */
    static String label(String field) {
        String[] parts = field.split("\\.");
        List<String> words = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            boolean last = i == parts.length - 1;
            if (part.equals("terms") && !last) {
                continue; // a target's terms: "goal value", not "terms goal value"
            }
            if (part.equals("event") && i == 0 && !last) {
                continue;
            }
            if (part.chars().allMatch(Character::isDigit)) {
                words.add("#" + (Integer.parseInt(part) + 1));
                continue;
            }
            words.add(
                    switch (part) {
                        case "goalValue" -> "target value";
                        case "url" -> "URL";
                        case "contentSha256" -> "content SHA-256";
                        case "indicatorId" -> "indicator";
                        case "missionId" -> "mission";
                        case "targetId" -> "target";
                        case "recordedAt" -> "recorded at";
                        default -> words(part);
                    });
        }
        return String.join(" ", words);
    }

    private static String words(String camel) {
        StringBuilder text = new StringBuilder();
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                text.append(' ').append(Character.toLowerCase(c));
            } else {
                text.append(c);
            }
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }
}
