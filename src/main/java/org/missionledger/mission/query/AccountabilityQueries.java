package org.missionledger.mission.query;

import java.time.Instant;
import java.time.LocalDate;
import org.missionledger.common.api.FeatureApi;
import org.missionledger.common.query.ResourceNotFoundException;
import org.missionledger.mission.api.AccountabilityView;
import org.missionledger.mission.api.RosterView;
import org.missionledger.platform.projection.ProjectionStore;
import org.missionledger.platform.projection.ReadDocuments;
import org.springframework.stereotype.Service;

/** Answers "who was accountable" from the roster: one point lookup per question. */
@Service
@FeatureApi("who was accountable when, for the open-data and Popolo exports")
public class AccountabilityQueries {

    private final ProjectionStore store;

    public AccountabilityQueries(ProjectionStore liveProjectionStore) {
        this.store = liveProjectionStore;
    }

    /** Who held each role for the mission and its targets on {@code at}, as recorded by {@code asKnownAt}. */
    public AccountabilityView accountability(String missionId, LocalDate at, Instant asKnownAt) {
        return RosterViews.accountability(roster(missionId, asKnownAt), at, asKnownAt);
    }

    /** Every tenure as recorded by {@code asKnownAt} (null = now). */
    public RosterView rosterView(String missionId, Instant asKnownAt) {
        return RosterViews.roster(roster(missionId, asKnownAt), asKnownAt);
    }

    private RosterDocument roster(String missionId, Instant asKnownAt) {
        RosterDocument doc =
                ReadDocuments.find(store.collection(RosterProjector.ROSTER), missionId, RosterDocument.class);
        if (doc == null || doc.mission.isEmpty()) {
            throw ResourceNotFoundException.mission(missionId);
        }
        if (asKnownAt != null && doc.mission.get(0).recordedAt.isAfter(asKnownAt)) {
            throw new ResourceNotFoundException(
                    "Mission '" + missionId + "' was not yet recorded at " + asKnownAt + ".");
        }
        return doc;
    }
}
