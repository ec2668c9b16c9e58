package org.missionledger.mission.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.missionledger.common.api.AlterationKind;
import org.missionledger.common.api.FeatureApi;

/**
 * Which alterations to list: any of {@code kinds} (empty = all), of one body and/or mission, recorded at or after
 * {@code since}, and taking effect between {@code effectiveFrom} and {@code effectiveTo} (inclusive). Absent criteria
 * do not filter.
 */
@FeatureApi("a parameter of AlterationQueries")
public record ChangesFilter(
        Set<AlterationKind> kinds,
        String bodyId,
        String missionId,
        Instant since,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        Set<String> anyOfBodies) {

    /**
     * {@code anyOfBodies}: only alterations concerning one of these bodies (null = any body; empty = none), e.g. the
     * bodies of one jurisdiction or level of government ({@link BodyFilter}).
     */
    public ChangesFilter {}

    /** Bounded by effective dates, any body. */
    public ChangesFilter(
            Set<AlterationKind> kinds,
            String bodyId,
            String missionId,
            Instant since,
            LocalDate effectiveFrom,
            LocalDate effectiveTo) {
        this(kinds, bodyId, missionId, since, effectiveFrom, effectiveTo, null);
    }

    /** Without bounds on the effective date. */
    public ChangesFilter(Set<AlterationKind> kinds, String bodyId, String missionId, Instant since) {
        this(kinds, bodyId, missionId, since, null, null);
    }

    /** The same filter, restricted to alterations concerning one of {@code bodies}. */
    public ChangesFilter withBodies(Set<String> bodies) {
        return new ChangesFilter(kinds, bodyId, missionId, since, effectiveFrom, effectiveTo, bodies);
    }

    public static ChangesFilter none() {
        return new ChangesFilter(Set.of(), null, null, null);
    }

    public static ChangesFilter ofMission(String missionId) {
        return new ChangesFilter(Set.of(), null, missionId, null);
    }
}
