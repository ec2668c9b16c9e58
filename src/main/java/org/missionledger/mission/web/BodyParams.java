package org.missionledger.mission.web;

import java.util.Locale;
import java.util.Set;
import org.missionledger.mission.api.Body;
import org.missionledger.mission.api.GovernmentLevel;
import org.missionledger.mission.query.BodyFilter;
import org.missionledger.platform.web.InvalidRequestException;
import org.missionledger.platform.web.QueryParams;

/** The {@code jurisdiction} and {@code level} query parameters of the lists, read and checked (400 when invalid). */
final class BodyParams {

    private BodyParams() {}

    static BodyFilter filter(String jurisdiction, String level) {
        String code = blank(jurisdiction);
        if (code != null) {
            code = code.toUpperCase(Locale.ROOT);
            if (!code.matches(Body.JURISDICTION)) {
                throw InvalidRequestException.of("jurisdiction", Body.JURISDICTION_MESSAGE);
            }
        }
        Set<GovernmentLevel> levels =
                QueryParams.enums("level", level == null ? null : java.util.List.of(level), GovernmentLevel.class);
        if (levels.size() > 1) {
            throw InvalidRequestException.of("level", "takes one level");
        }
        return new BodyFilter(code, levels.isEmpty() ? null : levels.iterator().next());
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
