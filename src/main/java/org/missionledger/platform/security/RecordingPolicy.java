package org.missionledger.platform.security;

import org.missionledger.common.command.LedgerDirectory;
import org.missionledger.indicator.api.CorrectIndicatorRecord;
import org.missionledger.mission.api.CorrectMissionRecord;
import org.missionledger.mission.api.DeclareMission;

/**
 * Who may record which command, enforced where commands are handled (so it holds for the API, the pages, the importer
 * and anything else that dispatches):
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

    private final LedgerDirectory directory;

    public RecordingPolicy(LedgerDirectory directory) {
        this.directory = directory;
    }

    public void check(Object command, String actor, Grants grants) {
        if (command instanceof CorrectMissionRecord || command instanceof CorrectIndicatorRecord) {
            require(grants.has(Role.EDITOR), actor + " may not record corrections (EDITOR role needed).");
            return;
        }
        String feature = command.getClass().getPackageName();
        if (command instanceof DeclareMission declare) {
            requireBody(declare.body().id(), actor, grants);
        } else if (feature.equals("org.missionledger.mission.api")) {
            String missionId = missionIdOf(command);
            directory.missionBodyId(missionId).ifPresent(body -> requireBody(body, actor, grants));
        } else if (command instanceof org.missionledger.source.api.LinkSourceChange
                || command instanceof org.missionledger.source.api.DismissSourceChange) {
            require(
                    grants.has(Role.RECORDER),
                    actor + " may not resolve changes of cited pages (RECORDER role needed).");
        } else if (feature.equals("org.missionledger.indicator.api")) {
            require(grants.has(Role.RECORDER), actor + " may not record indicators (RECORDER role needed).");
        } else {
            require(
                    grants.has(Role.ADMIN),
                    actor + " may not send " + command.getClass().getSimpleName() + ".");
        }
    }

    private static void requireBody(String bodyId, String actor, Grants grants) {
        require(grants.has(Role.RECORDER), actor + " may not record (RECORDER role needed).");
        require(grants.mayRecordFor(bodyId), actor + " may not record for the body '" + bodyId + "'.");
    }

    private static void require(boolean condition, String detail) {
        if (!condition) {
            throw new RecordingNotPermitted(detail);
        }
    }

    private static String missionIdOf(Object command) {
        try {
            return (String) command.getClass().getMethod("missionId").invoke(command);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(command.getClass() + " has no missionId", e);
        }
    }
}
