package org.missionledger.indicator.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.missionledger.common.api.Dates;
import org.missionledger.common.api.Source;
import org.missionledger.common.api.Text;

/**
 * Records the first published value of a series for a period.
 *
 * @param indicatorId the indicator
 * @param period the period in the indicator's frequency (2024, 2024/25, 2024-Q1, 2024-03, 2024-W05, 2024-03-31)
 * @param value the published value
 * @param publishedOn when it was published
 * @param vintage the publisher's release or vintage code, if any
 * @param source the publication
 */
public record RecordReading(
        @TargetAggregateIdentifier @NotNull @Pattern(regexp = Text.ID, message = Text.ID_MESSAGE) String indicatorId,
        @NotBlank
                @Size(max = 20)
                @Pattern(
                        regexp = "[0-9A-Za-z/-]+",
                        message = "must be a period such as 2024, 2024/25, 2024-Q1, 2024-03, 2024-W05 or 2024-03-31")
                String period,
        @NotNull @DecimalMin("-1e15") @DecimalMax("1e15") @Digits(integer = 16, fraction = 6) BigDecimal value,
        @Dates.Sane LocalDate publishedOn,
        @Size(max = 100) @Pattern(regexp = Text.NO_CONTROL_CHARACTERS, message = Text.NO_CONTROL_MESSAGE)
                String vintage,
        @NotNull @Valid Source source) {}
