package org.missionledger.platform.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormatTest {

    @Test
    void writesValuesForPeople() {
        assertThat(Format.date(LocalDate.of(2024, 12, 5))).isEqualTo("5 December 2024");
        assertThat(Format.instant(Instant.parse("2025-03-01T12:00:00.123Z"))).isEqualTo("1 March 2025, 12:00:00 UTC");
        assertThat(Format.number(new BigDecimal("95.000"))).isEqualTo("95");
        assertThat(Format.quantity(new BigDecimal("95"), "%")).isEqualTo("95%");
        assertThat(Format.quantity(new BigDecimal("13000"), "officers")).isEqualTo("13000 officers");
        assertThat(Format.words("ACCELERATION_NEEDED")).isEqualTo("Acceleration needed");
        assertThat(Format.field("baselineValue")).isEqualTo("Baseline value");
        assertThat(Format.field("indicatorId")).isEqualTo("Indicator");
        assertThat(Format.count(1, "event", "events")).isEqualTo("1 event");
        assertThat(Format.shorten("one two three four", 9)).isEqualTo("one two…");
        assertThat(Format.date(null)).isEmpty();
    }
}
