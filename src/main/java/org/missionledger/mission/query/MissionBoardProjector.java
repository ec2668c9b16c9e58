package org.missionledger.mission.query;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.missionledger.mission.api.MissionAggregateType;
import org.missionledger.mission.api.MissionDeclared;
import org.missionledger.platform.projection.LedgerEvent;
import org.missionledger.platform.projection.ProjectionStore;
import org.missionledger.platform.projection.Projector;
import org.missionledger.platform.projection.ReadDocuments;
import org.springframework.stereotype.Component;

/**
 * The mission board: one document per mission (see {@link MissionBoardDocument}) folded by {@link MissionFold}, plus
 * sorted indexes of mission ids (all, and per body) for paged lists.
 */
@Component
public class MissionBoardProjector implements Projector {

    public static final String NAME = "mission-board";
    public static final String BOARD = "mission_board";
    public static final String INDEX = "mission_board_index";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> collections() {
        return List.of(BOARD, INDEX);
    }

    @Override
    public void preload(List<LedgerEvent> events, ProjectionStore store) {
        Set<Object> missions = new LinkedHashSet<>();
        Set<Object> indexes = new LinkedHashSet<>();
        for (LedgerEvent event : events) {
            if (MissionAggregateType.NAME.equals(event.aggregateType())) {
                missions.add(event.aggregateId());
                if (event.payload() instanceof MissionDeclared declared) {
                    indexes.add(MissionIndexDocument.ALL);
                    indexes.add(MissionIndexDocument.body(declared.body().id()));
                }
            }
        }
        store.preload(BOARD, missions);
        store.preload(INDEX, indexes);
    }

    @Override
    public void apply(LedgerEvent event, ProjectionStore store) {
        if (!MissionAggregateType.NAME.equals(event.aggregateType())) {
            return;
        }
        var board = store.collection(BOARD);
        MissionBoardDocument doc = ReadDocuments.find(board, event.aggregateId(), MissionBoardDocument.class);
        if (doc == null) {
            doc = new MissionBoardDocument();
            doc.missionId = event.aggregateId();
        }
        if (doc.position >= event.globalIndex()) {
            return; // already applied: a redelivery
        }
        MissionFold.apply(doc, event);
        doc.position = event.globalIndex();
        ReadDocuments.save(board, doc.missionId, doc);
        if (event.payload() instanceof MissionDeclared declared) {
            index(store, MissionIndexDocument.ALL, declared.missionId(), event.globalIndex());
            index(store, MissionIndexDocument.body(declared.body().id()), declared.missionId(), event.globalIndex());
        }
    }

    private static void index(ProjectionStore store, String indexId, String missionId, long position) {
        var collection = store.collection(INDEX);
        MissionIndexDocument index = ReadDocuments.find(collection, indexId, MissionIndexDocument.class);
        if (index == null) {
            index = new MissionIndexDocument();
            index.id = indexId;
        }
        // A sorted set: adding is idempotent and commutes, so the guard is membership, not position. (A position
        // guard would skip a MissionDeclared retried from the dead-letter queue after later missions were indexed.)
        int at = Collections.binarySearch(index.missionIds, missionId);
        if (at >= 0) {
            return; // already applied: a redelivery
        }
        index.missionIds.add(-at - 1, missionId);
        index.position = Math.max(index.position, position);
        ReadDocuments.save(collection, indexId, index);
    }
}
