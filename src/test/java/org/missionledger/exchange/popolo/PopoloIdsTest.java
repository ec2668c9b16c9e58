package org.missionledger.exchange.popolo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.missionledger.mission.api.AccountableRole;
import org.missionledger.mission.api.RoleKind;

/** The documented rule that names posts, memberships and persons, and maps posts back to missions. */
class PopoloIdsTest {

    @Test
    void aPostNamesItsMissionTargetAndRole() {
        String mission = PopoloIds.post("clean-power", null, new AccountableRole(RoleKind.LEAD_MINISTER, null));
        String target = PopoloIds.post(
                "clean-power", "grid-2030", new AccountableRole(RoleKind.OTHER, "Director of Clean Power 2030"));

        assertThat(mission).isEqualTo("clean-power#lead-minister");
        assertThat(target).isEqualTo("clean-power/grid-2030#other:director-of-clean-power-2030");
        assertThat(PopoloIds.scopeOfPost(mission)).contains(new PopoloIds.PostScope("clean-power", null));
        assertThat(PopoloIds.scopeOfPost(target)).contains(new PopoloIds.PostScope("clean-power", "grid-2030"));
        assertThat(PopoloIds.scopeOfPost("ocd-post/country:gb/chair")).isEmpty();
        assertThat(PopoloIds.scopeOfPost(null)).isEmpty();
    }

    @Test
    void rolesAndPersonsAndMemberships() {
        assertThat(PopoloIds.roleKind("LEAD_MINISTER")).contains(RoleKind.LEAD_MINISTER);
        assertThat(PopoloIds.roleKind("senior responsible owner")).contains(RoleKind.SENIOR_RESPONSIBLE_OWNER);
        assertThat(PopoloIds.roleKind("Task-force lead")).contains(RoleKind.TASK_FORCE_LEAD);
        assertThat(PopoloIds.roleKind("Chair")).isEmpty();
        assertThat(PopoloIds.person("Zoë O'Brien-Smith")).isEqualTo("zoe-o-brien-smith");
        assertThat(PopoloIds.membership("clean-power", "lead-1")).isEqualTo("clean-power/lead-1");
        assertThat(PopoloIds.tenureOfMembership("clean-power/lead-1")).isEqualTo("lead-1");
        assertThat(PopoloIds.missionOfMembership("clean-power/lead-1")).contains("clean-power");
        assertThat(PopoloIds.missionOfMembership("lead-1")).isEmpty();
    }
}
