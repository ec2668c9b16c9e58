package org.missionledger.ledger.log;

import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.ConcludesBatch;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * The sequencer's place in Axon: a one-segment pooled streaming processor over the global order. For each batch it
 * notes the highest global index delivered and, on the batch's last event, appends everything up to it, before Axon
 * stores the processor's token. A failure propagates (see {@link TransparencyLogConfiguration}), so the token does not
 * move and the batch is delivered again; the sequencer is idempotent. Replays are refused: the log is append-only.
 */
@ProcessingGroup(SequencerHandler.PROCESSING_GROUP)
@DisallowReplay
class SequencerHandler {

    static final String PROCESSING_GROUP = "transparency-log";
    private static final String BATCH_MAX = SequencerHandler.class.getName() + ".batchMax";

    private final LogSequencer sequencer;

    SequencerHandler(LogSequencer sequencer) {
        this.sequencer = sequencer;
    }

    @EventHandler
    void on(EventMessage<?> event, TrackingToken token, @ConcludesBatch Boolean lastOfBatch) {
        long position = token.position()
                .orElseThrow(() -> new IllegalStateException("tracking token without a position: " + token));
        if (!CurrentUnitOfWork.isStarted()) {
            append(position);
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        AtomicLong max = unitOfWork.getOrComputeResource(BATCH_MAX, key -> new AtomicLong());
        max.accumulateAndGet(position, Math::max);
        if (Boolean.TRUE.equals(lastOfBatch)) {
            append(max.get());
        }
    }

    private void append(long upTo) {
        try {
            sequencer.appendUpTo(upTo);
        } catch (RuntimeException e) {
            sequencer.reload();
            throw e;
        }
    }
}
