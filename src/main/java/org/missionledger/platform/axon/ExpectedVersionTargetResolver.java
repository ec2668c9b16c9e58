package org.missionledger.platform.axon;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

/**
 * Finds a command's target aggregate by its {@code @TargetAggregateIdentifier} and the version the client expects
 * (an HTTP {@code If-Match}) in the {@value #EXPECTED_VERSION} metadata. With an expected version, Axon refuses the
 * command with a {@code ConflictingAggregateVersionException} if the aggregate has moved on since.
 */
public final class ExpectedVersionTargetResolver implements CommandTargetResolver {

    public static final String EXPECTED_VERSION = "expectedVersion";

    private final CommandTargetResolver identifiers =
            AnnotationCommandTargetResolver.builder().build();

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        VersionedAggregateIdentifier target = identifiers.resolveTarget(command);
        Object expected = command.getMetaData().get(EXPECTED_VERSION);
        Long version = expected instanceof Number number ? Long.valueOf(number.longValue()) : null;
        return new VersionedAggregateIdentifier(target.getIdentifierValue(), version);
    }
}
