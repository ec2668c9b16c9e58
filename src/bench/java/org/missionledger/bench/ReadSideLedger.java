package org.missionledger.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.missionledger.common.api.AlterationKind;
import org.missionledger.common.api.FieldChange;
import org.missionledger.indicator.api.Frequency;
import org.missionledger.indicator.api.IndicatorDefined;
import org.missionledger.indicator.api.ReadingRecorded;
import org.missionledger.mission.api.AccountabilityAssigned;
import org.missionledger.mission.api.AccountabilityReassigned;
import org.missionledger.mission.api.AccountableRole;
import org.missionledger.mission.api.Comparator;
import org.missionledger.mission.api.Holder;
import org.missionledger.mission.api.MissionDeclared;
import org.missionledger.mission.api.RoleKind;
import org.missionledger.mission.api.TargetRevised;
import org.missionledger.mission.api.TargetSet;
import org.missionledger.mission.api.TargetTerms;
import org.missionledger.platform.axon.CommandMetadataInterceptor;

/**
 * The read side's sample ledger: missions with their targets, each target measured by an indicator of its own with
 * monthly readings, as the aggregates would have applied them. Per mission and year, every target's indicator gets
 * twelve readings, one target is revised (an alteration) and the lead minister changes (a reassignment), so that the
 * roster, the alterations log, the series and the target statuses all have history to fold.
 *
 * <p>Events are recorded month by month from {@link #FIRST_MONTH}: a reading for a month is recorded mid-way through
 * the following month.
 */
final class ReadSideLedger {

    static final YearMonth FIRST_MONTH = YearMonth.of(2020, 1);

    private final int targets;
    private final int years;

    ReadSideLedger(int targets, int years) {
        this.targets = targets;
        this.years = years;
    }

    int targets() {
        return targets;
    }

    int years() {
        return years;
    }

    static String missionId(int m) {
        return "rs-" + m;
    }

    static String indicatorId(int m, int t) {
        return "rs-" + m + "-ind-" + t;
    }

    /** The last month with a reading. */
    YearMonth lastMonth() {
        return FIRST_MONTH.plusMonths(12L * years - 1);
    }

    /** Events of one mission and its indicators. */
    long eventsPerMission() {
        return 2 + 3L * targets + 12L * years * targets + 2L * years;
    }

    /**
     * The events of missions {@code from} (inclusive) to {@code to} (exclusive), interleaved month by month as a
     * ledger recording them side by side would interleave them.
     */
    List<DomainEventMessage<?>> missions(int from, int to) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        int[] missionSeq = new int[to - from];
        int[][] indicatorSeq = new int[to - from][targets];
        long[][] goals = new long[to - from][targets];
        Instant start = FIRST_MONTH.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        long tick = 0;
        for (int m = from; m < to; m++) {
            int i = m - from;
            String mission = missionId(m);
            events.add(mission(mission, missionSeq[i]++, declared(mission), start.plusSeconds(tick++)));
            events.add(mission(
                    mission,
                    missionSeq[i]++,
                    new AccountabilityAssigned(
                            mission,
                            "lead-0",
                            null,
                            new AccountableRole(RoleKind.LEAD_MINISTER, null),
                            minister(0),
                            FIRST_MONTH.atDay(1),
                            SampleLedger.source(m)),
                    start.plusSeconds(tick++)));
            for (int t = 0; t < targets; t++) {
                String indicator = indicatorId(m, t);
                events.add(
                        indicator(indicator, indicatorSeq[i][t]++, defined(indicator, t), start.plusSeconds(tick++)));
                goals[i][t] = 90;
                events.add(mission(
                        mission,
                        missionSeq[i]++,
                        new TargetSet(
                                mission, SampleLedger.targetId(t), terms(indicator, 90), SampleLedger.source(t), null),
                        start.plusSeconds(tick++)));
                events.add(mission(
                        mission,
                        missionSeq[i]++,
                        new AccountabilityAssigned(
                                mission,
                                "sro-" + t,
                                SampleLedger.targetId(t),
                                new AccountableRole(RoleKind.SENIOR_RESPONSIBLE_OWNER, null),
                                new Holder("Senior Responsible Owner " + t, "Director, Clean Power 2030"),
                                FIRST_MONTH.atDay(1),
                                SampleLedger.source(t)),
                        start.plusSeconds(tick++)));
            }
        }
        for (int k = 0; k < 12 * years; k++) {
            YearMonth period = FIRST_MONTH.plusMonths(k);
            LocalDate publishedOn = period.plusMonths(1).atDay(14);
            Instant monthStart = publishedOn.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            long second = 0;
            for (int m = from; m < to; m++) {
                int i = m - from;
                String mission = missionId(m);
                for (int t = 0; t < targets; t++) {
                    String indicator = indicatorId(m, t);
                    BigDecimal value = BigDecimal.valueOf(415 + k * 3L + t + m % 7, 1);
                    events.add(indicator(
                            indicator,
                            indicatorSeq[i][t]++,
                            new ReadingRecorded(
                                    indicator,
                                    period.toString(),
                                    value,
                                    publishedOn,
                                    "first estimate",
                                    readingSource(period, publishedOn)),
                            monthStart.plusSeconds(second++)));
                }
                if (k % 12 == 11) {
                    int year = k / 12;
                    int t = year % targets;
                    long before = goals[i][t];
                    long after = before + 1;
                    goals[i][t] = after;
                    events.add(mission(
                            mission,
                            missionSeq[i]++,
                            new TargetRevised(
                                    mission,
                                    SampleLedger.targetId(t),
                                    terms(indicatorId(m, t), before),
                                    terms(indicatorId(m, t), after),
                                    List.of(new FieldChange("goalValue", Long.toString(before), Long.toString(after))),
                                    List.of(AlterationKind.STRENGTHENED),
                                    "Restated in the mission progress statement",
                                    SampleLedger.source(k),
                                    null),
                            monthStart.plusSeconds(second++)));
                    events.add(mission(
                            mission,
                            missionSeq[i]++,
                            new AccountabilityReassigned(
                                    mission,
                                    "lead-" + year,
                                    "lead-" + (year + 1),
                                    null,
                                    new AccountableRole(RoleKind.LEAD_MINISTER, null),
                                    minister(year),
                                    minister(year + 1),
                                    publishedOn,
                                    "Reshuffle",
                                    SampleLedger.source(k)),
                            monthStart.plusSeconds(second++)));
                }
            }
        }
        return events;
    }

    private static Holder minister(int n) {
        return new Holder("Minister " + n, "Secretary of State for Energy Security and Net Zero");
    }

    private static MissionDeclared declared(String missionId) {
        var c = SampleLedger.declare(missionId);
        return new MissionDeclared(
                missionId,
                c.body(),
                c.title(),
                c.statement(),
                c.policyArea(),
                LocalDate.of(2019, 12, 1),
                c.horizon(),
                c.source());
    }

    private static IndicatorDefined defined(String indicatorId, int t) {
        return new IndicatorDefined(
                indicatorId,
                "Share of electricity generated from clean sources, series " + t,
                "%",
                "Department for Energy Security and Net Zero",
                "Renewable and nuclear generation as a share of total generation, Energy Trends table 6.1.",
                "Monthly, Great Britain, provisional then revised",
                Frequency.MONTHLY,
                "ET-6.1-" + t,
                SampleLedger.source(t));
    }

    private static TargetTerms terms(String indicatorId, long goal) {
        TargetTerms base = SampleLedger.terms(goal);
        return new TargetTerms(
                base.wording(),
                indicatorId,
                base.baselineValue(),
                base.baselineDate(),
                Comparator.AT_LEAST,
                base.goalValue(),
                base.unit(),
                base.deadline(),
                base.geography(),
                base.measurementBasis());
    }

    private static org.missionledger.common.api.Source readingSource(YearMonth period, LocalDate publishedOn) {
        return new org.missionledger.common.api.Source(
                "Energy Trends: UK electricity, " + period,
                "Department for Energy Security and Net Zero",
                "https://www.gov.uk/government/statistics/energy-trends-section-5-electricity/" + period,
                publishedOn,
                null);
    }

    private static DomainEventMessage<?> mission(String id, int seq, Object payload, Instant at) {
        return message("MissionAggregate", id, seq, payload, at);
    }

    private static DomainEventMessage<?> indicator(String id, int seq, Object payload, Instant at) {
        return message("IndicatorAggregate", id, seq, payload, at);
    }

    /** An event with the metadata the command interceptors stamp. */
    static DomainEventMessage<?> message(String type, String id, int seq, Object payload, Instant at) {
        String correlation = UUID.randomUUID().toString();
        MetaData metaData = MetaData.from(Map.of(
                CommandMetadataInterceptor.ACTOR,
                "system:benchmark",
                CommandMetadataInterceptor.RECORDED_AT,
                at.toString(),
                "correlationId",
                correlation,
                "traceId",
                correlation));
        return new GenericDomainEventMessage<>(
                type, id, seq, payload, metaData, UUID.randomUUID().toString(), at);
    }
}
