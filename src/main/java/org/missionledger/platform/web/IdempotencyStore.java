package org.missionledger.platform.web;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.bson.Document;
import org.missionledger.platform.store.LedgerStore;
import org.springframework.stereotype.Component;

/**
 * Remembers the outcome of requests sent with an {@code Idempotency-Key}, so that a retried request gets the first
 * response instead of recording twice. Kept in MongoDB (one document per key and actor, {@code _id} a hash of both),
 * so replays work across restarts and across instances.
 */
@Component
public class IdempotencyStore {

    /** A request older than this that never completed is presumed abandoned (its process died). */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

    private final MongoCollection<Document> requests;
    private final Clock clock;

    public IdempotencyStore(LedgerStore store, Clock clock) {
        this.requests = store.database().getCollection("idempotency_keys");
        this.clock = clock;
    }

    /** What is known about a key when a request arrives. */
    public sealed interface Claim {}

    /** This request holds the key and must complete or release it. */
    public record Claimed(String id) implements Claim {}

    /** An earlier request with the key completed: replay its response. */
    public record Completed(String fingerprint, int status, String body, String etag, String location)
            implements Claim {}

    /** An earlier request with the key is still running. */
    public record InProgress() implements Claim {}

    public Claim claim(String scope, String key, String fingerprint) {
        String id = sha256(scope + "\n" + key);
        Instant now = clock.instant();
        Document pending = new Document("_id", id)
                .append("state", "pending")
                .append("fingerprint", fingerprint)
                .append("scope", scope)
                .append("createdAt", now.toString());
        try {
            requests.insertOne(pending);
            return new Claimed(id);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        Document existing = requests.find(eq("_id", id)).first();
        if (existing == null) {
            return claim(scope, key, fingerprint);
        }
        if ("done".equals(existing.getString("state"))) {
            return new Completed(
                    existing.getString("fingerprint"),
                    existing.getInteger("status"),
                    existing.getString("body"),
                    existing.getString("etag"),
                    existing.getString("location"));
        }
        String cutoff = now.minus(ABANDONED_AFTER).toString();
        Document takenOver = requests.findOneAndUpdate(
                and(eq("_id", id), eq("state", "pending"), lt("createdAt", cutoff)),
                Updates.combine(Updates.set("createdAt", now.toString()), Updates.set("fingerprint", fingerprint)));
        return takenOver != null ? new Claimed(id) : new InProgress();
    }

    public void complete(Claimed claim, int status, String body, String etag, String location) {
        requests.updateOne(
                eq("_id", claim.id()),
                Updates.combine(
                        Updates.set("state", "done"),
                        Updates.set("status", status),
                        Updates.set("body", body),
                        Updates.set("etag", etag),
                        Updates.set("location", location),
                        Updates.set("completedAt", clock.instant().toString())));
    }

    /** Releases a key whose request failed, so the client may retry it. */
    public void release(Claimed claim) {
        requests.deleteOne(and(eq("_id", claim.id()), eq("state", "pending")));
    }

    public Optional<Document> find(String scope, String key) {
        return Optional.ofNullable(
                requests.find(eq("_id", sha256(scope + "\n" + key))).first());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
