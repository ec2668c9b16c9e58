/**
 * RFC 9162 (RFC 6962) Merkle tree mathematics for the Mission Ledger transparency log.
 *
 * <p>Plain Java 17, no framework dependencies. SHA-256 throughout; leaf hash = {@code H(0x00 || leaf)}, node hash =
 * {@code H(0x01 || left || right)}, empty tree = {@code H("")}.
 *
 * <ul>
 *   <li>{@link org.missionledger.ledger.merkle.MerkleHashes}: the hash functions.</li>
 *   <li>{@link org.missionledger.ledger.merkle.SubtreeHashSource} / {@link org.missionledger.ledger.merkle.NodeId}:
 *       storage abstraction over complete (perfect) subtree hashes.</li>
 *   <li>{@link org.missionledger.ledger.merkle.MerkleProofs}: roots and proofs in O(log n) reads.</li>
 *   <li>{@link org.missionledger.ledger.merkle.MerkleVerifier}: RFC 9162 §2.1.3.2 / §2.1.4.2 verification.</li>
 *   <li>{@link org.missionledger.ledger.merkle.MerkleAppender}: incremental append via the right frontier.</li>
 *   <li>{@link org.missionledger.ledger.merkle.MerkleTree}: compact in-memory tree and hash source.</li>
 * </ul>
 */
package org.missionledger.ledger.merkle;
