/**
 * The transparency log's leaves and tree: every stored event, in the global order, becomes one leaf
 * ({@link org.missionledger.ledger.log.LeafEncoding}); the {@link org.missionledger.ledger.log.LogSequencer}, run by a
 * one-segment Axon processor, appends them idempotently to the Mongo-backed {@link org.missionledger.ledger.log.TreeStore},
 * which serves roots and proofs in one read each ({@link org.missionledger.ledger.log.LogProofs}).
 * {@link org.missionledger.ledger.log.LiveStore} gives the live verifier read-only access to a store.
 */
package org.missionledger.ledger.log;
