package org.missionledger.exchange.datapackage;

import java.util.ArrayList;
import java.util.List;
import org.missionledger.audit.api.AuditEntryView;
import org.missionledger.audit.query.AuditQueries;
import org.missionledger.audit.query.AuditTrailProjector;
import org.missionledger.common.api.FieldChange;
import org.missionledger.common.api.Source;
import org.missionledger.exchange.datapackage.LedgerTables.AuditRow;
import org.missionledger.exchange.datapackage.LedgerTables.ChangeRow;
import org.missionledger.exchange.datapackage.LedgerTables.IndicatorRow;
import org.missionledger.exchange.datapackage.LedgerTables.MissionRow;
import org.missionledger.exchange.datapackage.LedgerTables.ReadingRow;
import org.missionledger.exchange.datapackage.LedgerTables.TargetRow;
import org.missionledger.exchange.datapackage.LedgerTables.TenureRow;
import org.missionledger.indicator.api.IndicatorView;
import org.missionledger.indicator.api.ReadingSeriesView;
import org.missionledger.indicator.api.ReadingView;
import org.missionledger.indicator.api.VintageView;
import org.missionledger.indicator.query.IndicatorQueries;
import org.missionledger.indicator.query.IndicatorSeriesProjector;
import org.missionledger.mission.api.AlterationView;
import org.missionledger.mission.api.MissionView;
import org.missionledger.mission.api.TargetStatus;
import org.missionledger.mission.api.TargetTerms;
import org.missionledger.mission.api.TargetView;
import org.missionledger.mission.api.TenureVersionView;
import org.missionledger.mission.api.TenureView;
import org.missionledger.mission.query.AccountabilityQueries;
import org.missionledger.mission.query.AlterationQueries;
import org.missionledger.mission.query.AlterationsProjector;
import org.missionledger.mission.query.ChangesFilter;
import org.missionledger.mission.query.MissionBoardProjector;
import org.missionledger.mission.query.MissionQueries;
import org.missionledger.mission.query.Page;
import org.missionledger.mission.query.RosterProjector;
import org.missionledger.platform.projection.ProjectionMonitor;
import org.missionledger.platform.projection.ReadModelStatus;
import org.springframework.stereotype.Service;

/** The rows of every open-data table, read from the projections: the whole ledger, not a page of it. */
@Service
public class OpenDataTables {

    private static final int PAGE = 500;

    private final MissionQueries missions;
    private final AccountabilityQueries accountability;
    private final AlterationQueries alterations;
    private final IndicatorQueries indicators;
    private final AuditQueries audit;
    private final ProjectionMonitor monitor;

    public OpenDataTables(
            MissionQueries missions,
            AccountabilityQueries accountability,
            AlterationQueries alterations,
            IndicatorQueries indicators,
            AuditQueries audit,
            ProjectionMonitor monitor) {
        this.missions = missions;
        this.accountability = accountability;
        this.alterations = alterations;
        this.indicators = indicators;
        this.audit = audit;
        this.monitor = monitor;
    }

    /** The CSV text of one table and the state of the views it was read from. */
    public record Csv(String text, ReadModelStatus readModel) {}

    /** The CSV of the table of that name. */
    public Csv csv(CsvTable<?> table) {
        return switch (table.name()) {
            case "missions" -> new Csv(LedgerTables.MISSIONS.csv(missionRows()), status(MissionBoardProjector.NAME));
            case "targets" -> new Csv(LedgerTables.TARGETS.csv(targetRows()), status(MissionBoardProjector.NAME));
            case "accountability" -> new Csv(
                    LedgerTables.ACCOUNTABILITY.csv(tenureRows()),
                    status(MissionBoardProjector.NAME, RosterProjector.NAME));
            case "indicators" -> new Csv(
                    LedgerTables.INDICATORS.csv(indicatorRows()), status(IndicatorSeriesProjector.NAME));
            case "readings" -> new Csv(LedgerTables.READINGS.csv(readingRows()), status(IndicatorSeriesProjector.NAME));
            case "changes" -> new Csv(LedgerTables.CHANGES.csv(changeRows()), status(AlterationsProjector.NAME));
            case "audit" -> {
                ReadModelStatus readModel = status(AuditTrailProjector.NAME);
                yield new Csv(LedgerTables.AUDIT.csv(auditRows(readModel.position())), readModel);
            }
            default -> throw new IllegalArgumentException("No table " + table.name());
        };
    }

    private ReadModelStatus status(String... views) {
        return monitor.readModel(views);
    }

    List<MissionRow> missionRows() {
        List<MissionRow> rows = new ArrayList<>();
        for (MissionView m : missions.all(null, false)) {
            rows.add(new MissionRow(
                    m.missionId(),
                    m.body().id(),
                    m.body().name(),
                    Cells.text(m.body().kind()),
                    m.body().fictional() ? LedgerTables.FICTIONAL : null,
                    m.title(),
                    m.statement(),
                    m.policyArea(),
                    m.declaredOn(),
                    m.horizon(),
                    Cells.text(m.status()),
                    m.statusSince(),
                    m.successorMissionId(),
                    m.targets().size(),
                    (int) m.targets().stream()
                            .filter(t -> t.status() == TargetStatus.ACTIVE)
                            .count(),
                    m.version()));
        }
        return rows;
    }

    List<TargetRow> targetRows() {
        List<TargetRow> rows = new ArrayList<>();
        for (MissionView m : missions.all(null, false)) {
            for (TargetView t : m.targets()) {
                TargetTerms terms = t.terms();
                rows.add(new TargetRow(
                        m.missionId(),
                        t.targetId(),
                        terms.wording(),
                        terms.indicatorId(),
                        Cells.number(terms.baselineValue()),
                        terms.baselineDate(),
                        Cells.text(terms.comparator()),
                        Cells.number(terms.goalValue()),
                        terms.unit(),
                        terms.deadline(),
                        terms.geography(),
                        terms.measurementBasis(),
                        Cells.text(t.status()),
                        t.statusSince(),
                        t.successorTargetId(),
                        t.setOn()));
            }
        }
        return rows;
    }

    List<TenureRow> tenureRows() {
        List<TenureRow> rows = new ArrayList<>();
        for (MissionView m : missions.all(null, false)) {
            for (TenureView t : accountability.rosterView(m.missionId(), null).tenures()) {
                Source source = firstSource(t);
                rows.add(new TenureRow(
                        m.missionId(),
                        t.tenureId(),
                        Cells.text(t.scope()),
                        t.targetId(),
                        Cells.text(t.role().kind()),
                        t.role().title(),
                        t.holder().name(),
                        t.holder().post(),
                        t.effectiveFrom(),
                        t.effectiveTo(),
                        Cells.instant(t.recordedAt()),
                        Cells.instant(t.lastRecordedAt()),
                        source == null ? null : source.title(),
                        source == null ? null : source.publisher(),
                        source == null ? null : source.url()));
            }
        }
        return rows;
    }

    /** The source of a tenure's first recorded state (its assignment or hand-over). */
    static Source firstSource(TenureView tenure) {
        for (TenureVersionView version : tenure.versions()) {
            if (version.source() != null) {
                return version.source();
            }
        }
        return null;
    }

    private List<IndicatorView> allIndicators() {
        List<IndicatorView> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            IndicatorQueries.IndicatorPage result = indicators.indicators(page, PAGE);
            all.addAll(result.items());
            if ((long) page * PAGE >= result.totalItems()) {
                return all;
            }
        }
    }

    List<IndicatorRow> indicatorRows() {
        List<IndicatorRow> rows = new ArrayList<>();
        for (IndicatorView i : allIndicators()) {
            Source s = i.source();
            rows.add(new IndicatorRow(
                    i.indicatorId(),
                    i.name(),
                    i.unit(),
                    i.publisher(),
                    i.methodology(),
                    i.measurementBasis(),
                    Cells.text(i.frequency()),
                    i.seriesCode(),
                    Cells.instant(i.definedAt()),
                    i.periods(),
                    i.latestPeriod(),
                    i.methodologyChanges().size(),
                    s == null ? null : s.title(),
                    s == null ? null : s.publisher(),
                    s == null ? null : s.url()));
        }
        return rows;
    }

    List<ReadingRow> readingRows() {
        List<ReadingRow> rows = new ArrayList<>();
        for (IndicatorView indicator : allIndicators()) {
            ReadingSeriesView series = indicators.readings(indicator.indicatorId(), null);
            for (ReadingView reading : series.readings()) {
                for (int i = 0; i < reading.vintages().size(); i++) {
                    VintageView v = reading.vintages().get(i);
                    Source s = v.source();
                    rows.add(new ReadingRow(
                            v.eventId(),
                            series.indicatorId(),
                            reading.period(),
                            reading.periodStart(),
                            reading.periodEnd(),
                            Cells.text(v.kind()),
                            Cells.number(v.value()),
                            v.vintage(),
                            v.publishedOn(),
                            Cells.instant(v.recordedAt()),
                            i == reading.vintages().size() - 1,
                            v.reason(),
                            s == null ? null : s.title(),
                            s == null ? null : s.publisher(),
                            s == null ? null : s.url(),
                            v.corrections().size(),
                            v.position()));
                }
            }
        }
        return rows;
    }

    List<ChangeRow> changeRows() {
        List<ChangeRow> rows = new ArrayList<>();
        for (int page = 1; ; page++) {
            Page<AlterationView> result = alterations.changes(ChangesFilter.none(), page, PAGE);
            for (AlterationView a : result.items()) {
                Source s = a.source();
                rows.add(new ChangeRow(
                        a.number(),
                        Cells.instant(a.recordedAt()),
                        a.effectiveDate(),
                        Cells.text(a.scope()),
                        Cells.joined(a.kinds()),
                        a.bodyId(),
                        a.bodyName(),
                        a.fictional() ? LedgerTables.FICTIONAL : null,
                        a.missionId(),
                        a.missionTitle(),
                        a.targetId(),
                        a.targetWording(),
                        a.indicatorId(),
                        a.metricChangedWithoutRewording(),
                        Cells.joined(
                                a.changes().stream().map(OpenDataTables::change).toList()),
                        a.reason(),
                        s == null ? null : s.title(),
                        s == null ? null : s.publisher(),
                        s == null ? null : s.url(),
                        s == null ? null : s.publishedOn(),
                        a.actor(),
                        a.eventType(),
                        a.eventId(),
                        a.position(),
                        a.corrections().size()));
            }
            if ((long) page * PAGE >= result.totalItems()) {
                break;
            }
        }
        rows.sort(java.util.Comparator.comparingLong(ChangeRow::number));
        return rows;
    }

    private static String change(FieldChange change) {
        return change.field() + ": " + orNone(change.before()) + " -> " + orNone(change.after());
    }

    private static String orNone(String value) {
        return value == null ? "(none)" : value;
    }

    List<AuditRow> auditRows(long upTo) {
        List<AuditRow> rows = new ArrayList<>();
        Long from = 1L;
        while (from != null) {
            AuditQueries.AuditPage page = audit.page(from, 1000, upTo);
            for (AuditEntryView e : page.entries()) {
                Source s = e.source();
                rows.add(new AuditRow(
                        e.position(),
                        e.eventId(),
                        e.type(),
                        e.aggregateType(),
                        e.aggregateId(),
                        e.sequence(),
                        e.actor(),
                        Cells.instant(e.recordedAt()),
                        e.effectiveDate(),
                        e.summary(),
                        s == null ? null : s.title(),
                        s == null ? null : s.url(),
                        e.correctedEventId(),
                        e.correctedPosition()));
            }
            from = page.nextFrom();
        }
        return rows;
    }
}
