/**
 * Signed checkpoints of the transparency log: the signing key in a file outside the database
 * ({@link org.missionledger.ledger.checkpoint.SigningKeyFile}), the signer, its schedule (on a timer and every N leaves,
 * never per event) and the store of every checkpoint ever signed.
 */
package org.missionledger.ledger.checkpoint;
