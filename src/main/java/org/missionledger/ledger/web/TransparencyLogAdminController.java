package org.missionledger.ledger.web;

import org.missionledger.ledger.checkpoint.CheckpointScheduler;
import org.missionledger.ledger.checkpoint.CheckpointStore;
import org.missionledger.ledger.checkpoint.StoredCheckpoint;
import org.missionledger.ledger.cosign.Cosignatures;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operating the transparency log (ADMIN): sign a checkpoint now rather than at the next tick, e.g. before producing a
 * committee pack or after an import, so that what was just recorded is covered by a signature.
 */
@RestController
@RequestMapping("/api/admin/ledger")
class TransparencyLogAdminController {

    private final CheckpointScheduler scheduler;
    private final CheckpointStore checkpoints;
    private final Cosignatures cosignatures;

    TransparencyLogAdminController(
            CheckpointScheduler scheduler, CheckpointStore checkpoints, Cosignatures cosignatures) {
        this.scheduler = scheduler;
        this.checkpoints = checkpoints;
        this.cosignatures = cosignatures;
    }

    /** Whether a checkpoint was signed by this request, and the latest checkpoint (none for an empty log). */
    record SignResult(boolean signed, TransparencyLogController.CheckpointView latest) {}

    /**
     * Signs a checkpoint of the log as it stands, if it grew since the latest checkpoint: {@code 201} with the new
     * checkpoint, or {@code 200} with the latest one when there was nothing new to sign.
     */
    @PostMapping("/checkpoint")
    ResponseEntity<SignResult> signNow() {
        long before = checkpoints.latest().map(StoredCheckpoint::seq).orElse(0L);
        scheduler.signNow();
        StoredCheckpoint latest = checkpoints.latest().orElse(null);
        boolean signed = latest != null && latest.seq() > before;
        return ResponseEntity.status(signed ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new SignResult(
                        signed,
                        latest == null ? null : TransparencyLogController.CheckpointView.of(latest, cosignatures)));
    }
}
