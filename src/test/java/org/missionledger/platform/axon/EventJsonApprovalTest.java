package org.missionledger.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.missionledger.indicator.api.ReadingRecorded;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

/**
 * Pins the stored JSON of every event: the bytes are hashed into the transparency log, so any change to an event's
 * JSON must be deliberate (a new revision with an upcaster). Each event's approved form lives in
 * {@code src/test/resources/approved-events/<EventName>.json}, pretty-printed for review.
 *
 * <p>To approve a new or deliberately changed event, run this test with {@code -Dapprove-events=true}, read the written
 * file, and commit it.
 */
class EventJsonApprovalTest {

    private static final String[] EVENT_PACKAGES = {
        "org.missionledger.mission.api", "org.missionledger.indicator.api", "org.missionledger.source.api"
    };
    private static final Path APPROVED =
            Path.of(System.getProperty("basedir", "."), "src", "test", "resources", "approved-events");
    private static final boolean APPROVING = Boolean.getBoolean("approve-events");

    private final ObjectMapper mapper = EventJson.eventMapper();

    static Stream<Arguments> examples() {
        return EventExamples.all().stream()
                .map(event -> Arguments.of(event.getClass().getSimpleName(), event));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void serialisesExactlyAsApproved(String name, Object event) throws IOException {
        String actual = prettyJson(event);
        Path file = APPROVED.resolve(name + ".json");
        if (APPROVING) {
            Files.createDirectories(APPROVED);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        if (!Files.exists(file)) {
            fail("No approved JSON for " + name + ": run with -Dapprove-events=true, review " + file + ", commit it.");
        }
        String approved = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");

        assertThat(actual).as("pretty JSON of %s", name).isEqualTo(approved);
        assertThat(mapper.writeValueAsString(event))
                .as("stored (compact) JSON of %s", name)
                .isEqualTo(compact(approved));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void readsTheApprovedJsonBackIntoAnEqualEvent(String name, Object event) throws IOException {
        Path file = APPROVED.resolve(name + ".json");
        assertThat(file).exists();

        Object read = mapper.readValue(Files.readString(file, StandardCharsets.UTF_8), event.getClass());

        assertThat(read).isEqualTo(event);
    }

    @Test
    void everyEventHasItsRevision() {
        // MissionDeclared is at revision 2 (body.fictional; MissionDeclaredUpcaster reads revision 1); the rest at 1.
        assertThat(eventClasses()).isNotEmpty().allSatisfy(type -> {
            Revision revision = type.getAnnotation(Revision.class);
            assertThat(revision).as("@Revision on %s", type.getSimpleName()).isNotNull();
            assertThat(revision.value())
                    .as("@Revision of %s", type.getSimpleName())
                    .isEqualTo(type.getSimpleName().equals("MissionDeclared") ? "2" : "1");
        });
    }

    @Test
    void everyEventHasAnExampleAndAnApprovedFile() throws IOException {
        Set<String> events =
                eventClasses().stream().map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new));
        Set<String> examples = EventExamples.all().stream()
                .map(event -> event.getClass().getSimpleName())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> approvedFiles;
        try (Stream<Path> files = Files.list(APPROVED)) {
            approvedFiles = files.map(path -> path.getFileName().toString())
                    .filter(file -> file.endsWith(".json"))
                    .map(file -> file.substring(0, file.length() - ".json".length()))
                    .collect(Collectors.toCollection(TreeSet::new));
        }

        assertThat(events).hasSize(24);
        assertThat(examples).as("events with an example in EventExamples").isEqualTo(events);
        assertThat(approvedFiles).as("approved JSON files").isEqualTo(events);
    }

    @Test
    void writesDecimalsInPlainNotationKeepingTheirScale() throws IOException {
        ReadingRecorded reading = new ReadingRecorded(
                "officers", "2024", new BigDecimal("1.30E+4"), LocalDate.of(2025, 1, 1), null, EventExamples.SOURCE);

        String json = mapper.writeValueAsString(reading);

        assertThat(json).contains("\"value\":13000,").doesNotContain("E+");
        assertThat(mapper.writeValueAsString(new BigDecimal("95.50"))).isEqualTo("95.50");
    }

    /**
     * The events of the mission and indicator APIs: every record that carries {@code @Revision}, and every record whose
     * first component names its aggregate ({@code missionId}, {@code indicatorId}) but is not a command (commands mark
     * it with {@code @TargetAggregateIdentifier}); value types such as {@code TargetTerms} start with something else.
     */
    static Set<Class<?>> eventClasses() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> true);
        return Arrays.stream(EVENT_PACKAGES)
                .flatMap(pkg -> scanner.findCandidateComponents(pkg).stream())
                .map(BeanDefinition::getBeanClassName)
                .map(EventJsonApprovalTest::load)
                .filter(Class::isRecord)
                // query results (…View) and records nested in them live in the same api packages
                .filter(type -> type.getEnclosingClass() == null
                        && !type.getSimpleName().endsWith("View"))
                .filter(type ->
                        type.isAnnotationPresent(Revision.class) || (namesAnAggregate(type) && !isCommand(type)))
                .collect(Collectors.toCollection(() -> new TreeSet<>(Comparator.comparing(Class::getName))));
    }

    private static boolean namesAnAggregate(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        return components.length > 0
                && (components[0].getName().equals("missionId")
                        || components[0].getName().equals("indicatorId")
                        || components[0].getName().equals("sourceId"));
    }

    private static boolean isCommand(Class<?> type) {
        return Arrays.stream(type.getDeclaredFields())
                .anyMatch((Field field) -> field.isAnnotationPresent(TargetAggregateIdentifier.class));
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JSON without the whitespace between tokens, byte for byte otherwise (numbers keep their scale). */
    static String compact(String json) {
        StringBuilder out = new StringBuilder(json.length());
        boolean inString = false;
        boolean escaped = false;
        for (char c : json.toCharArray()) {
            if (inString) {
                out.append(c);
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (!Character.isWhitespace(c)) {
                out.append(c);
                inString = c == '"';
            }
        }
        return out.toString();
    }

    private String prettyJson(Object event) throws IOException {
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(event).replace("\r\n", "\n") + "\n";
    }
}
