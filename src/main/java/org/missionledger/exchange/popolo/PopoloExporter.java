package org.missionledger.exchange.popolo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.missionledger.common.api.Source;
import org.missionledger.common.query.ResourceNotFoundException;
import org.missionledger.mission.api.MissionView;
import org.missionledger.mission.api.TargetView;
import org.missionledger.mission.api.TenureVersionView;
import org.missionledger.mission.api.TenureView;
import org.missionledger.mission.query.AccountabilityQueries;
import org.missionledger.mission.query.MissionQueries;
import org.springframework.stereotype.Service;

/**
 * Writes who held which post as Popolo: persons (holders), organizations (bodies), posts (a role for a mission or a
 * target) and memberships (tenures), each membership linked back to its mission or target and its sources. Ids follow
 * {@link PopoloIds}.
 */
@Service
public class PopoloExporter {

    private final MissionQueries missions;
    private final AccountabilityQueries accountability;

    public PopoloExporter(MissionQueries missions, AccountabilityQueries accountability) {
        this.missions = missions;
        this.accountability = accountability;
    }

    /**
     * The Popolo document.
     *
     * @param baseUrl the server's base URL, for links back to missions and targets
     * @param at only the tenures held on this day (null: every tenure)
     * @param asKnownAt the record as it stood at this moment (null: now)
     */
    public Map<String, Object> export(String baseUrl, LocalDate at, Instant asKnownAt) {
        Map<String, Map<String, Object>> persons = new TreeMap<>();
        Map<String, Map<String, Object>> organizations = new TreeMap<>();
        Map<String, Map<String, Object>> posts = new TreeMap<>();
        List<Map<String, Object>> memberships = new ArrayList<>();
        for (MissionView mission : missions.all(null, false)) {
            List<TenureView> tenures;
            try {
                tenures = accountability
                        .rosterView(mission.missionId(), asKnownAt)
                        .tenures();
            } catch (ResourceNotFoundException notYetRecorded) {
                continue;
            }
            for (TenureView tenure : tenures) {
                if (at != null && !heldOn(tenure, at)) {
                    continue;
                }
                String bodyId = mission.body().id();
                organizations.computeIfAbsent(bodyId, id -> organization(mission));
                String personId = PopoloIds.person(tenure.holder().name());
                persons.computeIfAbsent(
                        personId, id -> person(id, tenure.holder().name()));
                String postId = PopoloIds.post(mission.missionId(), tenure.targetId(), tenure.role());
                String link = missionLink(baseUrl, mission.missionId(), tenure.targetId());
                posts.computeIfAbsent(postId, id -> post(id, mission, tenure, link));
                memberships.add(membership(mission, tenure, personId, postId, link));
            }
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("persons", List.copyOf(persons.values()));
        document.put("organizations", List.copyOf(organizations.values()));
        document.put("posts", List.copyOf(posts.values()));
        document.put("memberships", memberships);
        return document;
    }

    private static boolean heldOn(TenureView tenure, LocalDate day) {
        return !tenure.effectiveFrom().isAfter(day)
                && (tenure.effectiveTo() == null || tenure.effectiveTo().isAfter(day));
    }

    private static Map<String, Object> person(String id, String name) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("id", id);
        person.put("name", name);
        return person;
    }

    private static Map<String, Object> organization(MissionView mission) {
        Map<String, Object> organization = new LinkedHashMap<>();
        organization.put("id", mission.body().id());
        organization.put("name", mission.body().name());
        organization.put("classification", mission.body().kind().name());
        return organization;
    }

    private static Map<String, Object> post(String id, MissionView mission, TenureView tenure, String link) {
        Map<String, Object> post = new LinkedHashMap<>();
        post.put("id", id);
        post.put("label", label(mission, tenure));
        post.put("role", tenure.role().kind().name());
        post.put("organization_id", mission.body().id());
        post.put("links", List.of(link(link, tenure.targetId() == null ? "mission" : "target")));
        return post;
    }

    private static String label(MissionView mission, TenureView tenure) {
        String role = tenure.role().title() != null
                ? tenure.role().title()
                : tenure.role().kind().name().charAt(0)
                        + tenure.role().kind().name().substring(1).toLowerCase().replace('_', ' ');
        String subject = "'" + mission.title() + "'";
        if (tenure.targetId() != null) {
            String wording = mission.targets().stream()
                    .filter(t -> t.targetId().equals(tenure.targetId()))
                    .map(TargetView::terms)
                    .map(terms -> terms.wording())
                    .findFirst()
                    .orElse(tenure.targetId());
            subject = "target '" + wording + "' of " + subject;
        }
        return role + " for " + subject;
    }

    private static Map<String, Object> membership(
            MissionView mission, TenureView tenure, String personId, String postId, String link) {
        Map<String, Object> membership = new LinkedHashMap<>();
        membership.put("id", PopoloIds.membership(mission.missionId(), tenure.tenureId()));
        if (tenure.holder().post() != null) {
            membership.put("label", tenure.holder().post());
        }
        if (tenure.role().title() != null) {
            membership.put("role", tenure.role().title());
        }
        membership.put("person_id", personId);
        membership.put("organization_id", mission.body().id());
        membership.put("post_id", postId);
        membership.put("start_date", tenure.effectiveFrom().toString());
        if (tenure.effectiveTo() != null) {
            membership.put("end_date", tenure.effectiveTo().toString());
        }
        membership.put("links", List.of(link(link, tenure.targetId() == null ? "mission" : "target")));
        List<Map<String, Object>> sources = new ArrayList<>();
        TenureVersionView start = null;
        TenureVersionView end = null;
        for (TenureVersionView version : tenure.versions()) {
            if (start == null && version.source() != null) {
                start = version;
            }
            if (("ENDED".equals(version.change()) || "HANDED_OVER".equals(version.change()))
                    && version.source() != null) {
                end = version;
            }
        }
        if (start != null) {
            sources.add(source(start.source()));
        }
        if (end != null && tenure.effectiveTo() != null) {
            sources.add(source(end.source()));
            membership.put("end_reason", end.reason());
        }
        membership.put("sources", sources);
        return membership;
    }

    private static Map<String, Object> link(String url, String note) {
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("url", url);
        link.put("note", note);
        return link;
    }

    /** A Popolo link to the evidence: {@code note} is its title; {@code publisher} and {@code published_on} extend it. */
    static Map<String, Object> source(Source source) {
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("url", source.url());
        link.put("note", source.title());
        link.put("publisher", source.publisher());
        if (source.publishedOn() != null) {
            link.put("published_on", source.publishedOn().toString());
        }
        return link;
    }

    private static String missionLink(String baseUrl, String missionId, String targetId) {
        return baseUrl + "/missions/" + missionId + (targetId == null ? "" : "/targets/" + targetId);
    }
}
