package org.missionledger.mission.query;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.missionledger.mission.api.MissionAggregateType;
import org.missionledger.platform.projection.LedgerEvent;
import org.missionledger.platform.projection.ProjectionStore;
import org.missionledger.platform.projection.Projector;
import org.missionledger.platform.projection.ReadDocuments;
import org.springframework.stereotype.Component;

/** The accountability roster: one bitemporal {@link RosterDocument} per mission, folded by {@link RosterFold}. */
@Component
public class RosterProjector implements Projector {

    public static final String NAME = "accountability-roster";
    public static final String ROSTER = "accountability_roster";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> collections() {
        return List.of(ROSTER);
    }

    @Override
    public void preload(List<LedgerEvent> events, ProjectionStore store) {
        Set<Object> missions = new LinkedHashSet<>();
        for (LedgerEvent event : events) {
            if (MissionAggregateType.NAME.equals(event.aggregateType())) {
                missions.add(event.aggregateId());
            }
        }
        store.preload(ROSTER, missions);
    }

    @Override
    public void apply(LedgerEvent event, ProjectionStore store) {
        if (!MissionAggregateType.NAME.equals(event.aggregateType())) {
            return;
        }
        var roster = store.collection(ROSTER);
        RosterDocument doc = ReadDocuments.find(roster, event.aggregateId(), RosterDocument.class);
        if (doc == null) {
            doc = new RosterDocument();
            doc.missionId = event.aggregateId();
        }
        if (doc.position >= event.globalIndex()) {
            return; // already applied: a redelivery
        }
        RosterFold.apply(doc, event);
        doc.position = event.globalIndex();
        ReadDocuments.save(roster, doc.missionId, doc);
    }
}
