package org.missionledger.common.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.missionledger.common.api.CommonRefusal;
import org.missionledger.mission.api.Comparator;

/** Corrections are parsed with the rules that apply when recording; an empty value clears an optional field. */
class CorrectedValuesTest {

    private static void assertInvalid(ThrowingCallable call, String detail) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CommandRefused.class, refusal -> {
            assertThat(refusal.code()).isEqualTo(CommonRefusal.INVALID_CORRECTION);
            assertThat(refusal.detail()).isEqualTo(detail);
        });
    }

    @Nested
    class Lines {

        @Test
        void keepsAValidLineAsGiven() {
            assertThat(CorrectedValues.requiredLine("title", " Clean power ", 300))
                    .isEqualTo(" Clean power ");
            assertThat(CorrectedValues.optionalLine("unit", "%", 50)).isEqualTo("%");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   "})
        void clearsAnOptionalLine(String value) {
            assertThat(CorrectedValues.optionalLine("unit", value, 50)).isNull();
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   "})
        void refusesABlankRequiredLine(String value) {
            assertInvalid(
                    () -> CorrectedValues.requiredLine("title", value, 300), "The corrected title must not be blank.");
        }

        @Test
        void acceptsExactlyTheMaximumLength() {
            assertThat(CorrectedValues.requiredLine("unit", "x".repeat(50), 50)).hasSize(50);
        }

        @Test
        void refusesALineOverTheMaximumLength() {
            assertInvalid(
                    () -> CorrectedValues.optionalLine("unit", "x".repeat(51), 50),
                    "The corrected unit must be at most 50 characters.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"a\nb", "a\tb", "a\rb", "a\u0000b", "a\u007Fb"})
        void refusesControlCharactersInALine(String value) {
            assertInvalid(
                    () -> CorrectedValues.optionalLine("title", value, 300),
                    "The corrected title must not contain control characters.");
        }
    }

    @Nested
    class Texts {

        @Test
        void allowsLineFeedsAndTabs() {
            assertThat(CorrectedValues.requiredText("statement", "First line\n\tsecond", 5000))
                    .isEqualTo("First line\n\tsecond");
        }

        @ParameterizedTest
        @ValueSource(strings = {"a\rb", "a\u0007b", "a\u000Bb", "a\u001Fb", "a\u007Fb"})
        void refusesOtherControlCharacters(String value) {
            assertInvalid(
                    () -> CorrectedValues.optionalText("statement", value, 5000),
                    "The corrected statement must not contain control characters.");
        }

        @Test
        void clearsAnOptionalTextAndRefusesABlankRequiredOne() {
            assertThat(CorrectedValues.optionalText("methodology", "", 5000)).isNull();
            assertInvalid(
                    () -> CorrectedValues.requiredText("statement", " ", 5000),
                    "The corrected statement must not be blank.");
        }

        @Test
        void refusesATextOverTheMaximumLength() {
            assertInvalid(
                    () -> CorrectedValues.requiredText("statement", "x".repeat(11), 10),
                    "The corrected statement must be at most 10 characters.");
        }
    }

    @Nested
    class Dates {

        @ParameterizedTest
        @ValueSource(strings = {"2025-03-01", "1900-01-01", "2200-12-31"})
        void parsesIsoDatesInTheLedgersRange(String value) {
            assertThat(CorrectedValues.optionalDate("deadline", value)).isEqualTo(LocalDate.parse(value));
            assertThat(CorrectedValues.requiredDate("deadline", value)).isEqualTo(LocalDate.parse(value));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"  "})
        void clearsAnOptionalDate(String value) {
            assertThat(CorrectedValues.optionalDate("horizon", value)).isNull();
        }

        @Test
        void refusesABlankRequiredDate() {
            assertInvalid(
                    () -> CorrectedValues.requiredDate("deadline", ""), "The corrected deadline must not be blank.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"2025-3-1", "01/03/2025", "2025-02-30", "tomorrow", " 2025-03-01"})
        void refusesWhatIsNotAnIsoDate(String value) {
            assertInvalid(
                    () -> CorrectedValues.optionalDate("deadline", value),
                    "The corrected deadline must be a date like 2025-03-01.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"1899-12-31", "2201-01-01"})
        void refusesDatesOutsideTheLedgersRange(String value) {
            assertInvalid(
                    () -> CorrectedValues.optionalDate("deadline", value),
                    "The corrected deadline must be between 1900-01-01 and 2200-12-31.");
        }
    }

    @Nested
    class Numbers {

        @ParameterizedTest
        @CsvSource({"95, 95", "' 95.5 ', 95.5", "-13000, -13000", "1e15, 1E+15", "-1e15, -1E+15", "0.000001, 0.000001"})
        void parsesNumbersWithinTheLedgersRange(String value, BigDecimal expected) {
            assertThat(CorrectedValues.optionalNumber("goalValue", value)).isEqualByComparingTo(expected);
        }

        @Test
        void keepsTheScaleAsWritten() {
            assertThat(CorrectedValues.optionalNumber("goalValue", "95.50")).isEqualTo(new BigDecimal("95.50"));
        }

        @ParameterizedTest
        @NullAndEmptySource
        void clearsAnOptionalNumber(String value) {
            assertThat(CorrectedValues.optionalNumber("goalValue", value)).isNull();
        }

        @ParameterizedTest
        @ValueSource(strings = {"1000000000000001", "-1.0000000001e15", "0.1234567"})
        void refusesNumbersOutOfRange(String value) {
            assertInvalid(
                    () -> CorrectedValues.optionalNumber("goalValue", value),
                    "The corrected goalValue must be within ±10^15 with at most 6 decimals.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"ninety-five", "95%", "1,000", "NaN", "0x10"})
        void refusesWhatIsNotANumber(String value) {
            assertInvalid(
                    () -> CorrectedValues.optionalNumber("goalValue", value),
                    "The corrected goalValue must be a number like 95 or 13000.5.");
        }
    }

    @Nested
    class Urls {

        @ParameterizedTest
        @ValueSource(strings = {"https://www.gov.uk/missions", "http://example.org/a?b=c#d"})
        void acceptsHttpAndHttps(String value) {
            assertThat(CorrectedValues.optionalUrl("source.url", value)).isEqualTo(value);
        }

        @Test
        void clearsABlankUrl() {
            assertThat(CorrectedValues.optionalUrl("source.url", "")).isNull();
        }

        @ParameterizedTest
        @ValueSource(strings = {"ftp://example.org/file", "www.gov.uk", "https://www.gov.uk/a b", "https://"})
        void refusesOtherUrls(String value) {
            assertInvalid(
                    () -> CorrectedValues.optionalUrl("source.url", value),
                    "The corrected source.url must be an http or https URL.");
        }

        @Test
        void acceptsAUrlOf2000CharactersAndRefusesLonger() {
            String longest = "https://example.org/" + "a".repeat(1980);
            assertThat(CorrectedValues.optionalUrl("source.url", longest)).hasSize(2000);
            assertInvalid(
                    () -> CorrectedValues.optionalUrl("source.url", longest + "a"),
                    "The corrected source.url must be an http or https URL.");
        }
    }

    @Nested
    class Enums {

        @Test
        void parsesAConstantByName() {
            assertThat(CorrectedValues.optionalEnum("comparator", "AT_MOST", Comparator.class))
                    .isEqualTo(Comparator.AT_MOST);
        }

        @Test
        void clearsABlankValue() {
            assertThat(CorrectedValues.optionalEnum("comparator", "", Comparator.class))
                    .isNull();
        }

        @ParameterizedTest
        @ValueSource(strings = {"at_most", "AT MOST", "MORE_THAN"})
        void refusesAnythingElseListingTheConstants(String value) {
            assertInvalid(
                    () -> CorrectedValues.optionalEnum("comparator", value, Comparator.class),
                    "The corrected comparator is not one of [AT_LEAST, AT_MOST, EXACTLY].");
        }
    }

    @Test
    void namesAFieldThatCannotBeCorrected() {
        CommandRefused refusal = CorrectedValues.notCorrectable("status", "a target");

        assertThat(refusal.code()).isEqualTo(CommonRefusal.FIELD_NOT_CORRECTABLE);
        assertThat(refusal.detail()).isEqualTo("'status' is not a correctable field of a target.");
    }
}
