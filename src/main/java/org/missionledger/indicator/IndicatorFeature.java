package org.missionledger.indicator;

import static org.missionledger.platform.security.RecordingRule.requires;

import java.util.Arrays;
import java.util.List;
import org.missionledger.indicator.api.ChangeIndicatorMethodology;
import org.missionledger.indicator.api.CorrectIndicatorRecord;
import org.missionledger.indicator.api.DefineIndicator;
import org.missionledger.indicator.api.IndicatorAggregateType;
import org.missionledger.indicator.api.IndicatorRefusal;
import org.missionledger.indicator.api.RecordReading;
import org.missionledger.indicator.api.ReviseReading;
import org.missionledger.indicator.api.WithdrawReading;
import org.missionledger.indicator.command.IndicatorAggregate;
import org.missionledger.platform.feature.FeatureRegistration;
import org.missionledger.platform.security.Role;
import org.springframework.stereotype.Component;

/**
 * The indicator feature as the platform knows it: the indicator aggregate, and who may record its commands — any
 * RECORDER (series belong to their publishers, not to a body), corrections an EDITOR.
 */
@Component
public class IndicatorFeature implements FeatureRegistration {

    private static final String RECORD_INDICATORS = "record indicators";

    @Override
    public String name() {
        return "indicator";
    }

    @Override
    public List<Aggregate> aggregates() {
        return List.of(Aggregate.of(
                IndicatorAggregateType.NAME, IndicatorAggregate.class, IndicatorRefusal.INDICATOR_ALREADY_DEFINED));
    }

    @Override
    public List<Command<?>> commands() {
        return List.of(
                Command.of(DefineIndicator.class, requires(Role.RECORDER, RECORD_INDICATORS)),
                Command.of(ChangeIndicatorMethodology.class, requires(Role.RECORDER, RECORD_INDICATORS)),
                Command.of(RecordReading.class, requires(Role.RECORDER, RECORD_INDICATORS)),
                Command.of(ReviseReading.class, requires(Role.RECORDER, RECORD_INDICATORS)),
                Command.of(WithdrawReading.class, requires(Role.RECORDER, RECORD_INDICATORS)),
                Command.of(CorrectIndicatorRecord.class, requires(Role.EDITOR, "record corrections")));
    }

    @Override
    public List<IndicatorRefusal> refusals() {
        return Arrays.asList(IndicatorRefusal.values());
    }
}
