package org.missionledger.ledger.cosign;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.missionledger.ledger.checkpoint.StoredCheckpoint;

/**
 * What the API and the pages say about witnesses: a checkpoint's note with every cosignature the ledger got, and, for
 * each configured witness, whether it cosigned and if not what the ledger last heard from it.
 */
public class Cosignatures {

    /**
     * One witness's mark on one checkpoint.
     *
     * @param witness the witness's name
     * @param key its verifier key
     * @param cosigned whether the ledger holds its cosignature of the checkpoint
     * @param cosignedAt the cosignature's own timestamp (ISO-8601), if cosigned
     * @param lastError what went wrong the last time the witness was asked, if it has not cosigned
     */
    public record Mark(String witness, String key, boolean cosigned, String cosignedAt, String lastError) {}

    private final List<WitnessingProperties.Configured> witnesses;
    private final CosignatureStore store;

    public Cosignatures(List<WitnessingProperties.Configured> witnesses, CosignatureStore store) {
        this.witnesses = List.copyOf(witnesses);
        this.store = store;
    }

    public List<WitnessingProperties.Configured> witnesses() {
        return witnesses;
    }

    /** The checkpoint's signed note followed by the cosignature lines got for it. */
    public String cosignedNote(StoredCheckpoint checkpoint) {
        if (witnesses.isEmpty()) {
            return checkpoint.note();
        }
        Map<String, CosignatureStore.Kept> got =
                store.of(List.of(checkpoint.size()), names()).getOrDefault(checkpoint.size(), Map.of());
        StringBuilder note = new StringBuilder(checkpoint.note());
        for (WitnessingProperties.Configured witness : witnesses) {
            CosignatureStore.Kept kept = got.get(witness.name());
            if (kept != null) {
                note.append(kept.line()).append('\n');
            }
        }
        return note.toString();
    }

    /** Each configured witness's mark on the checkpoint. */
    public List<Mark> marks(StoredCheckpoint checkpoint) {
        return marks(List.of(checkpoint.size())).get(checkpoint.size());
    }

    /** Each configured witness's mark on each checkpoint size (one read for the cosignatures). */
    public Map<Long, List<Mark>> marks(Collection<Long> sizes) {
        Map<Long, Map<String, CosignatureStore.Kept>> got = store.of(sizes, names());
        Map<String, CosignatureStore.WitnessStanding> standings = new java.util.HashMap<>();
        Map<Long, List<Mark>> result = new java.util.HashMap<>();
        for (long size : sizes) {
            List<Mark> marks = new ArrayList<>();
            for (WitnessingProperties.Configured witness : witnesses) {
                CosignatureStore.Kept kept = got.getOrDefault(size, Map.of()).get(witness.name());
                if (kept != null) {
                    marks.add(new Mark(
                            witness.name(),
                            witness.key().format(),
                            true,
                            Instant.ofEpochSecond(kept.timestamp()).toString(),
                            null));
                } else {
                    CosignatureStore.WitnessStanding standing = standings.computeIfAbsent(
                            witness.name(), n -> store.standing(n).orElse(null));
                    marks.add(new Mark(
                            witness.name(),
                            witness.key().format(),
                            false,
                            null,
                            standing == null ? null : standing.lastError()));
                }
            }
            result.put(size, marks);
        }
        return result;
    }

    private List<String> names() {
        return witnesses.stream().map(WitnessingProperties.Configured::name).toList();
    }
}
