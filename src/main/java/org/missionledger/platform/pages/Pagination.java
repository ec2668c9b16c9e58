package org.missionledger.platform.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Numbered pages of a list, with links that keep the list's filters: the GOV.UK pagination component's model.
 *
 * @param page the current page, from 1
 * @param pages how many pages there are (at least 1)
 * @param path the list's path
 * @param query the filters to keep, in order (blank values are left out of links)
 */
public record Pagination(int page, int pages, String path, Map<String, List<String>> query) {

    public static Pagination of(int page, int size, long total, String path, Map<String, List<String>> query) {
        int pages = (int) Math.max(1, (total + size - 1) / size);
        return new Pagination(page, pages, path, new LinkedHashMap<>(query));
    }

    /** The link to page {@code number}. */
    public String href(int number) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        query.forEach((name, values) ->
                values.stream().filter(v -> v != null && !v.isBlank()).forEach(v -> uri.queryParam(name, v)));
        if (number > 1) {
            uri.queryParam("page", number);
        }
        return uri.encode().build().toUriString();
    }

    /** The page numbers to show: the first, the last, and two either side of the current; null marks a gap. */
    public List<Integer> numbers() {
        List<Integer> numbers = new ArrayList<>();
        for (int n = 1; n <= pages; n++) {
            if (n == 1 || n == pages || Math.abs(n - page) <= 2) {
                numbers.add(n);
            } else if (numbers.get(numbers.size() - 1) != null) {
                numbers.add(null);
            }
        }
        return numbers;
    }
}
