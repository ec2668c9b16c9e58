package org.missionledger.exchange.command;

import static com.mongodb.client.model.Filters.in;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.missionledger.exchange.format.PlannedEntry;
import org.missionledger.platform.store.LedgerStore;
import org.springframework.stereotype.Component;

/**
 * What earlier imports recorded: one document per imported entry, {@code _id} = the entry's log key ({@code <aggregate
 * id>#<position>}, or {@code <indicator id>#reading:<period>} for a CSV row), holding the entry's content fingerprint
 * and the event it became. Read with {@code _id} lookups only. This is bookkeeping beside the ledger, not part of it:
 * the events themselves are the record.
 */
@Component
public class ImportLog {

    static final String COLLECTION = "import_log";
    private static final int LOOKUP_CHUNK = 500;

    private final MongoCollection<Document> entries;
    private final Clock clock;

    public ImportLog(LedgerStore store, Clock clock) {
        this.entries = store.database().getCollection(COLLECTION);
        this.clock = clock;
    }

    /** An entry an earlier import recorded. */
    public record Logged(String key, String fingerprint, String eventId, long sequence) {}

    /** The logged entries among {@code keys}. */
    public Map<String, Logged> find(Collection<String> keys) {
        Map<String, Logged> found = new HashMap<>();
        List<String> chunk = new ArrayList<>(Math.min(keys.size(), LOOKUP_CHUNK));
        for (String key : keys) {
            chunk.add(key);
            if (chunk.size() == LOOKUP_CHUNK) {
                lookup(chunk, found);
                chunk.clear();
            }
        }
        if (!chunk.isEmpty()) {
            lookup(chunk, found);
        }
        return found;
    }

    private void lookup(List<String> keys, Map<String, Logged> found) {
        for (Document document : entries.find(in("_id", keys))) {
            found.put(
                    document.getString("_id"),
                    new Logged(
                            document.getString("_id"),
                            document.getString("fingerprint"),
                            document.getString("eventId"),
                            document.getLong("sequence")));
        }
    }

    /** Notes that {@code entry} was recorded as event {@code eventId} at {@code sequence} of its aggregate. */
    public void record(PlannedEntry entry, String eventId, long sequence, String actor, String file) {
        Document document = new Document("_id", entry.logKey())
                .append("aggregateId", entry.aggregateId())
                .append("entry", entry.kind().key())
                .append("fingerprint", entry.fingerprint())
                .append("eventId", eventId)
                .append("sequence", sequence)
                .append("actor", actor)
                .append("file", file)
                .append("importedAt", clock.instant().toString());
        try {
            entries.insertOne(document);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    /**
     * Claims a one-time task (such as loading the demo ledger) across every instance sharing the store: true for
     * exactly one caller, ever.
     */
    public boolean claimOnce(String task) {
        try {
            entries.insertOne(new Document("_id", "once:" + task)
                    .append("claimedAt", clock.instant().toString()));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** How many entries imports have recorded (diagnostics and tests). */
    public long size() {
        return entries.countDocuments(
                com.mongodb.client.model.Filters.not(com.mongodb.client.model.Filters.regex("_id", "^once:")));
    }
}
