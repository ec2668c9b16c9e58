/**
 * C2SP {@code signed-note} v1 (Ed25519, signature type 0x01) and C2SP {@code tlog-checkpoint} for the Mission
 * Ledger transparency log, using only the JDK's built-in Ed25519 provider.
 *
 * <ul>
 *   <li>{@link org.missionledger.ledger.note.NoteVerifierKey} / {@link org.missionledger.ledger.note.NoteSignerKey}:
 *       key strings {@code name+keyid+base64(0x01||pub)} and {@code PRIVATE+KEY+name+keyid+base64(0x01||seed)}.</li>
 *   <li>{@link org.missionledger.ledger.note.SignedNote}: strict parsing, byte-exact signing, verification.</li>
 *   <li>{@link org.missionledger.ledger.note.Checkpoint}: the checkpoint note body.</li>
 *   <li>{@link org.missionledger.ledger.note.Ed25519Keys}: raw 32-byte keys &lt;-&gt; JDK keys.</li>
 * </ul>
 */
package org.missionledger.ledger.note;
