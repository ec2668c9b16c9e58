package org.missionledger.platform.health;

import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.missionledger.platform.eventstore.EventLog;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Every event processor (projections, the transparency-log sequencer): running or not, in error or not, and how far
 * behind the head of the global order it is, and how many events it parked in its dead-letter queue. A processor in
 * error makes the application DOWN; lag and parked events alone do not (they are reported and measured).
 */
@Component("processors")
class ProcessorsHealthIndicator extends AbstractHealthIndicator {

    private final EventProcessingConfiguration processing;
    private final EventLog eventLog;

    ProcessorsHealthIndicator(EventProcessingConfiguration processing, EventLog eventLog) {
        super("The processors' state cannot be read");
        this.processing = processing;
        this.eventLog = eventLog;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        long head = eventLog.lastEventIndex();
        boolean healthy = true;
        Map<String, Object> details = new LinkedHashMap<>();
        for (EventProcessor processor : processing.eventProcessors().values()) {
            Map<String, Object> status = new LinkedHashMap<>();
            status.put("running", processor.isRunning());
            status.put("error", processor.isError());
            healthy &= !processor.isError();
            if (processor instanceof StreamingEventProcessor streaming) {
                long position = streaming.processingStatus().values().stream()
                        .map(EventTrackerStatus::getCurrentPosition)
                        .mapToLong(p -> p.orElse(0L))
                        .min()
                        .orElse(0L);
                status.put("position", position);
                status.put("lag", Math.max(0, head - position));
                status.put("replaying", streaming.isReplaying());
            }
            processing.deadLetterQueue(processor.getName()).ifPresent(queue -> status.put("deadLetters", queue.size()));
            details.put(processor.getName(), status);
        }
        builder.status(healthy ? "UP" : "DOWN").withDetail("head", head).withDetails(details);
    }
}
