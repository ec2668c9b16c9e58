package org.missionledger.mission.query;

import org.missionledger.mission.api.Body;
import org.missionledger.mission.api.GovernmentLevel;

/**
 * Which bodies to keep by where and at what level they govern: a {@code jurisdiction} (an ISO 3166 code; a country code
 * such as {@code GB} also matches its subdivisions, {@code GB-CMD}) and a {@code level}. Absent criteria do not filter.
 */
public record BodyFilter(String jurisdiction, GovernmentLevel level) {

    public static BodyFilter none() {
        return new BodyFilter(null, null);
    }

    public boolean isEmpty() {
        return jurisdiction == null && level == null;
    }

    public boolean matches(Body body) {
        if (body == null) {
            return isEmpty();
        }
        if (level != null && body.level() != level) {
            return false;
        }
        if (jurisdiction == null) {
            return true;
        }
        String code = body.jurisdiction();
        return code != null && (code.equals(jurisdiction) || code.startsWith(jurisdiction + "-"));
    }
}
