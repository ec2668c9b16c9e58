package org.missionledger.platform.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.missionledger.mission.api.Comparator;

class FormTest {

    private static final Map<String, String> LABELS = Form.labels(
            "terms.wording",
            "Wording",
            "terms.goalValue",
            "Goal value",
            "terms.deadline",
            "Deadline",
            "terms.comparator",
            "Comparator");

    @Test
    void parsesWhatWasEntered() {
        Form form = Form.of(
                Map.of(
                        "terms.wording",
                        "  At least 95%  ",
                        "terms.goalValue",
                        "1,250.5",
                        "terms.deadline",
                        "2030-12-31",
                        "terms.comparator",
                        "at_least"),
                LABELS);
        assertThat(form.text("terms.wording")).isEqualTo("At least 95%");
        assertThat(form.decimal("terms.goalValue")).isEqualByComparingTo(new BigDecimal("1250.5"));
        assertThat(form.date("terms.deadline")).isEqualTo(LocalDate.of(2030, 12, 31));
        assertThat(form.choice("terms.comparator", Comparator.class)).isEqualTo(Comparator.AT_LEAST);
        assertThat(form.hasErrors()).isFalse();
    }

    @Test
    void readsARetrievalTimeAsADayOrAnInstant() {
        Map<String, String> labels = Form.labels("a", "Retrieved", "b", "Retrieved", "c", "Retrieved");
        Form form = Form.of(Map.of("a", "2024-12-05", "b", "2024-12-05T10:15:00+01:00", "c", "yesterday"), labels);

        assertThat(form.instant("a")).isEqualTo(java.time.Instant.parse("2024-12-05T00:00:00Z"));
        assertThat(form.instant("b")).isEqualTo(java.time.Instant.parse("2024-12-05T09:15:00Z"));
        assertThat(form.instant("c")).isNull();
        assertThat(form.error("c"))
                .isEqualTo("Retrieved must be a date like 2024-12-05 or a time like 2024-12-05T10:15:00Z");
    }

    @Test
    void blankIsAbsentNotAnError() {
        Form form = Form.of(Map.of("terms.goalValue", " ", "terms.deadline", ""), LABELS);
        assertThat(form.decimal("terms.goalValue")).isNull();
        assertThat(form.date("terms.deadline")).isNull();
        assertThat(form.hasErrors()).isFalse();
    }

    @Test
    void unreadableValuesGetTheApisMessagesWithTheFieldsLabel() {
        Form form = Form.of(
                Map.of("terms.goalValue", "lots", "terms.deadline", "31/12/2030", "terms.comparator", "roughly"),
                LABELS);
        form.decimal("terms.goalValue");
        form.date("terms.deadline");
        form.choice("terms.comparator", Comparator.class);
        assertThat(form.error("terms.goalValue")).isEqualTo("Goal value must be a number");
        assertThat(form.error("terms.deadline")).isEqualTo("Deadline must be a date like 2025-03-01");
        assertThat(form.error("terms.comparator")).isEqualTo("Comparator must be one of [AT_LEAST, AT_MOST, EXACTLY]");
    }

    @Test
    void theFirstErrorOfAFieldWinsAndTheSummaryFollowsTheFieldOrder() {
        Form form = Form.empty(LABELS);
        form.reject("terms.deadline", "must not be null");
        form.reject("terms.wording", "must not be blank");
        form.reject("terms.wording", "size must be between 0 and 2000");
        assertThat(form.errors().keySet()).containsExactly("terms.wording", "terms.deadline");
        assertThat(form.error("terms.wording")).isEqualTo("Wording must not be blank");
    }

    @Test
    void idsAreSafeForSelectorsAndLinks() {
        assertThat(Form.id("source.url")).isEqualTo("source-url");
    }

    @Test
    void aRefusalIsAnErrorOfTheWholeForm() {
        Form form = Form.empty(LABELS);
        form.refuse("Target already dropped: target 'x' was dropped on 2025-03-04.");
        assertThat(form.hasErrors()).isTrue();
        assertThat(form.errors()).isEmpty();
        assertThat(form.problem()).startsWith("Target already dropped");
    }
}
