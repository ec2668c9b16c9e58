package org.missionledger.mission.command;

import static org.missionledger.common.command.CommandRefused.unless;

import org.missionledger.common.command.LedgerDirectory;
import org.missionledger.indicator.api.IndicatorAggregateType;
import org.missionledger.mission.api.AccountableRole;
import org.missionledger.mission.api.MissionRefusal;
import org.missionledger.mission.api.RoleKind;
import org.missionledger.mission.api.TargetTerms;

/** The rules every set of target terms and every role must satisfy, one named method per rule. */
final class TargetRules {

    private TargetRules() {}

    static void check(TargetTerms terms, LedgerDirectory directory) {
        deadlineNotBeforeBaseline(terms);
        goalIsComplete(terms);
        indicatorIsKnown(terms, directory);
    }

    static void deadlineNotBeforeBaseline(TargetTerms terms) {
        unless(
                terms.baselineDate() == null
                        || terms.deadline() == null
                        || terms.deadline().isAfter(terms.baselineDate()),
                MissionRefusal.DEADLINE_BEFORE_BASELINE,
                "The deadline " + terms.deadline() + " is not after the baseline date " + terms.baselineDate() + ".");
    }

    static void goalIsComplete(TargetTerms terms) {
        unless(
                terms.goalValue() == null || (terms.comparator() != null && terms.unit() != null),
                MissionRefusal.INCOMPLETE_GOAL,
                "A goal value needs a comparator (AT_LEAST, AT_MOST or EXACTLY) and a unit.");
        unless(
                terms.goalValue() != null || terms.comparator() == null,
                MissionRefusal.INCOMPLETE_GOAL,
                "A comparator needs a goal value.");
        unless(
                terms.baselineValue() == null || terms.unit() != null,
                MissionRefusal.INCOMPLETE_GOAL,
                "A baseline value needs a unit.");
    }

    static void indicatorIsKnown(TargetTerms terms, LedgerDirectory directory) {
        unless(
                terms.indicatorId() == null || directory.exists(IndicatorAggregateType.NAME, terms.indicatorId()),
                MissionRefusal.UNKNOWN_INDICATOR,
                "No indicator '" + terms.indicatorId() + "' is defined; define it first.");
    }

    static void roleIsNamed(AccountableRole role) {
        unless(
                role.kind() != RoleKind.OTHER
                        || (role.title() != null && !role.title().isBlank()),
                MissionRefusal.ROLE_TITLE_REQUIRED,
                "A role of kind OTHER needs a title.");
    }
}
