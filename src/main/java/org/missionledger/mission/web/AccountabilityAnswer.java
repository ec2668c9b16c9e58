package org.missionledger.mission.web;

import java.util.List;
import org.missionledger.mission.api.AccountabilityGapView;
import org.missionledger.mission.api.AccountabilityView;
import org.missionledger.mission.api.AccountableView;
import org.missionledger.mission.api.MissionView;
import org.missionledger.mission.api.TargetView;

/**
 * The answer to "who was accountable" for the mission or target asked about.
 *
 * @param mission the mission
 * @param target the target asked about (null: the mission and all its targets)
 * @param view who was accountable, as the roster answers it
 * @param holders the holders shown (of the target, or all)
 * @param missionHolders for a target, those accountable for the mission as a whole
 * @param gaps the gaps shown
 */
public record AccountabilityAnswer(
        MissionView mission,
        TargetView target,
        AccountabilityView view,
        List<AccountableView> holders,
        List<AccountableView> missionHolders,
        List<AccountabilityGapView> gaps) {

    static AccountabilityAnswer of(MissionView mission, TargetView target, AccountabilityView view) {
        if (target == null) {
            return new AccountabilityAnswer(mission, null, view, view.holders(), List.of(), view.gaps());
        }
        String targetId = target.targetId();
        return new AccountabilityAnswer(
                mission,
                target,
                view,
                view.holders().stream()
                        .filter(h -> targetId.equals(h.targetId()))
                        .toList(),
                view.holders().stream().filter(h -> h.targetId() == null).toList(),
                view.gaps().stream().filter(g -> targetId.equals(g.targetId())).toList());
    }
}
