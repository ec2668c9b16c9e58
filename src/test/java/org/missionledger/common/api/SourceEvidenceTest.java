package org.missionledger.common.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.missionledger.mission.api.MissionDropped;
import org.missionledger.platform.axon.EventJson;

/**
 * What a source said when it was cited (SHA-256, retrieval time, archived copy): optional, validated at the edge, and
 * backward compatible with events stored before the fields existed — their bytes, hashed into the transparency log,
 * are exactly what the ledger writes again, and they read back with the new fields absent.
 */
class SourceEvidenceTest {

    private static final Path STORED =
            Path.of(System.getProperty("basedir", "."), "src", "test", "resources", "stored-events");

    private final ObjectMapper json = EventJson.eventMapper();
    private final Validator validator =
            Validation.buildDefaultValidatorFactory().getValidator();

    private static final Source PLAIN = new Source(
            "Plan for Change: milestones for mission-led government",
            "Prime Minister's Office",
            "https://www.gov.uk/missions",
            LocalDate.of(2024, 12, 5),
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");

    private static final Source ANCHORED = new Source(
            PLAIN.title(),
            PLAIN.publisher(),
            PLAIN.url(),
            PLAIN.publishedOn(),
            PLAIN.contentSha256(),
            Instant.parse("2024-12-05T10:15:00Z"),
            "https://web.archive.org/web/20241205101500/https://www.gov.uk/missions");

    @Test
    void anEventStoredBeforeTheEvidenceFieldsReadsBackWithThemAbsentAndWritesTheSameBytes() throws IOException {
        String stored = read("MissionDropped-before-source-evidence.json");

        MissionDropped event = json.readValue(stored, MissionDropped.class);

        assertThat(event.source()).isEqualTo(PLAIN);
        assertThat(event.source().retrievedAt()).isNull();
        assertThat(event.source().archivedUrl()).isNull();
        assertThat(event.source().anchored()).isTrue();
        assertThat(json.writeValueAsString(event)).isEqualTo(stored);
    }

    @Test
    void anAnchoredSourceIsStoredWithItsEvidenceAndReadsBackEqual() throws IOException {
        MissionDropped event = new MissionDropped(
                "safer-streets", "Dropped at the spending review", ANCHORED, LocalDate.of(2025, 6, 11));
        String expected = read("MissionDropped-with-source-evidence.json");

        assertThat(json.writeValueAsString(event)).isEqualTo(expected);
        assertThat(json.readValue(expected, MissionDropped.class)).isEqualTo(event);
    }

    @Test
    void acceptsEvidenceWithinTheRules() {
        assertThat(validator.validate(ANCHORED)).isEmpty();
        assertThat(validator.validate(PLAIN)).isEmpty();
    }

    @Test
    void storesAnUppercaseDigestInLowercase() {
        Source upper = PLAIN.withField("contentSha256", PLAIN.contentSha256().toUpperCase());

        assertThat(upper.contentSha256()).isEqualTo(PLAIN.contentSha256());
        assertThat(validator.validate(upper)).isEmpty();
    }

    @Test
    void refusesADigestThatIsNot64HexCharacters() {
        assertThat(errors(PLAIN.withField("contentSha256", "abc")))
                .containsEntry("contentSha256", "must be 64 hex characters (SHA-256)");
        assertThat(errors(PLAIN.withField("contentSha256", "z".repeat(64))))
                .containsEntry("contentSha256", "must be 64 hex characters (SHA-256)");
    }

    @Test
    void refusesAnArchivedCopyThatIsNotHttp() {
        assertThat(errors(PLAIN.withField("archivedUrl", "ftp://archive.example/x")))
                .containsEntry("archivedUrl", "must be an http or https URL");
        assertThat(errors(PLAIN.withField("archivedUrl", "javascript:alert(1)")))
                .containsEntry("archivedUrl", "must be an http or https URL");
    }

    @Test
    void refusesARetrievalTimeInTheFuture() {
        Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS);

        assertThat(errors(PLAIN.withField("retrievedAt", tomorrow.toString())))
                .containsEntry("retrievedAt", "must not be in the future");
    }

    @Test
    void everyFieldHasADisplayValueThatRoundTrips() {
        for (String field : Source.FIELDS) {
            assertThat(ANCHORED.withField(field, ANCHORED.fieldValue(field)))
                    .as(field)
                    .isEqualTo(ANCHORED);
        }
    }

    private Map<String, String> errors(Source source) {
        return validator.validate(source).stream()
                .collect(Collectors.toMap(
                        (ConstraintViolation<Source> v) -> v.getPropertyPath().toString(),
                        ConstraintViolation::getMessage));
    }

    private static String read(String name) throws IOException {
        return Files.readString(STORED.resolve(name), StandardCharsets.UTF_8).strip();
    }
}
