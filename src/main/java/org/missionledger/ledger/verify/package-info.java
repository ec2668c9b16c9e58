/**
 * The transparency-log verifier, the {@code verify} subcommand: recomputes every leaf and root from an events export,
 * checks the checkpoints' signatures and consistency, and names modified, deleted, inserted and reordered events. Plain
 * Java reading files; only the {@code --live} mode reaches a store, through
 * {@link org.missionledger.ledger.log.LiveStore}.
 */
package org.missionledger.ledger.verify;
