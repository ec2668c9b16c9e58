package org.missionledger.mission.query;

import com.mongodb.client.model.Projections;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.bson.Document;
import org.missionledger.common.query.ResourceNotFoundException;
import org.missionledger.mission.api.PersonIds;
import org.missionledger.mission.api.PersonView;
import org.missionledger.platform.projection.ProjectionStore;
import org.missionledger.platform.projection.ReadDocuments;
import org.springframework.stereotype.Service;

/**
 * People in the accountability record, from the mission board: every tenure of every mission and target as it stands
 * (the board keeps ended tenures with their end). A person is everyone recorded under the same name ({@link
 * PersonIds}).
 *
 * <p>Cost: one read of every board document without its timeline (titles, targets, tenures) per question, so linear in
 * the number of missions — at the 100 missions of the read-side benchmark a few milliseconds on the embedded server. A
 * ledger of thousands of missions would want a people projection keyed by person id instead.
 */
@Service
public class PeopleQueries {

    private final ProjectionStore store;

    public PeopleQueries(ProjectionStore liveProjectionStore) {
        this.store = liveProjectionStore;
    }

    /** One person: every post they held and what they were accountable for in each tenure. */
    public PersonView person(String personId) {
        List<Found> found =
                tenures().stream().filter(f -> f.personId.equals(personId)).toList();
        if (found.isEmpty()) {
            throw new ResourceNotFoundException("No one recorded as '" + personId + "' was ever accountable.");
        }
        return view(personId, found);
    }

    /** Everyone ever accountable, by name. */
    public List<PersonView.Summary> people() {
        Map<String, List<Found>> byPerson = new TreeMap<>();
        for (Found f : tenures()) {
            byPerson.computeIfAbsent(f.personId, k -> new ArrayList<>()).add(f);
        }
        List<PersonView.Summary> people = new ArrayList<>();
        byPerson.forEach((id, found) -> {
            PersonView view = view(id, found);
            people.add(new PersonView.Summary(
                    id,
                    view.name(),
                    view.posts().stream()
                            .map(PersonView.Post::post)
                            .filter(Objects::nonNull)
                            .toList(),
                    found.size()));
        });
        people.sort(Comparator.comparing(PersonView.Summary::name, String.CASE_INSENSITIVE_ORDER));
        return people;
    }

    private static PersonView view(String personId, List<Found> found) {
        List<Found> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing(
                        (Found f) -> f.tenure.effectiveFrom(), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(f -> f.tenure.missionId())
                .thenComparing(f -> f.tenure.tenureId()));
        String name = sorted.get(0).name;
        Map<String, List<Found>> byPost = new LinkedHashMap<>();
        for (Found f : sorted) {
            byPost.computeIfAbsent(f.post == null ? "" : f.post, k -> new ArrayList<>())
                    .add(f);
        }
        List<PersonView.Post> posts = new ArrayList<>();
        byPost.forEach((post, tenures) -> {
            LocalDate from = tenures.stream()
                    .map(f -> f.tenure.effectiveFrom())
                    .filter(Objects::nonNull)
                    .min(Comparator.naturalOrder())
                    .orElse(null);
            boolean open = tenures.stream().anyMatch(f -> f.tenure.effectiveTo() == null);
            LocalDate to = open
                    ? null
                    : tenures.stream()
                            .map(f -> f.tenure.effectiveTo())
                            .max(Comparator.naturalOrder())
                            .orElse(null);
            posts.add(new PersonView.Post(
                    post.isEmpty() ? null : post,
                    from,
                    to,
                    tenures.stream().map(f -> f.tenure).toList()));
        });
        return new PersonView(personId, name, posts);
    }

    /** A tenure with its holder, as the board has it now. */
    record Found(String personId, String name, String post, PersonView.Tenure tenure) {}

    /** Every tenure of every declared mission. */
    List<Found> tenures() {
        List<Found> found = new ArrayList<>();
        for (Document document :
                store.collection(MissionBoardProjector.BOARD).find().projection(Projections.exclude("timeline"))) {
            MissionBoardDocument doc = ReadDocuments.fromDocument(document, MissionBoardDocument.class);
            if (!doc.declared) {
                continue;
            }
            for (MissionBoardDocument.TenureEntry t : doc.tenures) {
                if (t.holder == null || t.holder.name() == null) {
                    continue;
                }
                MissionBoardDocument.TargetEntry target = t.targetId == null ? null : doc.target(t.targetId);
                found.add(new Found(
                        PersonIds.of(t.holder.name()),
                        t.holder.name(),
                        t.holder.post(),
                        new PersonView.Tenure(
                                doc.missionId,
                                doc.title,
                                doc.body == null ? null : doc.body.name(),
                                t.targetId,
                                target == null || target.terms == null ? null : target.terms.wording(),
                                t.tenureId,
                                t.role,
                                t.effectiveFrom,
                                t.effectiveTo)));
            }
        }
        return found;
    }
}
