package org.missionledger.mission.web;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.missionledger.common.api.AlterationKind;
import org.missionledger.mission.api.AlterationView;
import org.missionledger.mission.query.ChangesCsv;

/**
 * Writes alterations as an Atom 1.0 feed (RFC 4287), newest first. Each entry is one alteration: its id is stable
 * ({@code urn:missionledger:alteration:EVENT-ID}), its categories are the alteration kinds, its summary the reason and
 * the field-by-field changes, and its links point to the evidence and to the mission's history.
 */
final class ChangesFeed {

    static final String KIND_SCHEME = "https://missionledger.org/alteration-kinds";

    private ChangesFeed() {}

    /**
     * @param feedId a stable URN for this feed (global, per mission, per body)
     * @param title the feed's title
     * @param selfUrl the feed's own URL
     * @param baseUrl the application's base URL, for links to histories
     */
    static String atom(String feedId, String title, String selfUrl, String baseUrl, List<AlterationView> alterations) {
        return atom(feedId, title, selfUrl, baseUrl, alterations, List.of(), alterations.size());
    }

    /**
     * The feed with more entries merged in by date (e.g. alerts about cited pages), newest first, at most
     * {@code limit} in all.
     */
    static String atom(
            String feedId,
            String title,
            String selfUrl,
            String baseUrl,
            List<AlterationView> alterations,
            List<Entry> more,
            int limit) {
        Feed feed = new Feed("atom_1.0");
        feed.setId(feedId);
        feed.setTitle(title);
        List<Entry> entries = new ArrayList<>();
        for (AlterationView a : alterations) {
            entries.add(entry(a, baseUrl));
        }
        entries.addAll(more);
        entries.sort(java.util.Comparator.comparing(Entry::getUpdated).reversed());
        entries = new ArrayList<>(entries.subList(0, Math.min(entries.size(), Math.max(limit, 0))));
        feed.setUpdated(
                entries.isEmpty() ? Date.from(Instant.EPOCH) : entries.get(0).getUpdated());
        Link self = new Link();
        self.setRel("self");
        self.setHref(selfUrl);
        self.setType("application/atom+xml");
        feed.setOtherLinks(List.of(self));
        feed.setAuthors(List.of(person("Mission Ledger")));
        feed.setEntries(entries);
        try {
            return new WireFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("Cannot write the Atom feed", e);
        }
    }

    private static Entry entry(AlterationView a, String baseUrl) {
        Entry entry = new Entry();
        entry.setId("urn:missionledger:alteration:" + a.eventId());
        entry.setTitle(title(a));
        entry.setUpdated(Date.from(a.recordedAt()));
        entry.setPublished(Date.from(a.recordedAt()));
        entry.setAuthors(List.of(person(a.actor() == null ? "unknown" : a.actor())));
        List<Category> categories = new ArrayList<>();
        for (AlterationKind kind : a.kinds()) {
            Category category = new Category();
            category.setTerm(kind.name());
            category.setScheme(KIND_SCHEME);
            category.setLabel(label(kind));
            categories.add(category);
        }
        entry.setCategories(categories);
        List<Link> alternate = new ArrayList<>();
        List<Link> other = new ArrayList<>();
        Link page = link("alternate", baseUrl + "/changes/" + a.number(), "text/html");
        page.setTitle("The change, its diff, reason and source");
        alternate.add(page);
        Link json = link("alternate", baseUrl + "/api/changes/" + a.number(), "application/json");
        json.setTitle("The change as JSON");
        alternate.add(json);
        if (a.missionId() != null) {
            Link history = link("related", baseUrl + "/api/missions/" + a.missionId() + "/history", "application/json");
            history.setTitle("The mission's history as JSON");
            other.add(history);
        }
        if (a.source() != null && a.source().url() != null) {
            Link via = link("via", a.source().url(), null);
            via.setTitle(a.source().title());
            other.add(via);
        }
        entry.setAlternateLinks(alternate);
        entry.setOtherLinks(other);
        Content summary = new Content();
        summary.setType("text");
        summary.setValue(summary(a));
        entry.setSummary(summary);
        return entry;
    }

    static String title(AlterationView a) {
        String kinds = a.kinds().stream().map(ChangesFeed::label).collect(Collectors.joining(", "));
        String who = a.bodyName() != null ? a.bodyName() + ": " : "";
        String what =
                switch (a.scope()) {
                    case MISSION -> "mission '" + a.missionTitle() + "'";
                    case TARGET -> a.targetWording() == null
                            ? "target " + a.targetId() + " of '" + a.missionTitle() + "'"
                            : "target “" + org.missionledger.platform.pages.Format.shorten(a.targetWording(), 90)
                                    + "” of '" + a.missionTitle() + "'";
                    case INDICATOR -> "indicator " + a.indicatorId() + " (measures "
                            + (a.affectedTargets().size() == 1
                                    ? "1 target"
                                    : a.affectedTargets().size() + " targets")
                            + ")";
                };
        return (a.fictional() ? "[Fictional example] " : "") + who + what + " " + kinds;
    }

    private static String summary(AlterationView a) {
        StringBuilder text = new StringBuilder();
        if (a.fictional()) {
            text.append("Fictional example: illustrative data, not a real body's commitment. ");
        }
        text.append("Effective ")
                .append(org.missionledger.common.api.Readable.date(a.effectiveDate()))
                .append(". ");
        if (a.reason() != null) {
            text.append("Reason: ").append(a.reason()).append(". ");
        }
        if (!a.changes().isEmpty()) {
            text.append("Changes: ")
                    .append(ChangesCsv.describeChanges(a.changes()))
                    .append(". ");
        }
        if (a.metricChangedWithoutRewording()) {
            text.append("The metric or measurement basis changed while the wording did not. ");
        }
        if (a.source() != null) {
            text.append("Source: ")
                    .append(a.source().title())
                    .append(", ")
                    .append(a.source().publisher());
            if (a.source().publishedOn() != null) {
                text.append(", ")
                        .append(org.missionledger.common.api.Readable.date(
                                a.source().publishedOn()));
            }
            text.append(" <").append(a.source().url()).append(">.");
        }
        return text.toString().trim();
    }

    private static String label(AlterationKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static Link link(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        if (type != null) {
            link.setType(type);
        }
        return link;
    }

    private static SyndPerson person(String name) {
        com.rometools.rome.feed.atom.Person person = new com.rometools.rome.feed.atom.Person();
        person.setName(name);
        return person;
    }
}
