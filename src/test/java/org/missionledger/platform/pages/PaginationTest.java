package org.missionledger.platform.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PaginationTest {

    @Test
    void countsPages() {
        assertThat(Pagination.of(1, 25, 0, "/changes", Map.of()).pages()).isEqualTo(1);
        assertThat(Pagination.of(1, 25, 25, "/changes", Map.of()).pages()).isEqualTo(1);
        assertThat(Pagination.of(1, 25, 26, "/changes", Map.of()).pages()).isEqualTo(2);
    }

    @Test
    void showsTheEndsAndTwoEitherSideOfTheCurrentPage() {
        assertThat(Pagination.of(10, 10, 200, "/", Map.of()).numbers())
                .isEqualTo(Arrays.asList(1, null, 8, 9, 10, 11, 12, null, 20));
        assertThat(Pagination.of(1, 10, 40, "/", Map.of()).numbers()).isEqualTo(List.of(1, 2, 3, 4));
    }

    @Test
    void linksKeepTheFiltersAndLeaveOutBlankOnes() {
        Map<String, List<String>> query = new LinkedHashMap<>();
        query.put("kind", List.of("DROPPED", "WEAKENED"));
        query.put("body", List.of(""));
        query.put("from", List.of("2024-01-01"));
        Pagination pagination = Pagination.of(1, 25, 100, "/changes", query);
        assertThat(pagination.href(2)).isEqualTo("/changes?kind=DROPPED&kind=WEAKENED&from=2024-01-01&page=2");
        assertThat(pagination.href(1)).isEqualTo("/changes?kind=DROPPED&kind=WEAKENED&from=2024-01-01");
    }
}
