package org.missionledger.platform.deadletter;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/** Lists, retries and evicts parked events, per processing group; publishes their number as a metric. */
@Component
public class DeadLetters implements SmartInitializingSingleton {

    private final EventProcessingConfiguration processing;
    private final MeterRegistry meters;

    public DeadLetters(EventProcessingConfiguration processing, MeterRegistry meters) {
        this.processing = processing;
        this.meters = meters;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (String group : groups()) {
            Gauge.builder("missionledger.deadletters", () -> count(group))
                    .tag("processingGroup", group)
                    .description("Events parked because a projection handler failed")
                    .register(meters);
        }
    }

    public List<String> groups() {
        return processing.eventProcessors().keySet().stream()
                .filter(group -> processing.deadLetterQueue(group).isPresent())
                .sorted()
                .toList();
    }

    public long count(String group) {
        return queue(group).map(SequencedDeadLetterQueue::size).orElse(0L);
    }

    public List<DeadLetterView> list(String group) {
        List<DeadLetterView> views = new ArrayList<>();
        queue(group).ifPresent(queue -> {
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
                for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                    views.add(view(group, letter));
                }
            }
        });
        return views;
    }

    /** Retries every parked sequence of a group once; returns how many sequences were cleared. */
    public int retry(String group) {
        SequencedDeadLetterProcessor<EventMessage<?>> processor =
                processing.sequencedDeadLetterProcessor(group).orElseThrow(() -> new UnknownProcessingGroup(group));
        long sequences =
                queue(group).map(SequencedDeadLetterQueue::amountOfSequences).orElse(0L);
        int cleared = 0;
        for (long i = 0; i < sequences; i++) {
            if (processor.processAny()) {
                cleared++;
            }
        }
        return cleared;
    }

    /**
     * Retries the parked sequences of a group whose first event failed because the store did (a MongoDB error: an
     * outage, a timeout, a lost primary); sequences parked for any other cause are left for an operator. Returns how
     * many sequences were cleared; a store still failing parks them again, with their cause.
     */
    public int retryStoreFailures(String group) {
        Optional<SequencedDeadLetterProcessor<EventMessage<?>>> processor =
                processing.sequencedDeadLetterProcessor(group);
        Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue = queue(group);
        if (processor.isEmpty() || queue.isEmpty()) {
            return 0;
        }
        long parked = 0;
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence :
                queue.get().deadLetters()) {
            var first = sequence.iterator();
            if (first.hasNext() && isStoreFailure(first.next())) {
                parked++;
            }
        }
        int cleared = 0;
        for (long i = 0; i < parked; i++) {
            if (processor.get().process(DeadLetters::isStoreFailure)) {
                cleared++;
            }
        }
        return cleared;
    }

    /** Whether a letter was parked because the store failed, not because of the event or a projector's own bug. */
    static boolean isStoreFailure(DeadLetter<? extends EventMessage<?>> letter) {
        return letter.cause()
                .map(cause -> cause.type().startsWith("com.mongodb.")
                        && !cause.type().equals("com.mongodb.MongoWriteException")
                        && !cause.type().equals("com.mongodb.MongoBulkWriteException"))
                .orElse(false);
    }

    /** Evicts one parked event (it will not be retried; the projection skips it). Returns whether it was found. */
    public boolean evict(String group, String eventId) {
        SequencedDeadLetterQueue<EventMessage<?>> queue =
                queue(group).orElseThrow(() -> new UnknownProcessingGroup(group));
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                if (letter.message().getIdentifier().equals(eventId)) {
                    queue.evict(letter);
                    return true;
                }
            }
        }
        return false;
    }

    private Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue(String group) {
        return processing.deadLetterQueue(group);
    }

    private static DeadLetterView view(String group, DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> message = letter.message();
        String sequence = message instanceof org.axonframework.eventhandling.DomainEventMessage<?> domain
                ? domain.getAggregateIdentifier()
                : message.getIdentifier();
        return new DeadLetterView(
                group,
                sequence,
                message.getIdentifier(),
                message.getPayloadType().getSimpleName(),
                letter.cause().map(c -> c.type() + ": " + c.message()).orElse(null),
                letter.enqueuedAt(),
                letter.lastTouched());
    }

    /** A processing group without a dead-letter queue (or no such group). */
    public static class UnknownProcessingGroup extends RuntimeException {
        public UnknownProcessingGroup(String group) {
            super("No dead-letter queue for processing group '" + group + "'", null, false, false);
        }
    }
}
