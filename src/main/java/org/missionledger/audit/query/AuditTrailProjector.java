package org.missionledger.audit.query;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.util.ArrayList;
import java.util.List;
import org.missionledger.audit.api.AuditEntryView;
import org.missionledger.indicator.api.IndicatorRecordCorrected;
import org.missionledger.mission.api.MissionRecordCorrected;
import org.missionledger.platform.projection.LedgerEvent;
import org.missionledger.platform.projection.ProjectionStore;
import org.missionledger.platform.projection.Projector;
import org.missionledger.platform.projection.ReadDocuments;
import org.springframework.stereotype.Component;

/**
 * The audit trail: one document per event, keyed by its global position, so the trail pages by position with one
 * {@code _id $in}. A correction is linked both ways: it names the event it corrects (and its position), and that event
 * lists its corrections.
 */
@Component
public class AuditTrailProjector implements Projector {

    public static final String NAME = "audit-trail";
    public static final String TRAIL = "audit_trail";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> collections() {
        return List.of(TRAIL);
    }

    @Override
    public void ensureIndexes(ProjectionStore store) {
        store.collection(TRAIL).createIndex(Indexes.ascending("eventId"), new IndexOptions().unique(true));
    }

    @Override
    public void preload(List<LedgerEvent> events, ProjectionStore store) {
        List<Object> positions = new ArrayList<>(events.size());
        for (LedgerEvent event : events) {
            positions.add(event.globalIndex());
        }
        store.preload(TRAIL, positions);
    }

    @Override
    public void apply(LedgerEvent event, ProjectionStore store) {
        var trail = store.collection(TRAIL);
        AuditDocument existing = ReadDocuments.find(trail, event.globalIndex(), AuditDocument.class);
        if (existing != null) {
            return; // already applied: a redelivery
        }
        AuditDocument doc = new AuditDocument();
        doc.globalIndex = event.globalIndex();
        doc.position = event.globalIndex();
        doc.eventId = event.eventId();
        doc.type = event.type();
        doc.aggregateType = event.aggregateType();
        doc.aggregateId = event.aggregateId();
        doc.sequence = event.sequence();
        doc.actor = event.actor();
        doc.recordedAt = event.recordedAt();
        doc.effectiveDate = event.effectiveDate();
        doc.source = event.source().orElse(null);
        doc.summary = EventSummaries.summary(event.payload());
        String corrected = correctedEventId(event.payload());
        if (corrected != null) {
            doc.correctedEventId = corrected;
            // Link the corrected event first, so that a redelivery after a crash still finds this link to make.
            AuditDocument target = ReadDocuments.fromDocument(
                    store.forQuery(TRAIL).find(eq("eventId", corrected)).first(), AuditDocument.class);
            if (target != null) {
                doc.correctedPosition = target.globalIndex;
                AuditEntryView.EventReference reference =
                        new AuditEntryView.EventReference(event.eventId(), event.globalIndex());
                if (!target.correctedBy.contains(reference)) {
                    target.correctedBy.add(reference);
                    target.position = Math.max(target.position, event.globalIndex());
                    ReadDocuments.save(trail, target.globalIndex, target);
                }
            }
        }
        ReadDocuments.save(trail, doc.globalIndex, doc);
    }

    private static String correctedEventId(Object payload) {
        if (payload instanceof MissionRecordCorrected e) {
            return e.correctedEventId();
        }
        if (payload instanceof IndicatorRecordCorrected e) {
            return e.correctedEventId();
        }
        return null;
    }
}
