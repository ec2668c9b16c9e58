package org.missionledger.mission.web;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.missionledger.common.api.UnknownDate;
import org.missionledger.mission.api.AccountabilityGapView;
import org.missionledger.mission.api.AccountabilityView;
import org.missionledger.mission.api.AccountableRole;
import org.missionledger.mission.api.AccountableView;
import org.missionledger.mission.api.Holder;
import org.missionledger.mission.api.MissionView;
import org.missionledger.mission.api.RosterView;
import org.missionledger.mission.api.TargetStatus;
import org.missionledger.mission.api.TenureView;
import org.missionledger.mission.api.TimelineEntryView;
import org.missionledger.mission.query.ChangesCsv;

/**
 * The CSV forms of the mission lists. Each row record's header is part of the API (docs/api.md): columns are only ever
 * added at the end, never renamed, removed or reordered. Multi-valued cells are joined with {@code "; "}.
 */
public final class MissionCsvRows {

    private MissionCsvRows() {}

    @JsonPropertyOrder({
        "missionId",
        "bodyId",
        "bodyName",
        "fictional",
        "title",
        "status",
        "statusSince",
        "declaredOn",
        "horizon",
        "policyArea",
        "targets",
        "activeTargets",
        "accountable",
        "version"
    })
    record MissionRow(
            String missionId,
            String bodyId,
            String bodyName,
            String fictional,
            String title,
            String status,
            String statusSince,
            String declaredOn,
            String horizon,
            String policyArea,
            int targets,
            long activeTargets,
            String accountable,
            long version) {}

    static List<MissionRow> missions(List<MissionView> missions) {
        List<MissionRow> rows = new ArrayList<>();
        for (MissionView m : missions) {
            rows.add(new MissionRow(
                    m.missionId(),
                    m.body().id(),
                    m.body().name(),
                    m.body().fictional() ? FICTIONAL : "",
                    m.title(),
                    str(m.status()),
                    str(m.statusSince()),
                    str(m.declaredOn()),
                    str(m.horizon()),
                    m.policyArea(),
                    m.targets().size(),
                    m.targets().stream()
                            .filter(t -> t.status() == TargetStatus.ACTIVE)
                            .count(),
                    m.accountable().stream().map(MissionCsvRows::describe).collect(Collectors.joining("; ")),
                    m.version()));
        }
        return rows;
    }

    @JsonPropertyOrder({
        "position",
        "sequence",
        "eventId",
        "type",
        "subject",
        "effectiveDate",
        "recordedAt",
        "actor",
        "summary",
        "kinds",
        "reason",
        "sourceTitle",
        "sourceUrl",
        "correctedEventId",
        "correctedBy"
    })
    record TimelineRow(
            long position,
            long sequence,
            String eventId,
            String type,
            String subject,
            String effectiveDate,
            String recordedAt,
            String actor,
            String summary,
            String kinds,
            String reason,
            String sourceTitle,
            String sourceUrl,
            String correctedEventId,
            String correctedBy) {}

    static List<TimelineRow> timeline(List<TimelineEntryView> timeline) {
        List<TimelineRow> rows = new ArrayList<>();
        for (TimelineEntryView e : timeline) {
            rows.add(new TimelineRow(
                    e.position(),
                    e.sequence(),
                    e.eventId(),
                    e.type(),
                    e.subject(),
                    UnknownDate.text(e.effectiveDate()),
                    str(e.recordedAt()),
                    e.actor(),
                    e.summary(),
                    join(e.kinds()),
                    e.reason(),
                    e.source() == null ? null : e.source().title(),
                    e.source() == null ? null : e.source().url(),
                    e.correctedEventId(),
                    join(e.correctedBy())));
        }
        return rows;
    }

    @JsonPropertyOrder({
        "state",
        "scope",
        "targetId",
        "roleKind",
        "roleTitle",
        "holderName",
        "holderPost",
        "tenureId",
        "effectiveFrom",
        "effectiveTo",
        "gapFrom",
        "gapTo"
    })
    record AccountabilityRow(
            String state,
            String scope,
            String targetId,
            String roleKind,
            String roleTitle,
            String holderName,
            String holderPost,
            String tenureId,
            String effectiveFrom,
            String effectiveTo,
            String gapFrom,
            String gapTo) {}

    static List<AccountabilityRow> accountability(AccountabilityView view) {
        List<AccountabilityRow> rows = new ArrayList<>();
        for (AccountableView a : view.holders()) {
            rows.add(new AccountabilityRow(
                    "HELD",
                    a.scope().name(),
                    a.targetId(),
                    roleKind(a.role()),
                    roleTitle(a.role()),
                    a.holder().name(),
                    a.holder().post(),
                    a.tenureId(),
                    str(a.effectiveFrom()),
                    str(a.effectiveTo()),
                    null,
                    null));
        }
        for (AccountabilityGapView g : view.gaps()) {
            rows.add(new AccountabilityRow(
                    "GAP",
                    g.scope().name(),
                    g.targetId(),
                    roleKind(g.role()),
                    roleTitle(g.role()),
                    null,
                    null,
                    null,
                    null,
                    null,
                    str(g.from()),
                    str(g.to())));
        }
        return rows;
    }

    @JsonPropertyOrder({
        "tenureId",
        "scope",
        "targetId",
        "roleKind",
        "roleTitle",
        "holderName",
        "holderPost",
        "effectiveFrom",
        "effectiveTo",
        "recordedAt",
        "lastRecordedAt",
        "versions"
    })
    record TenureRow(
            String tenureId,
            String scope,
            String targetId,
            String roleKind,
            String roleTitle,
            String holderName,
            String holderPost,
            String effectiveFrom,
            String effectiveTo,
            String recordedAt,
            String lastRecordedAt,
            int versions) {}

    static List<TenureRow> roster(RosterView roster) {
        List<TenureRow> rows = new ArrayList<>();
        for (TenureView t : roster.tenures()) {
            rows.add(new TenureRow(
                    t.tenureId(),
                    t.scope().name(),
                    t.targetId(),
                    roleKind(t.role()),
                    roleTitle(t.role()),
                    t.holder().name(),
                    t.holder().post(),
                    str(t.effectiveFrom()),
                    str(t.effectiveTo()),
                    str(t.recordedAt()),
                    str(t.lastRecordedAt()),
                    t.versions().size()));
        }
        return rows;
    }

    /** What the {@code fictional} column says for rows of a fictional body's missions. */
    static final String FICTIONAL = ChangesCsv.FICTIONAL;

    static String describe(AccountableView a) {
        String role =
                a.role().title() != null ? a.role().title() : a.role().kind().name();
        String scope = a.targetId() == null ? "" : " [" + a.targetId() + "]";
        return role + scope + ": " + holder(a.holder());
    }

    private static String holder(Holder h) {
        return h.post() == null ? h.name() : h.name() + " (" + h.post() + ")";
    }

    private static String roleKind(AccountableRole role) {
        return role == null ? null : role.kind().name();
    }

    private static String roleTitle(AccountableRole role) {
        return role == null ? null : role.title();
    }

    private static String join(List<?> values) {
        return values == null || values.isEmpty()
                ? null
                : values.stream().map(String::valueOf).collect(Collectors.joining("; "));
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }
}
