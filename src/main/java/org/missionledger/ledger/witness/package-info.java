/**
 * A C2SP {@code tlog-witness}: the {@code witness} subcommand, a small separate process that cosigns a log's
 * checkpoints ({@code cosignature/v1}, timestamped Ed25519 per C2SP {@code tlog-cosignature}) only after checking that
 * each extends the last one it cosigned, keeps its state in files (atomic rename), and keeps the signed notes of any
 * two checkpoints of one log that cannot both be true (split-view evidence). Plain Java: JDK HTTP server, no Spring.
 */
package org.missionledger.ledger.witness;
