package org.missionledger.ledger.web;

import java.util.List;
import org.missionledger.ledger.checkpoint.KeyRotation;
import org.missionledger.platform.store.LedgerIdentity;
import org.missionledger.platform.store.LedgerIdentityStore;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ledger's identity and its key history: {@code GET /api/ledger/identity} (ledger id, origin, current key, every
 * rotation with its handover checkpoint, public) and {@code POST /api/admin/ledger/keys/rotate} (ADMIN: what {@code
 * mission-ledger keys rotate} does when a server holds the ledger).
 */
@RestController
class KeyRotationController {

    private final LedgerIdentityStore identities;
    private final KeyRotation rotation;

    KeyRotationController(LedgerIdentityStore identities, KeyRotation rotation) {
        this.identities = identities;
        this.rotation = rotation;
    }

    /** Who the ledger is, and how its key changed. */
    record IdentityView(String ledgerId, String origin, String key, List<LedgerIdentity.KeyRotation> rotations) {}

    @GetMapping("/api/ledger/identity")
    ResponseEntity<IdentityView> identity() {
        return identities
                .read()
                .map(i -> ResponseEntity.ok(new IdentityView(i.ledgerId(), i.origin(), i.verifierKey(), i.rotations())))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PostMapping("/api/admin/ledger/keys/rotate")
    ResponseEntity<LedgerIdentity.KeyRotation> rotate() {
        return ResponseEntity.status(HttpStatus.CREATED).body(rotation.rotate());
    }
}
