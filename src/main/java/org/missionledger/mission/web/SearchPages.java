package org.missionledger.mission.web;

import jakarta.servlet.http.HttpServletRequest;
import org.missionledger.common.query.ResourceNotFoundException;
import org.missionledger.mission.api.PersonView;
import org.missionledger.mission.api.SearchResultsView;
import org.missionledger.mission.query.AlterationsProjector;
import org.missionledger.mission.query.MissionBoardProjector;
import org.missionledger.mission.query.PeopleQueries;
import org.missionledger.mission.query.SearchQueries;
import org.missionledger.platform.pages.Breadcrumb;
import org.missionledger.platform.pages.PageContexts;
import org.missionledger.platform.pages.PageController;
import org.missionledger.platform.pages.PageNotFound;
import org.missionledger.platform.projection.ProjectionMonitor;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page (the header's box on every page submits to it), and a page per person. */
@PageController
class SearchPages {

    static final int LIMIT = 50;

    private final SearchQueries search;
    private final PeopleQueries people;
    private final ProjectionMonitor monitor;
    private final PageContexts pages;

    SearchPages(SearchQueries search, PeopleQueries people, ProjectionMonitor monitor, PageContexts pages) {
        this.search = search;
        this.people = people;
        this.monitor = monitor;
        this.pages = pages;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, HttpServletRequest request, Model model) {
        String query = q == null ? "" : q.strip();
        if (query.length() > 200) {
            query = query.substring(0, 200);
        }
        SearchResultsView results = query.isEmpty() ? null : search.search(query, LIMIT);
        String title = query.isEmpty() ? "Search" : "Search: " + query;
        model.addAttribute(
                "page",
                pages.of(
                        request,
                        title,
                        monitor.readModel(MissionBoardProjector.NAME, AlterationsProjector.NAME),
                        new Breadcrumb("Search", null)));
        model.addAttribute("query", query);
        model.addAttribute("results", results);
        return "pages/search/results";
    }

    @GetMapping("/people")
    String people(HttpServletRequest request, Model model) {
        model.addAttribute(
                "page",
                pages.of(
                        request,
                        "People",
                        monitor.readModel(MissionBoardProjector.NAME),
                        new Breadcrumb("People", null)));
        model.addAttribute("people", people.people());
        return "pages/people/index";
    }

    @GetMapping("/people/{personId}")
    String person(@PathVariable String personId, HttpServletRequest request, Model model) {
        PersonView person;
        try {
            person = people.person(personId);
        } catch (ResourceNotFoundException e) {
            throw new PageNotFound(e.getMessage());
        }
        model.addAttribute(
                "page",
                pages.of(
                        request,
                        person.name(),
                        monitor.readModel(MissionBoardProjector.NAME),
                        new Breadcrumb("People", "/people"),
                        new Breadcrumb(person.name(), null)));
        model.addAttribute("person", person);
        return "pages/people/person";
    }
}
