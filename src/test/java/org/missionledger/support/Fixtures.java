package org.missionledger.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.missionledger.common.api.Source;
import org.missionledger.mission.api.AccountableRole;
import org.missionledger.mission.api.Body;
import org.missionledger.mission.api.BodyKind;
import org.missionledger.mission.api.Comparator;
import org.missionledger.mission.api.Holder;
import org.missionledger.mission.api.RoleKind;
import org.missionledger.mission.api.TargetTerms;

/** Small, realistic values the read-side tests share. */
public final class Fixtures {

    public static final Body UK = new Body("uk-government", "UK Government", BodyKind.NATIONAL_GOVERNMENT);
    public static final AccountableRole LEAD_MINISTER = new AccountableRole(RoleKind.LEAD_MINISTER, null);

    private Fixtures() {}

    public static Source source(String title) {
        return new Source(
                title,
                "GOV.UK",
                "https://www.gov.uk/" + title.toLowerCase().replace(' ', '-'),
                LocalDate.of(2024, 7, 1),
                null);
    }

    public static Holder holder(String name) {
        return new Holder(name, "Secretary of State");
    }

    /** "At least 95% clean power by 2030", measured by {@code indicatorId} from a 2023 baseline of 60. */
    public static TargetTerms cleanPower(String indicatorId) {
        return new TargetTerms(
                "At least 95% of electricity from clean sources by 2030",
                indicatorId,
                new BigDecimal("60"),
                LocalDate.of(2023, 12, 31),
                Comparator.AT_LEAST,
                new BigDecimal("95"),
                "%",
                LocalDate.of(2030, 12, 31),
                "Great Britain",
                "Share of generation");
    }
}
