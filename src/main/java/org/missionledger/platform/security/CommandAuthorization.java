package org.missionledger.platform.security;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.missionledger.platform.axon.CommandMetadataInterceptor;

/** Enforces the {@link RecordingPolicy} at the command handlers' entry point, from the grants stamped at dispatch. */
public final class CommandAuthorization implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final RecordingPolicy policy;

    public CommandAuthorization(RecordingPolicy policy) {
        this.policy = policy;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        Grants grants = Grants.decode((String) command.getMetaData().get(CommandMetadataInterceptor.GRANTS));
        String actor = String.valueOf(command.getMetaData().get(CommandMetadataInterceptor.ACTOR));
        policy.check(command.getPayload(), actor, grants);
        return chain.proceed();
    }
}
