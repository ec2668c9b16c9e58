/**
 * The ledger asks its witnesses: every new checkpoint is sent to each configured C2SP {@code tlog-witness}, with the
 * consistency proof from the size that witness last cosigned; the cosignatures that come back are kept and published
 * with the checkpoint. Asynchronous and retried: a witness that is down delays nothing.
 */
package org.missionledger.ledger.cosign;
