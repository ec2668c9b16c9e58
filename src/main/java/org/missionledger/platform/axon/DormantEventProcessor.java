package org.missionledger.platform.axon;

import java.util.List;
import org.axonframework.common.Registration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.MessageHandlerInterceptor;

/**
 * The processor of a read-only process: it has a name and never runs, so the process neither sequences the log nor
 * projects, nor claims a token that the ledger's writer needs.
 */
final class DormantEventProcessor implements EventProcessor {

    private final String name;

    DormantEventProcessor(String name) {
        this.name = name;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public List<MessageHandlerInterceptor<? super EventMessage<?>>> getHandlerInterceptors() {
        return List.of();
    }

    @Override
    public void start() {
        // never: this process only reads
    }

    @Override
    public void shutDown() {
        // nothing runs
    }

    @Override
    public boolean isRunning() {
        return false;
    }

    @Override
    public boolean isError() {
        return false;
    }

    @Override
    public Registration registerHandlerInterceptor(MessageHandlerInterceptor<? super EventMessage<?>> interceptor) {
        return () -> true;
    }
}
