package org.missionledger.mission.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.missionledger.platform.axon.EventJson;

/** A body's jurisdiction and level: optional, derived from the kind when absent, read from payloads stored before. */
class BodyTest {

    static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void aPayloadStoredBeforeJurisdictionAndLevelExistedStillReadsWithTheLevelItsKindImplies() throws Exception {
        String stored = "{\"body\":{\"id\":\"uk-labour\",\"kind\":\"POLITICAL_PARTY\",\"name\":\"The Labour Party\"},"
                + "\"declaredOn\":\"2023-02-23\",\"horizon\":null,\"missionId\":\"safer-streets\",\"policyArea\":\"policing\","
                + "\"source\":{\"contentSha256\":null,\"publishedOn\":null,\"publisher\":\"ITV News\",\"title\":\"T\","
                + "\"url\":\"https://www.itv.com/news\"},\"statement\":\"Make Britain's streets safe\",\"title\":\"Safer streets\"}";

        MissionDeclared read = EventJson.eventMapper().readValue(stored, MissionDeclared.class);

        assertThat(read.body().jurisdiction()).isNull();
        assertThat(read.body().level()).isEqualTo(GovernmentLevel.NATIONAL);
        assertThat(read.body().country()).isNull();
    }

    @Test
    void theLevelDefaultsFromTheKind() {
        assertThat(new Body("c", "Camden Council", BodyKind.LOCAL_AUTHORITY).level())
                .isEqualTo(GovernmentLevel.LOCAL);
        assertThat(new Body("un", "United Nations", BodyKind.INTERNATIONAL_ORGANISATION).level())
                .isEqualTo(GovernmentLevel.INTERNATIONAL);
        assertThat(new Body("w", "Welsh Government", BodyKind.DEVOLVED_GOVERNMENT).level())
                .isEqualTo(GovernmentLevel.REGIONAL);
        assertThat(new Body("x", "Other", BodyKind.OTHER).level()).isNull();
        assertThat(new Body("p", "A party", BodyKind.POLITICAL_PARTY, "GB", GovernmentLevel.LOCAL).level())
                .isEqualTo(GovernmentLevel.LOCAL);
    }

    @Test
    void theJurisdictionIsAnIso3166CodeAndItsCountryIsTheFirstPart() {
        Body camden = new Body("c", "Camden Council", BodyKind.LOCAL_AUTHORITY, "GB-CMD", null);
        assertThat(camden.country()).isEqualTo("GB");
        assertThat(VALIDATOR.validate(camden)).isEmpty();
        assertThat(VALIDATOR.validate(camden.withJurisdiction("United Kingdom")))
                .extracting(v -> v.getPropertyPath().toString())
                .containsExactly("jurisdiction");
        assertThat(VALIDATOR.validate(camden.withJurisdiction("gb"))).hasSize(1);
    }
}
