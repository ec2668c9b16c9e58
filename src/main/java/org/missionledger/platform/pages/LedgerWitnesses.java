package org.missionledger.platform.pages;

import java.util.List;

/**
 * Which witnesses cosigned a checkpoint, for the pages (audit trail, inclusion proof). Pages take it from an optional
 * bean of this type, which the transparency log provides; without one (or with no witness configured) they show no
 * witness section.
 */
public interface LedgerWitnesses {

    /** No witnesses. */
    LedgerWitnesses NONE = size -> List.of();

    /**
     * One configured witness's mark on a checkpoint.
     *
     * @param witness its name
     * @param key its verifier key
     * @param cosigned whether the ledger holds its cosignature
     * @param cosignedAt the cosignature's timestamp (ISO-8601), when cosigned
     * @param lastError what went wrong when it was last asked, when not cosigned (null if nothing is known)
     */
    record Mark(String witness, String key, boolean cosigned, String cosignedAt, String lastError) {}

    /** Each configured witness's mark on the checkpoint of that tree size (empty without witnesses). */
    List<Mark> of(long treeSize);
}
