package org.missionledger.source.web;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.missionledger.common.api.FeatureApi;
import org.missionledger.platform.pages.WordDiff;

/**
 * Open alerts as Atom entries, for the changes feed: id {@code urn:missionledger:source-alert:SOURCE:N}, category
 * {@code UNLOGGED_SOURCE_CHANGE} or {@code SOURCE_GONE}, the headline as title, the word diff in the summary
 * ({@code [-removed-]} / {@code {+added+}}), a link to the alert's page and one to the cited page.
 */
@FeatureApi("source alerts as feed entries, for the changes feed")
public final class SourceAlertFeed {

    public static final String SCHEME = "https://missionledger.org/source-alerts";

    private SourceAlertFeed() {}

    public static List<Entry> entries(List<SourceAlerts.Alert> alerts, String baseUrl) {
        List<Entry> entries = new ArrayList<>();
        for (SourceAlerts.Alert alert : alerts) {
            entries.add(entry(alert, baseUrl));
        }
        return entries;
    }

    private static Entry entry(SourceAlerts.Alert alert, String baseUrl) {
        var view = alert.view();
        Entry entry = new Entry();
        entry.setId("urn:missionledger:source-alert:" + view.sourceId() + ":" + view.observation());
        entry.setTitle(alert.headline());
        entry.setUpdated(Date.from(view.recordedAt()));
        entry.setPublished(Date.from(view.recordedAt()));
        Person author = new Person();
        author.setName("Mission Ledger source watch");
        entry.setAuthors(List.of(author));
        Category category = new Category();
        boolean gone = view.kind() == org.missionledger.source.api.SourceAlertView.Kind.GONE;
        category.setTerm(gone ? "SOURCE_GONE" : "UNLOGGED_SOURCE_CHANGE");
        category.setLabel(gone ? "cited page gone" : "unlogged change of a cited page");
        category.setScheme(SCHEME);
        entry.setCategories(List.of(category));
        Link alternate = new Link();
        alternate.setRel("alternate");
        alternate.setType("text/html");
        alternate.setHref(baseUrl + alert.href());
        entry.setAlternateLinks(List.of(alternate));
        Link via = new Link();
        via.setRel("via");
        via.setHref(view.url());
        if (view.title() != null) {
            via.setTitle(view.title());
        }
        entry.setOtherLinks(List.of(via));
        Content summary = new Content();
        summary.setType("text");
        summary.setValue(summary(alert));
        entry.setSummary(summary);
        return entry;
    }

    static String summary(SourceAlerts.Alert alert) {
        var view = alert.view();
        StringBuilder text = new StringBuilder(alert.headline()).append(' ');
        text.append("Page: ").append(view.url()).append(". ");
        if (view.kind() == org.missionledger.source.api.SourceAlertView.Kind.CHANGED) {
            text.append("What changed ([-removed-] {+added+}): ");
            if (view.leadingElided()) {
                text.append("… ");
            }
            for (WordDiff.Segment segment : WordDiff.diff(view.before(), view.after())) {
                switch (segment.op()) {
                    case DELETED -> text.append("[-")
                            .append(segment.text().strip())
                            .append("-] ");
                    case INSERTED -> text.append("{+")
                            .append(segment.text().strip())
                            .append("+} ");
                    case SAME -> text.append(segment.text());
                }
            }
            if (view.trailingElided()) {
                text.append(" …");
            }
        }
        return text.toString().replaceAll("\\s+", " ").strip();
    }
}
