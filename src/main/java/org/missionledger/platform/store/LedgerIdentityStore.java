package org.missionledger.platform.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/** The ledger's identity, one document ({@code _id: "ledger"}) in the {@code ledger_identity} collection. */
public class LedgerIdentityStore {

    public static final String COLLECTION = "ledger_identity";
    private static final String ID = "ledger";

    private final MongoCollection<Document> collection;

    public LedgerIdentityStore(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
    }

    public Optional<LedgerIdentity> read() {
        Document document = collection.find(eq("_id", ID)).first();
        return Optional.ofNullable(document).map(LedgerIdentityStore::toIdentity);
    }

    /** Records the identity if the store has none yet; answers the one recorded (this one, or an earlier one). */
    public LedgerIdentity establish(LedgerIdentity fresh) {
        Optional<LedgerIdentity> existing = read();
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            collection.insertOne(new Document("_id", ID)
                    .append("ledgerId", fresh.ledgerId())
                    .append("origin", fresh.origin())
                    .append("verifierKey", fresh.verifierKey())
                    .append("rotations", List.of())
                    .append("createdAt", fresh.createdAt()));
            return fresh;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return read().orElseThrow();
            }
            throw e;
        }
    }

    /** Records the first signing key of a ledger that has none; false if one was recorded meanwhile. */
    public boolean recordFirstKey(String verifierKey) {
        return collection
                        .updateOne(and(eq("_id", ID), eq("verifierKey", null)), Updates.set("verifierKey", verifierKey))
                        .getModifiedCount()
                == 1;
    }

    /** Replaces the current key by the next one, keeping the rotation; false if the current key was not {@code from}. */
    public boolean rotate(LedgerIdentity.KeyRotation rotation) {
        Document entry = new Document("previousKey", rotation.previousKey())
                .append("nextKey", rotation.nextKey())
                .append("size", rotation.size())
                .append("note", rotation.note())
                .append("at", rotation.at());
        return collection
                        .updateOne(
                                and(eq("_id", ID), eq("verifierKey", rotation.previousKey())),
                                Updates.combine(
                                        Updates.set("verifierKey", rotation.nextKey()),
                                        Updates.push("rotations", entry)))
                        .getModifiedCount()
                == 1;
    }

    private static LedgerIdentity toIdentity(Document document) {
        List<LedgerIdentity.KeyRotation> rotations = new ArrayList<>();
        for (Document r : document.getList("rotations", Document.class, List.of())) {
            rotations.add(new LedgerIdentity.KeyRotation(
                    r.getString("previousKey"),
                    r.getString("nextKey"),
                    ((Number) r.get("size")).longValue(),
                    r.getString("note"),
                    r.getString("at")));
        }
        return new LedgerIdentity(
                document.getString("ledgerId"),
                document.getString("origin"),
                document.getString("verifierKey"),
                rotations,
                document.getString("createdAt"));
    }
}
