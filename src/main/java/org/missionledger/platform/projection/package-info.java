/**
 * Shared read-side infrastructure: the event as projections see it ({@link LedgerEvent}), the contract every
 * projection implements ({@link org.missionledger.platform.projection.Projector}), how read documents are stored, and
 * the operations on all projections — lag, rebuild and the consistency check.
 */
package org.missionledger.platform.projection;
