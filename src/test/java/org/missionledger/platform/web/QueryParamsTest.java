package org.missionledger.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionledger.common.api.AlterationKind;
import org.springframework.mock.web.MockHttpServletRequest;

class QueryParamsTest {

    @Test
    void parsesDatesAndNamesTheParameterWhenItCannot() {
        assertThat(QueryParams.date("at", "2025-03-01")).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(QueryParams.date("at", null)).isNull();
        assertThatThrownBy(() -> QueryParams.date("at", "1 March"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                        .containsExactly(new Problems.FieldError("at", "must be a date like 2025-03-01")));
    }

    @Test
    void anInstantMayBeGivenAsADateMeaningTheEndOfThatDay() {
        assertThat(QueryParams.instant("asKnownAt", "2025-03-01T12:00:00Z"))
                .isEqualTo(Instant.parse("2025-03-01T12:00:00Z"));
        assertThat(QueryParams.instant("asKnownAt", "2025-03-01"))
                .isEqualTo(Instant.parse("2025-03-01T23:59:59.999999999Z"));
        assertThatThrownBy(() -> QueryParams.instant("asKnownAt", "yesterday"))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void enumsAreCommaSeparatedCaseInsensitiveAndUnknownOnesAreListed() {
        assertThat(QueryParams.enums("kind", List.of("weakened,DROPPED", "postponed"), AlterationKind.class))
                .containsExactly(AlterationKind.WEAKENED, AlterationKind.DROPPED, AlterationKind.POSTPONED);
        assertThatThrownBy(() -> QueryParams.enums("kind", List.of("WEAKENED,SOFTENED"), AlterationKind.class))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors().get(0).message()).startsWith("has unknown value(s) [SOFTENED]"));
    }

    @Test
    void numbersAreBounded() {
        assertThat(QueryParams.integer("size", null, 50, 1, 500)).isEqualTo(50);
        assertThatThrownBy(() -> QueryParams.integer("size", "501", 50, 1, 500))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> QueryParams.longValue("from", "x", 1, 1, 10))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void csvIsChosenByTheSuffixOrTheAcceptHeader() {
        MockHttpServletRequest suffix = new MockHttpServletRequest("GET", "/api/changes.csv");
        MockHttpServletRequest accept = new MockHttpServletRequest("GET", "/api/changes");
        accept.addHeader("Accept", "text/csv");
        MockHttpServletRequest json = new MockHttpServletRequest("GET", "/api/changes");
        json.addHeader("Accept", "application/json, text/csv;q=0.5");
        MockHttpServletRequest none = new MockHttpServletRequest("GET", "/api/changes");
        assertThat(QueryResults.wantsCsv(suffix)).isTrue();
        assertThat(QueryResults.wantsCsv(accept)).isTrue();
        assertThat(QueryResults.wantsCsv(json)).isFalse();
        assertThat(QueryResults.wantsCsv(none)).isFalse();
    }

    record Row(String a, int b) {}

    @Test
    void csvQuotesWhatNeedsQuoting() {
        String csv =
                QueryResults.csvText(Row.class, List.of(new Row("plain", 1), new Row("with, comma \"and\" quote", 2)));
        assertThat(csv).isEqualTo("a,b\nplain,1\n\"with, comma \"\"and\"\" quote\",2\n");
    }
}
