package org.missionledger.source.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionledger.common.api.Source;
import org.missionledger.mission.api.MissionDeclared;
import org.missionledger.mission.api.MissionReworded;
import org.missionledger.mission.api.TargetSet;
import org.missionledger.mission.api.TargetTerms;
import org.missionledger.platform.projection.LedgerEvent;
import org.missionledger.platform.projection.ProjectionStore;
import org.missionledger.source.api.SourceAlertView;
import org.missionledger.source.api.SourceChangeDismissed;
import org.missionledger.source.api.SourceChangeLinked;
import org.missionledger.source.api.SourceIds;
import org.missionledger.source.api.SourceObserved;
import org.missionledger.support.Fixtures;
import org.missionledger.support.LedgerEvents;
import org.missionledger.support.MemoryDatabase;

/** Which observed changes are alerts, decided in global order; idempotent under redelivery. */
class SourceWatchProjectorTest {

    static final String PAGE = "https://www.gov.uk/missions/safer-streets";
    static final String ID = SourceIds.of(PAGE);

    final SourceWatchProjector projector = new SourceWatchProjector();
    final LedgerEvents events = new LedgerEvents();
    ProjectionStore store;
    SourceQueries queries;
    int observations;

    @BeforeEach
    void freshStore() {
        store = ProjectionStore.live(MemoryDatabase.fresh());
        queries = new SourceQueries(store);
    }

    LedgerEvent apply(Object payload) {
        LedgerEvent event = events.next(payload);
        projector.apply(event, store);
        return event;
    }

    static Source page(String url) {
        return new Source("Safer streets", "GOV.UK", url, LocalDate.of(2024, 12, 5), null);
    }

    void declareCiting(String missionId, String url) {
        apply(new MissionDeclared(missionId, Fixtures.UK, "Safer streets", "Halve", null, null, null, page(url)));
    }

    LedgerEvent observe(int status, String text) {
        events.advance(Duration.ofDays(1));
        String hash = text == null ? null : SourceIds.sha256(text);
        return apply(new SourceObserved(
                ID, ++observations, PAGE, events.now(), status, hash, hash, text, false, "text/html", null, null));
    }

    @Test
    void aChangeWithNoLedgerEventSinceIsAnOpenAlertWithTheExcerpt() {
        declareCiting("safer-streets", PAGE + "#targets");
        observe(200, "Halve serious violent crime by 2034");
        assertThat(queries.alerts(false)).as("the baseline is no alert").isEmpty();

        observe(200, "Reduce serious violent crime by 2034");

        List<SourceAlertView> open = queries.alerts(true);
        assertThat(open).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(SourceAlertView.Kind.CHANGED);
            assertThat(alert.observation()).isEqualTo(2);
            assertThat(alert.before()).isEqualTo("Halve serious violent crime by 2034");
            assertThat(alert.after()).isEqualTo("Reduce serious violent crime by 2034");
            assertThat(alert.citedBy()).singleElement().satisfies(c -> assertThat(c.missionId())
                    .isEqualTo("safer-streets"));
        });
    }

    @Test
    void aChangeAfterALedgerEventAboutTheCitingMissionIsLoggedNotAnAlert() {
        declareCiting("safer-streets", PAGE);
        observe(200, "Halve serious violent crime by 2034");
        apply(new MissionReworded(
                "safer-streets",
                List.of(),
                "Safer streets",
                "Halve it",
                "Reworded",
                page("https://example.org/speech"),
                null));

        observe(200, "Reduce serious violent crime by 2034");

        assertThat(queries.alerts(true)).isEmpty();
        assertThat(queries.alerts(false))
                .singleElement()
                .extracting(SourceAlertView::status)
                .isEqualTo(SourceAlertView.Status.LOGGED);
    }

    @Test
    void aPageThatDisappearsIsAnAlertEvenAfterLedgerEvents() {
        declareCiting("safer-streets", PAGE);
        observe(200, "Halve");
        apply(new TargetSet(
                "safer-streets",
                "t1",
                new TargetTerms("Halve", null, null, null, null, null, null, null, null, null),
                page(PAGE),
                null));

        observe(404, null);

        assertThat(queries.alerts(true)).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(SourceAlertView.Kind.GONE);
            assertThat(alert.httpStatus()).isEqualTo(404);
            assertThat(alert.citedBy()).hasSize(2); // the mission, and its target t1
        });
    }

    @Test
    void aPageThatComesBackAsItWasIsNoNewAlertAndOneThatComesBackChangedIs() {
        declareCiting("safer-streets", PAGE);
        observe(200, "Halve");
        observe(410, null);
        observe(200, "Halve");
        assertThat(queries.alerts(false)).hasSize(1);

        observe(404, null);
        observe(200, "Reduce");
        assertThat(queries.alerts(false))
                .extracting(SourceAlertView::observation, SourceAlertView::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(5, SourceAlertView.Kind.CHANGED),
                        org.assertj.core.groups.Tuple.tuple(4, SourceAlertView.Kind.GONE),
                        org.assertj.core.groups.Tuple.tuple(2, SourceAlertView.Kind.GONE));
        assertThat(queries.alert(ID, 5).before()).isEqualTo("Halve");
    }

    @Test
    void linkingOrDismissingResolvesTheAlertAndARedeliveryChangesNothing() {
        declareCiting("safer-streets", PAGE);
        observe(200, "Halve");
        LedgerEvent changed = observe(200, "Reduce");
        LedgerEvent linked = apply(new SourceChangeLinked(ID, 2, 7, "event-7", "safer-streets", "reworded"));

        SourceAlertView alert = queries.alert(ID, 2);
        assertThat(alert.status()).isEqualTo(SourceAlertView.Status.LINKED);
        assertThat(alert.resolution().changeNumber()).isEqualTo(7);
        assertThat(alert.resolution().actor()).isEqualTo("tester");
        assertThat(queries.alerts(true)).isEmpty();

        projector.apply(changed, store); // redelivered after the link: must not reopen it
        projector.apply(linked, store);
        assertThat(queries.alert(ID, 2)).isEqualTo(alert);

        observe(404, null);
        apply(new SourceChangeDismissed(ID, 3, "Moved"));
        assertThat(queries.alert(ID, 3).status()).isEqualTo(SourceAlertView.Status.NOT_MATERIAL);
        assertThat(queries.alert(ID, 3).resolution().note()).isEqualTo("Moved");
    }

    @Test
    void listsEveryCitedUrlWithWhatWasLastSeen() {
        declareCiting("safer-streets", PAGE + "#part");
        declareCiting("clean-power", "https://www.gov.uk/missions/clean-power");
        observe(200, "Halve");

        assertThat(queries.watched())
                .extracting(w -> w.url(), w -> w.observations())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("https://www.gov.uk/missions/clean-power", 0),
                        org.assertj.core.groups.Tuple.tuple(PAGE, 1));
        assertThat(queries.watched().get(1).lastTextSha256()).isEqualTo(SourceIds.sha256("Halve"));
        assertThat(Instant.now()).isAfter(queries.watched().get(1).lastRetrievedAt());
    }
}
