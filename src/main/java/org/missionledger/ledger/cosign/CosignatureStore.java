package org.missionledger.ledger.cosign;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;

/**
 * The cosignatures the ledger got, and where each witness stands. Collections {@code tlog_cosignatures} (one document
 * per checkpoint size and witness, {@code _id = "<size>|<witness name>"}: the signature line and its timestamp; never
 * changed once written) and {@code tlog_witnesses} (one per witness, {@code _id} = its name: the size it last
 * cosigned, the last attempt and error). Every read is by {@code _id}.
 */
public class CosignatureStore {

    /**
     * A cosignature kept.
     *
     * @param size the checkpoint's tree size
     * @param witness the witness's name
     * @param line the signature line, without newline
     * @param timestamp the cosignature's own timestamp (POSIX seconds)
     */
    public record Kept(long size, String witness, String line, long timestamp) {}

    /**
     * Where a witness stands.
     *
     * @param witness its name
     * @param cosignedSize the size it last cosigned for this log, as far as the ledger knows
     * @param lastAttemptAt when it was last asked (ISO-8601), or null
     * @param lastError what went wrong the last time, or null if it answered
     */
    public record WitnessStanding(String witness, long cosignedSize, String lastAttemptAt, String lastError) {}

    private final MongoCollection<Document> cosignatures;
    private final MongoCollection<Document> witnesses;

    public CosignatureStore(MongoDatabase database) {
        this.cosignatures = database.getCollection("tlog_cosignatures");
        this.witnesses = database.getCollection("tlog_witnesses");
    }

    static String id(long size, String witness) {
        return size + "|" + witness;
    }

    /** Keeps a cosignature (idempotent: the first one kept for a size and witness stays). */
    public void keep(Kept kept) {
        Document document = new Document("_id", id(kept.size(), kept.witness()))
                .append("size", kept.size())
                .append("witness", kept.witness())
                .append("line", kept.line())
                .append("timestamp", kept.timestamp());
        if (cosignatures.find(eq("_id", document.get("_id"))).first() == null) {
            cosignatures.replaceOne(eq("_id", document.get("_id")), document, new ReplaceOptions().upsert(true));
        }
    }

    /** The cosignatures kept for these checkpoint sizes from these witnesses (one read). */
    public Map<Long, Map<String, Kept>> of(Collection<Long> sizes, Collection<String> witnessNames) {
        List<String> ids = new ArrayList<>();
        for (long size : sizes) {
            for (String name : witnessNames) {
                ids.add(id(size, name));
            }
        }
        Map<Long, Map<String, Kept>> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        for (Document document : cosignatures.find(in("_id", ids))) {
            Kept kept = new Kept(
                    ((Number) document.get("size")).longValue(),
                    document.getString("witness"),
                    document.getString("line"),
                    ((Number) document.get("timestamp")).longValue());
            result.computeIfAbsent(kept.size(), s -> new HashMap<>()).put(kept.witness(), kept);
        }
        return result;
    }

    /** What the ledger knows of a witness. */
    public Optional<WitnessStanding> standing(String witness) {
        Document document = witnesses.find(eq("_id", witness)).first();
        if (document == null) {
            return Optional.empty();
        }
        return Optional.of(new WitnessStanding(
                witness,
                ((Number) document.get("cosignedSize")).longValue(),
                document.getString("lastAttemptAt"),
                document.getString("lastError")));
    }

    /** Records where a witness stands. */
    public void stand(WitnessStanding standing) {
        Document document = new Document("_id", standing.witness())
                .append("cosignedSize", standing.cosignedSize())
                .append("lastAttemptAt", standing.lastAttemptAt())
                .append("lastError", standing.lastError());
        witnesses.replaceOne(eq("_id", standing.witness()), document, new ReplaceOptions().upsert(true));
    }
}
