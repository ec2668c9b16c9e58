/** The transparency log over HTTP: {@code /api/ledger} checkpoints, key, proofs and leaves. */
package org.missionledger.ledger.web;
