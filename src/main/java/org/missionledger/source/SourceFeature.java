package org.missionledger.source;

import static org.missionledger.platform.security.RecordingRule.adminOnly;
import static org.missionledger.platform.security.RecordingRule.requires;

import java.util.Arrays;
import java.util.List;
import org.missionledger.platform.feature.FeatureRegistration;
import org.missionledger.platform.security.Role;
import org.missionledger.source.api.DismissSourceChange;
import org.missionledger.source.api.LinkSourceChange;
import org.missionledger.source.api.RecordSourceObservation;
import org.missionledger.source.api.SourceAggregateType;
import org.missionledger.source.api.SourceRefusal;
import org.missionledger.source.command.SourceAggregate;
import org.springframework.stereotype.Component;

/**
 * The source watch as the platform knows it: the source aggregate, and who may record its commands — recording an
 * observation is the watch's (ADMIN), resolving an observed change any RECORDER's.
 */
@Component
public class SourceFeature implements FeatureRegistration {

    private static final String RESOLVE = "resolve changes of cited pages";

    @Override
    public String name() {
        return "source";
    }

    @Override
    public List<Aggregate> aggregates() {
        return List.of(Aggregate.of(SourceAggregateType.NAME, SourceAggregate.class));
    }

    @Override
    public List<Command<?>> commands() {
        return List.of(
                Command.of(RecordSourceObservation.class, adminOnly()),
                Command.of(LinkSourceChange.class, requires(Role.RECORDER, RESOLVE)),
                Command.of(DismissSourceChange.class, requires(Role.RECORDER, RESOLVE)));
    }

    @Override
    public List<SourceRefusal> refusals() {
        return Arrays.asList(SourceRefusal.values());
    }
}
