package org.missionledger.mission.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.missionledger.common.query.ResourceNotFoundException;
import org.missionledger.indicator.api.IndicatorAggregateType;
import org.missionledger.indicator.query.IndicatorSeriesDocument;
import org.missionledger.indicator.query.SeriesFold;
import org.missionledger.mission.api.MissionAggregateType;
import org.missionledger.mission.api.MissionRecordCorrected;
import org.missionledger.mission.api.MissionView;
import org.missionledger.platform.projection.LedgerEvent;
import org.springframework.stereotype.Service;

/**
 * Time travel: a mission as it stood on a date ({@code asOf}, valid time) as the record stood at a moment ({@code
 * asKnownAt}, transaction time), by folding its events from the event store — not from any projection — through the
 * very fold the mission board uses ({@link MissionFold}), and measuring its targets with the indicator series folded
 * the same way ({@link SeriesFold}) and the same progress rule. For {@code asOf} = today it therefore agrees with the
 * board (except for changes recorded with an effective date still in the future, which the board already shows).
 *
 * <p>An event counts when it was recorded by {@code asKnownAt} and took effect by {@code asOf}. A correction counts
 * when it was recorded by {@code asKnownAt} and the event it corrects counts: it fixes the record of the past.
 */
@Service
public class MissionTimeTravel {

    private final EventStore eventStore;

    public MissionTimeTravel(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /**
     * @param asOf the date (valid time)
     * @param asKnownAt the moment of the record (transaction time); null = everything recorded so far
     */
    public MissionView mission(String missionId, LocalDate asOf, Instant asKnownAt) {
        MissionBoardDocument doc = fold(missionId, asOf, asKnownAt);
        Map<String, IndicatorSeriesDocument> series = new HashMap<>();
        return MissionViews.mission(doc, asOf, asKnownAt, target -> {
            String indicatorId = target.terms.indicatorId();
            IndicatorSeriesDocument s = indicatorId == null ? null : series.computeIfAbsent(indicatorId, this::series);
            return ProgressRule.assess(
                    target.terms,
                    s == null ? null : s.frequency,
                    s == null ? List.of() : SeriesFold.points(s, asKnownAt, asOf),
                    asOf);
        });
    }

    /** The mission's board document as it stood, folded from its events. */
    MissionBoardDocument fold(String missionId, LocalDate asOf, Instant asKnownAt) {
        // From sequence 0, never from a snapshot: a snapshot is the aggregate's state, not the events.
        List<? extends DomainEventMessage<?>> events =
                eventStore.readEvents(missionId, 0).asStream().toList();
        MissionBoardDocument doc = new MissionBoardDocument();
        doc.missionId = missionId;
        Set<String> included = new HashSet<>();
        for (DomainEventMessage<?> message : events) {
            if (!MissionAggregateType.NAME.equals(message.getType())) {
                break;
            }
            LedgerEvent event = LedgerEvent.of(message, 0);
            if (asKnownAt != null && event.recordedAt().isAfter(asKnownAt)) {
                continue;
            }
            boolean counts = event.payload() instanceof MissionRecordCorrected correction
                    ? included.contains(correction.correctedEventId())
                    : event.effectiveDate() == null || !event.effectiveDate().isAfter(asOf); // date unknown: not hidden
            if (counts) {
                MissionFold.apply(doc, event);
                included.add(event.eventId());
            }
        }
        if (!doc.declared) {
            throw new ResourceNotFoundException("No mission '" + missionId + "' is recorded as declared by " + asOf
                    + (asKnownAt == null ? "" : " in the record as it stood at " + asKnownAt) + ".");
        }
        return doc;
    }

    private IndicatorSeriesDocument series(String indicatorId) {
        IndicatorSeriesDocument doc = new IndicatorSeriesDocument();
        doc.indicatorId = indicatorId;
        for (DomainEventMessage<?> message :
                eventStore.readEvents(indicatorId, 0).asStream().toList()) {
            if (!IndicatorAggregateType.NAME.equals(message.getType())) {
                return null;
            }
            SeriesFold.apply(doc, LedgerEvent.of(message, 0));
        }
        return doc.defined ? doc : null;
    }
}
