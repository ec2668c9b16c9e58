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
 * Records a revised value for a period; the earlier vintage is kept.
 *
 * @param indicatorId the indicator
 * @param period the period
 * @param value the revised value
 * @param publishedOn when the revision was published
 * @param vintage the revision's release or vintage code
 * @param reason why (as stated by the publisher)
 * @param source the publication
 */
public record ReviseReading(
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
        @NotBlank @Size(max = 2000) @Pattern(regexp = Text.MULTI_LINE, message = Text.NO_CONTROL_MESSAGE) String reason,
        @NotNull @Valid Source source) {}
