package org.missionledger.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.missionledger.common.api.AlterationKind;
import org.missionledger.common.api.FieldChange;
import org.missionledger.common.api.Source;
import org.missionledger.mission.api.AccountabilityAssigned;
import org.missionledger.mission.api.AccountableRole;
import org.missionledger.mission.api.AssignAccountability;
import org.missionledger.mission.api.Body;
import org.missionledger.mission.api.BodyKind;
import org.missionledger.mission.api.Comparator;
import org.missionledger.mission.api.DeclareMission;
import org.missionledger.mission.api.Holder;
import org.missionledger.mission.api.MissionDeclared;
import org.missionledger.mission.api.ReviseTarget;
import org.missionledger.mission.api.RoleKind;
import org.missionledger.mission.api.SetTarget;
import org.missionledger.mission.api.TargetRevised;
import org.missionledger.mission.api.TargetSet;
import org.missionledger.mission.api.TargetTerms;

/**
 * Realistic missions, targets and tenures for the benchmark: the commands it sends and the events it pre-fills, with
 * the wording, sources and metadata of real records (1–2 KB an event as stored).
 */
final class SampleLedger {

    /** Targets every sample mission starts with. */
    static final int TARGETS = 3;

    static final Body BODY = new Body("uk-government", "UK Government", BodyKind.NATIONAL_GOVERNMENT);

    private SampleLedger() {}

    static Source source(long n) {
        return new Source(
                "Mission progress statement " + n + ": milestones for mission-led government",
                "Department for Energy Security and Net Zero",
                "https://www.gov.uk/government/publications/mission-progress-statement-" + n,
                LocalDate.of(2024, 1, 1).plusDays(n % 700),
                null);
    }

    static String targetId(int t) {
        return "target-" + t;
    }

    static TargetTerms terms(long goal) {
        return new TargetTerms(
                "At least " + goal + " per cent of electricity generated from clean sources in Great Britain by 2030,"
                        + " measured over the calendar year",
                null,
                new BigDecimal("41.5"),
                LocalDate.of(2023, 12, 31),
                Comparator.AT_LEAST,
                BigDecimal.valueOf(goal),
                "%",
                LocalDate.of(2030, 12, 31),
                "Great Britain",
                "Share of generation from renewable and nuclear sources, DESNZ Energy Trends table 6.1, annual");
    }

    static DeclareMission declare(String missionId) {
        return new DeclareMission(
                missionId,
                BODY,
                "Make Britain a clean energy superpower",
                "Making Britain a clean energy superpower to cut bills, create jobs and deliver security with cheaper,"
                        + " zero-carbon electricity by 2030, accelerating to net zero.",
                "energy",
                LocalDate.of(2023, 2, 23),
                LocalDate.of(2030, 12, 31),
                source(0));
    }

    static SetTarget setTarget(String missionId, String targetId, long goal) {
        return new SetTarget(missionId, targetId, terms(goal), source(goal), null);
    }

    static ReviseTarget reviseTarget(String missionId, String targetId, long goal) {
        return new ReviseTarget(
                missionId, targetId, terms(goal), "Restated in the mission progress statement", source(goal), null);
    }

    static AssignAccountability assign(String missionId, String tenureId, long n) {
        return new AssignAccountability(
                missionId,
                tenureId,
                null,
                new AccountableRole(RoleKind.LEAD_MINISTER, null),
                new Holder("Minister " + n, "Secretary of State for Energy Security and Net Zero"),
                LocalDate.of(2024, 7, 5),
                source(n));
    }

    /**
     * The events of one pre-filled mission, as MissionAggregate would have applied them: declared, three targets set,
     * a tenure, then target revisions. Metadata is what the command interceptors stamp.
     */
    static List<DomainEventMessage<?>> missionStream(
            String missionId, int events, java.util.function.IntFunction<Instant> recordedAt) {
        List<DomainEventMessage<?>> stream = new ArrayList<>(events);
        long[] goals = new long[TARGETS];
        for (int seq = 0; seq < events; seq++) {
            Object payload;
            if (seq == 0) {
                DeclareMission c = declare(missionId);
                payload = new MissionDeclared(
                        missionId,
                        c.body(),
                        c.title(),
                        c.statement(),
                        c.policyArea(),
                        c.declaredOn(),
                        c.horizon(),
                        c.source());
            } else if (seq <= TARGETS) {
                goals[seq - 1] = 90;
                payload = new TargetSet(missionId, targetId(seq - 1), terms(90), source(seq), null);
            } else if (seq == TARGETS + 1) {
                AssignAccountability c = assign(missionId, "tenure-0", seq);
                payload = new AccountabilityAssigned(
                        missionId, c.tenureId(), null, c.role(), c.holder(), c.effectiveFrom(), c.source());
            } else {
                int t = seq % TARGETS;
                long before = goals[t];
                long after = before + 1;
                goals[t] = after;
                payload = new TargetRevised(
                        missionId,
                        targetId(t),
                        terms(before),
                        terms(after),
                        List.of(new FieldChange("goalValue", Long.toString(before), Long.toString(after))),
                        List.of(AlterationKind.STRENGTHENED),
                        "Restated in the mission progress statement",
                        source(seq),
                        null);
            }
            Instant at = recordedAt.apply(seq);
            String correlation = UUID.randomUUID().toString();
            MetaData metaData = MetaData.from(Map.of(
                    "actor",
                    "system:benchmark",
                    "recordedAt",
                    at.toString(),
                    "correlationId",
                    correlation,
                    "traceId",
                    correlation));
            stream.add(new GenericDomainEventMessage<>(
                    "MissionAggregate",
                    missionId,
                    seq,
                    payload,
                    metaData,
                    UUID.randomUUID().toString(),
                    at));
        }
        return stream;
    }
}
