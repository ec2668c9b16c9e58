package org.missionledger.mission.command;

import static org.missionledger.common.api.SourceBuilder.laterSource;
import static org.missionledger.common.api.SourceBuilder.source;

import java.time.LocalDate;
import org.missionledger.common.api.Source;
import org.missionledger.mission.api.AccountabilityAssigned;
import org.missionledger.mission.api.AccountableRole;
import org.missionledger.mission.api.Body;
import org.missionledger.mission.api.BodyKind;
import org.missionledger.mission.api.Comparator;
import org.missionledger.mission.api.DeclareMission;
import org.missionledger.mission.api.Holder;
import org.missionledger.mission.api.MissionAchieved;
import org.missionledger.mission.api.MissionDeclared;
import org.missionledger.mission.api.MissionDropped;
import org.missionledger.mission.api.MissionSuperseded;
import org.missionledger.mission.api.RoleKind;
import org.missionledger.mission.api.TargetSet;
import org.missionledger.mission.api.TargetTerms;

/** A valid mission, target and tenure, and the events that record them, for the mission aggregate's tests. */
final class MissionFixtures {

    static final String MISSION_ID = "clean-energy-superpower";
    static final String SUCCESSOR_MISSION_ID = "clean-power-2030";
    static final String TARGET_ID = "clean-power-share";
    static final String OTHER_TARGET_ID = "unabated-gas-share";
    static final String INDICATOR_ID = "low-carbon-generation-share";
    static final String OTHER_INDICATOR_ID = "renewable-generation-share";
    static final String TENURE_ID = "lead-minister-2024";
    static final String NEXT_TENURE_ID = "lead-minister-2026";
    static final String TARGET_TENURE_ID = "target-sro-2024";

    static final String TITLE = "Clean energy superpower";
    static final String STATEMENT =
            "Making Britain a 'clean energy superpower' with zero-carbon electricity generation by 2030";
    static final LocalDate DECLARED_ON = LocalDate.of(2023, 2, 23);
    static final LocalDate HORIZON = LocalDate.of(2030, 12, 31);
    static final LocalDate TENURE_START = LocalDate.of(2024, 7, 5);
    static final LocalDate EFFECTIVE_ON = LocalDate.of(2024, 12, 5);

    private MissionFixtures() {}

    static Body body() {
        return new Body("uk-labour", "The Labour Party", BodyKind.POLITICAL_PARTY);
    }

    static DeclareMission declareMission() {
        return new DeclareMission(MISSION_ID, body(), TITLE, STATEMENT, "energy", DECLARED_ON, HORIZON, source());
    }

    static MissionDeclared missionDeclared() {
        return missionDeclared(MISSION_ID);
    }

    static MissionDeclared missionDeclared(String missionId) {
        return new MissionDeclared(missionId, body(), TITLE, STATEMENT, "energy", DECLARED_ON, HORIZON, source());
    }

    static MissionAchieved missionAchieved() {
        return new MissionAchieved(MISSION_ID, "Declared met in the annual report", source(), EFFECTIVE_ON);
    }

    static MissionDropped missionDropped() {
        return new MissionDropped(MISSION_ID, "Replaced by the Plan for Change milestones", source(), EFFECTIVE_ON);
    }

    static MissionSuperseded missionSuperseded() {
        return new MissionSuperseded(
                MISSION_ID, SUCCESSOR_MISSION_ID, "Restated as the clean power mission", source(), EFFECTIVE_ON);
    }

    static TargetTerms targetTerms() {
        return TargetTermsBuilder.terms().build();
    }

    static TargetTerms otherTargetTerms() {
        return TargetTermsBuilder.terms()
                .wording("At most 5% of generation from unabated gas by 2030")
                .goal(Comparator.AT_MOST, "5")
                .baselineValue("34")
                .build();
    }

    static TargetSet targetSet() {
        return new TargetSet(MISSION_ID, TARGET_ID, targetTerms(), source(), DECLARED_ON);
    }

    static TargetSet otherTargetSet() {
        return new TargetSet(MISSION_ID, OTHER_TARGET_ID, otherTargetTerms(), source(), EFFECTIVE_ON);
    }

    static AccountableRole leadMinister() {
        return new AccountableRole(RoleKind.LEAD_MINISTER, null);
    }

    static Holder holder() {
        return new Holder("Alex Rivers", "Secretary of State for Energy Security and Net Zero");
    }

    static Holder nextHolder() {
        return new Holder("Sam Okafor", "Secretary of State for Energy Security and Net Zero");
    }

    /** A mission-level tenure: {@link #holder()} as lead minister from {@link #TENURE_START}. */
    static AccountabilityAssigned tenureAssigned() {
        return new AccountabilityAssigned(
                MISSION_ID, TENURE_ID, null, leadMinister(), holder(), TENURE_START, source());
    }

    /** A target-level tenure: a senior responsible owner for {@link #TARGET_ID}. */
    static AccountabilityAssigned targetTenureAssigned() {
        return new AccountabilityAssigned(
                MISSION_ID,
                TARGET_TENURE_ID,
                TARGET_ID,
                new AccountableRole(RoleKind.SENIOR_RESPONSIBLE_OWNER, "Clean Power 2030 SRO"),
                new Holder("Jo Bell", "Director General, Clean Power 2030"),
                TENURE_START,
                source());
    }

    static Source evidence() {
        return laterSource();
    }
}
