package org.missionledger.mission.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.missionledger.mission.api.AccountabilityGapView;
import org.missionledger.mission.api.AccountabilityView;
import org.missionledger.mission.api.AccountableView;
import org.missionledger.mission.api.RosterView;
import org.missionledger.mission.api.TenureVersionView;
import org.missionledger.mission.api.TenureView;

/**
 * Reads a {@link RosterDocument} bitemporally: as the record stood at a moment ({@code asKnownAt}: only what was
 * recorded by then counts; null = now) and, for accountability, on a date (valid time).
 */
public final class RosterViews {

    private RosterViews() {}

    /** Every tenure as the record stood at {@code asKnownAt}. */
    public static RosterView roster(RosterDocument doc, Instant asKnownAt) {
        List<TenureView> tenures = new ArrayList<>();
        for (RosterDocument.Tenure tenure : doc.tenures) {
            TenureView view = tenure(tenure, asKnownAt);
            if (view != null) {
                tenures.add(view);
            }
        }
        return new RosterView(doc.missionId, asKnownAt, tenures);
    }

    static TenureView tenure(RosterDocument.Tenure tenure, Instant asKnownAt) {
        List<TenureVersionView> versions = new ArrayList<>();
        for (RosterDocument.Version v : tenure.versions) {
            if (known(v.recordedAt, asKnownAt)) {
                versions.add(new TenureVersionView(
                        v.change,
                        v.role,
                        v.holder,
                        v.effectiveFrom,
                        v.effectiveTo,
                        v.recordedAt,
                        v.actor,
                        v.eventId,
                        v.position,
                        v.reason,
                        v.source));
            }
        }
        if (versions.isEmpty()) {
            return null;
        }
        TenureVersionView last = versions.get(versions.size() - 1);
        return new TenureView(
                tenure.tenureId,
                scope(tenure.targetId),
                tenure.targetId,
                last.role(),
                last.holder(),
                last.effectiveFrom(),
                last.effectiveTo(),
                versions.get(0).recordedAt(),
                last.recordedAt(),
                versions);
    }

    /**
     * Who held each role on {@code at}, as the record stood at {@code asKnownAt}, and the gaps: every role with tenures
     * that nobody held on that date, and every live scope (the mission, each active target) with no tenure at all.
     */
    public static AccountabilityView accountability(RosterDocument doc, LocalDate at, Instant asKnownAt) {
        List<TenureView> known = roster(doc, asKnownAt).tenures();
        Map<String, List<TenureView>> byRole = new LinkedHashMap<>();
        for (TenureView tenure : known) {
            byRole.computeIfAbsent(roleKey(tenure), k -> new ArrayList<>()).add(tenure);
        }
        List<AccountableView> holders = new ArrayList<>();
        List<AccountabilityGapView> gaps = new ArrayList<>();
        for (List<TenureView> tenures : byRole.values()) {
            TenureView any = tenures.get(0);
            List<TenureView> covering =
                    tenures.stream().filter(t -> covers(t, at)).toList();
            if (!covering.isEmpty()) {
                covering.forEach(t -> holders.add(accountable(t)));
                continue;
            }
            if (!live(doc, any.targetId(), at, asKnownAt)) {
                continue;
            }
            TenureView previous = null;
            TenureView next = null;
            for (TenureView t : tenures) {
                if (t.effectiveTo() != null
                        && !t.effectiveTo().isAfter(at)
                        && (previous == null || t.effectiveTo().isAfter(previous.effectiveTo()))) {
                    previous = t;
                }
                if (t.effectiveFrom().isAfter(at)
                        && (next == null || t.effectiveFrom().isBefore(next.effectiveFrom()))) {
                    next = t;
                }
            }
            gaps.add(new AccountabilityGapView(
                    any.scope(),
                    any.targetId(),
                    any.role(),
                    previous == null ? null : previous.effectiveTo(),
                    next == null ? null : next.effectiveFrom(),
                    previous == null ? null : accountable(previous),
                    next == null ? null : accountable(next)));
        }
        if (live(doc, null, at, asKnownAt) && known.stream().noneMatch(t -> t.targetId() == null)) {
            gaps.add(new AccountabilityGapView(AccountableView.Scope.MISSION, null, null, null, null, null, null));
        }
        for (RosterDocument.TargetLife target : doc.targets) {
            if (live(doc, target.targetId, at, asKnownAt)
                    && known.stream().noneMatch(t -> target.targetId.equals(t.targetId()))) {
                gaps.add(new AccountabilityGapView(
                        AccountableView.Scope.TARGET, target.targetId, null, null, null, null, null));
            }
        }
        return new AccountabilityView(doc.missionId, at, asKnownAt, holders, gaps);
    }

    /** Whether the mission ({@code targetId} null) or a target was live on {@code at}, as known at {@code asKnownAt}. */
    static boolean live(RosterDocument doc, String targetId, LocalDate at, Instant asKnownAt) {
        List<RosterDocument.ScopeEvent> events;
        if (targetId == null) {
            events = doc.mission;
        } else {
            RosterDocument.TargetLife target = doc.target(targetId);
            events = target == null ? List.of() : target.events;
        }
        boolean live = false;
        for (RosterDocument.ScopeEvent event : events) {
            if (known(event.recordedAt, asKnownAt)
                    && (event.effectiveDate == null || !event.effectiveDate.isAfter(at))) {
                live = event.live;
            }
        }
        return live;
    }

    static boolean covers(TenureView tenure, LocalDate at) {
        return !tenure.effectiveFrom().isAfter(at)
                && (tenure.effectiveTo() == null || at.isBefore(tenure.effectiveTo()));
    }

    static AccountableView accountable(TenureView t) {
        return new AccountableView(
                t.scope(), t.targetId(), t.role(), t.holder(), t.tenureId(), t.effectiveFrom(), t.effectiveTo());
    }

    private static String roleKey(TenureView tenure) {
        return Objects.toString(tenure.targetId(), "") + "|" + tenure.role().kind() + "|"
                + Objects.toString(tenure.role().title(), "");
    }

    static AccountableView.Scope scope(String targetId) {
        return targetId == null ? AccountableView.Scope.MISSION : AccountableView.Scope.TARGET;
    }

    private static boolean known(Instant recordedAt, Instant asKnownAt) {
        return asKnownAt == null || !recordedAt.isAfter(asKnownAt);
    }
}
