package org.missionledger.audit.query;

import static com.mongodb.client.model.Filters.in;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.missionledger.audit.api.AuditEntryView;
import org.missionledger.common.api.FeatureApi;
import org.missionledger.platform.projection.ProjectionStore;
import org.missionledger.platform.projection.ReadDocuments;
import org.springframework.stereotype.Service;

/** Pages through the audit trail by global position: each page is one {@code _id $in} (more if it meets gaps). */
@Service
@FeatureApi("the audit trail, for the data package")
public class AuditQueries {

    private final ProjectionStore store;

    public AuditQueries(ProjectionStore liveProjectionStore) {
        this.store = liveProjectionStore;
    }

    /**
     * Up to {@code limit} entries at global positions {@code from} and after, up to {@code upTo} (the trail's
     * position: beyond it nothing is projected yet). Positions closed as gaps hold no event and are skipped.
     *
     * @return the entries and where the next page starts (null when this page reaches {@code upTo})
     */
    public AuditPage page(long from, int limit, long upTo) {
        List<AuditEntryView> entries = new ArrayList<>();
        long next = from;
        while (entries.size() < limit && next <= upTo) {
            long end = Math.min(upTo, next + (limit - entries.size()) - 1);
            List<Long> ids = new ArrayList<>();
            for (long id = next; id <= end; id++) {
                ids.add(id);
            }
            Map<Long, AuditEntryView> found = new HashMap<>();
            for (Document document : store.collection(AuditTrailProjector.TRAIL).find(in("_id", ids))) {
                AuditDocument doc = ReadDocuments.fromDocument(document, AuditDocument.class);
                found.put(doc.globalIndex, doc.view());
            }
            for (Long id : ids) {
                AuditEntryView entry = found.get(id);
                if (entry != null) {
                    entries.add(entry);
                }
            }
            next = end + 1;
        }
        return new AuditPage(entries, next <= upTo ? next : null);
    }

    /** A page of the trail and where the next one starts. */
    public record AuditPage(List<AuditEntryView> entries, Long nextFrom) {}
}
