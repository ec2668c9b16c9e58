package org.missionledger.platform.pages;

import java.util.Collection;
import java.util.Map;

/**
 * Where pages get the transparency-log leaf of an event (the audit page): its leaf index and leaf hash. The
 * transparency log provides the bean; pages take it from an {@code ObjectProvider} and show no leaves without one.
 */
public interface LedgerLeaves {

    /**
     * An event's leaf in the log.
     *
     * @param index the leaf index (dense, from 0, in the order the log sequenced the events)
     * @param hash the RFC 9162 leaf hash, lowercase hex
     */
    record Leaf(long index, String hash) {}

    /**
     * Returns the leaves of those events the log has already sequenced (an event recorded a moment ago may not have
     * one yet).
     */
    Map<String, Leaf> of(Collection<String> eventIds);
}
