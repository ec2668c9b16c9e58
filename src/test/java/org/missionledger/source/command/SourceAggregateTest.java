package org.missionledger.source.command;

import static org.missionledger.common.command.Refusals.refusedWith;

import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.missionledger.common.api.RefusalCode;
import org.missionledger.common.command.CommandRefused;
import org.missionledger.source.api.DismissSourceChange;
import org.missionledger.source.api.LinkSourceChange;
import org.missionledger.source.api.RecordSourceObservation;
import org.missionledger.source.api.SourceChangeDismissed;
import org.missionledger.source.api.SourceChangeLinked;
import org.missionledger.source.api.SourceIds;
import org.missionledger.source.api.SourceObserved;
import org.missionledger.source.api.SourceRefusal;

/** Every source command, its success and each of its refusals, given/when/then. */
class SourceAggregateTest {

    static final String URL = "https://www.gov.uk/missions";
    static final String ID = SourceIds.of(URL);
    static final Instant FIRST = Instant.parse("2025-01-10T09:00:00Z");
    static final Instant SECOND = Instant.parse("2025-02-10T09:00:00Z");
    static final String OLD_TEXT = "Halve serious violent crime by 2034";
    static final String NEW_TEXT = "Reduce serious violent crime by 2034";

    private FixtureConfiguration<SourceAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SourceAggregate.class);
    }

    private static void expectRefusal(ResultValidator<?> result, RefusalCode code) {
        result.expectNoEvents().expectException(CommandRefused.class).expectException(refusedWith(code));
    }

    static RecordSourceObservation observe(Instant at, int status, String text) {
        String hash = text == null ? null : SourceIds.sha256(text);
        return new RecordSourceObservation(
                ID, URL, at, status, hash, hash, text, false, "text/html", "\"v-" + at.getEpochSecond() + "\"", null);
    }

    static SourceObserved observed(int number, Instant at, int status, String text) {
        String hash = text == null ? null : SourceIds.sha256(text);
        return new SourceObserved(
                ID,
                number,
                URL,
                at,
                status,
                hash,
                hash,
                text,
                false,
                "text/html",
                "\"v-" + at.getEpochSecond() + "\"",
                null);
    }

    @Nested
    class RecordingAnObservation {

        @Test
        void theFirstObservationIsTheBaseline() {
            fixture.givenNoPriorActivity()
                    .when(observe(FIRST, 200, OLD_TEXT))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(observed(1, FIRST, 200, OLD_TEXT));
        }

        @Test
        void recordsAChangedText() {
            fixture.given(observed(1, FIRST, 200, OLD_TEXT))
                    .when(observe(SECOND, 200, NEW_TEXT))
                    .expectEvents(observed(2, SECOND, 200, NEW_TEXT));
        }

        @Test
        void recordsAPageThatDisappeared() {
            fixture.given(observed(1, FIRST, 200, OLD_TEXT))
                    .when(observe(SECOND, 404, null))
                    .expectEvents(observed(2, SECOND, 404, null));
        }

        @Test
        void recordsAPageThatCameBackWithItsOldText() {
            fixture.given(observed(1, FIRST, 200, OLD_TEXT), observed(2, SECOND, 410, null))
                    .when(observe(SECOND.plusSeconds(60), 200, OLD_TEXT))
                    .expectEvents(observed(3, SECOND.plusSeconds(60), 200, OLD_TEXT));
        }

        @Test
        void refusesTheSameTextAgain() {
            expectRefusal(
                    fixture.given(observed(1, FIRST, 200, OLD_TEXT)).when(observe(SECOND, 200, OLD_TEXT)),
                    SourceRefusal.SOURCE_UNCHANGED);
        }

        @Test
        void refusesAPageStillGone() {
            expectRefusal(
                    fixture.given(observed(1, FIRST, 404, null)).when(observe(SECOND, 410, null)),
                    SourceRefusal.SOURCE_UNCHANGED);
        }

        @Test
        void refusesAUrlThatIsNotTheSources() {
            RecordSourceObservation other = new RecordSourceObservation(
                    ID, "https://example.org/other", FIRST, 200, null, null, null, false, null, null, null);
            expectRefusal(fixture.givenNoPriorActivity().when(other), SourceRefusal.SOURCE_URL_MISMATCH);
        }
    }

    @Nested
    class LinkingAChange {

        @Test
        void linksAChangeToTheAlterationThatRecordsIt() {
            fixture.given(observed(1, FIRST, 200, OLD_TEXT), observed(2, SECOND, 200, NEW_TEXT))
                    .when(new LinkSourceChange(ID, 2, 7, "event-7", "safer-streets", "The reworded target"))
                    .expectEvents(new SourceChangeLinked(ID, 2, 7, "event-7", "safer-streets", "The reworded target"));
        }

        @Test
        void refusesAnUnknownObservation() {
            expectRefusal(
                    fixture.given(observed(1, FIRST, 200, OLD_TEXT), observed(2, SECOND, 200, NEW_TEXT))
                            .when(new LinkSourceChange(ID, 3, 7, "event-7", null, null)),
                    SourceRefusal.UNKNOWN_OBSERVATION);
        }

        @Test
        void refusesTheBaseline() {
            expectRefusal(
                    fixture.given(observed(1, FIRST, 200, OLD_TEXT))
                            .when(new LinkSourceChange(ID, 1, 7, "event-7", null, null)),
                    SourceRefusal.NOT_A_CHANGE);
        }

        @Test
        void refusesAChangeAlreadyResolved() {
            expectRefusal(
                    fixture.given(
                                    observed(1, FIRST, 200, OLD_TEXT),
                                    observed(2, SECOND, 200, NEW_TEXT),
                                    new SourceChangeDismissed(ID, 2, "A cookie banner"))
                            .when(new LinkSourceChange(ID, 2, 7, "event-7", null, null)),
                    SourceRefusal.SOURCE_CHANGE_ALREADY_RESOLVED);
        }
    }

    @Nested
    class MarkingAChangeNotMaterial {

        @Test
        void marksAChangeNotMaterialWithTheReason() {
            fixture.given(observed(1, FIRST, 200, OLD_TEXT), observed(2, SECOND, 200, NEW_TEXT))
                    .when(new DismissSourceChange(ID, 2, "Only the page's menu changed"))
                    .expectEvents(new SourceChangeDismissed(ID, 2, "Only the page's menu changed"));
        }

        @Test
        void marksAPageThatWasGoneAtFirstSight() {
            fixture.given(observed(1, FIRST, 404, null))
                    .when(new DismissSourceChange(ID, 1, "Moved; the new address is cited since"))
                    .expectEvents(new SourceChangeDismissed(ID, 1, "Moved; the new address is cited since"));
        }

        @Test
        void refusesASourceNeverObserved() {
            fixture.givenNoPriorActivity()
                    .when(new DismissSourceChange(ID, 1, "nothing"))
                    .expectNoEvents()
                    .expectException(org.axonframework.modelling.command.AggregateNotFoundException.class);
        }

        @Test
        void refusesAnUnknownObservation() {
            expectRefusal(
                    fixture.given(observed(1, FIRST, 404, null)).when(new DismissSourceChange(ID, 2, "nothing")),
                    SourceRefusal.UNKNOWN_OBSERVATION);
        }

        @Test
        void refusesTheBaseline() {
            expectRefusal(
                    fixture.given(observed(1, FIRST, 200, OLD_TEXT)).when(new DismissSourceChange(ID, 1, "nothing")),
                    SourceRefusal.NOT_A_CHANGE);
        }

        @Test
        void refusesAChangeAlreadyLinked() {
            expectRefusal(
                    fixture.given(
                                    observed(1, FIRST, 200, OLD_TEXT),
                                    observed(2, SECOND, 200, NEW_TEXT),
                                    new SourceChangeLinked(ID, 2, 7, "event-7", null, null))
                            .when(new DismissSourceChange(ID, 2, "nothing")),
                    SourceRefusal.SOURCE_CHANGE_ALREADY_RESOLVED);
        }
    }
}
