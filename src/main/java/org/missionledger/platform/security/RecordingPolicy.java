package org.missionledger.platform.security;

import org.missionledger.platform.feature.FeatureRegistry;

/**
 * Who may record which command, enforced where commands are handled (so it holds for the API, the pages, the importer
 * and anything else that dispatches). Each feature declares the {@link RecordingRule} of each of its commands in its
 * registration; a command no feature declared is for ADMINs only. As registered today:
 *
 * <ul>
 *   <li>corrections of recording mistakes: EDITOR;
 *   <li>mission, target and accountability commands: a RECORDER granted the mission's body (EDITOR and ADMIN: any);
 *   <li>indicator commands: any RECORDER (series belong to their publishers, not to a body);
 *   <li>linking an observed change of a cited page to an alteration, or marking it not material: any RECORDER;
 *       recording an observation (the source watch): ADMIN;
 *   <li>anything else: ADMIN.
 * </ul>
 */
public final class RecordingPolicy {

    private final FeatureRegistry features;

    public RecordingPolicy(FeatureRegistry features) {
        this.features = features;
    }

    public void check(Object command, String actor, Grants grants) {
        check(features.recordingRule(command.getClass()), command, actor, grants);
    }

    @SuppressWarnings("unchecked")
    private static <C> void check(RecordingRule<C> rule, Object command, String actor, Grants grants) {
        rule.check((C) command, actor, grants);
    }
}
