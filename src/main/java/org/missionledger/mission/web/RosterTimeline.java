package org.missionledger.mission.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.missionledger.mission.api.TenureView;

/**
 * A mission's roster laid out as a timeline: one bar per tenure on a common time axis (from the first tenure's start to
 * the later of today and the last end), in a 1000-unit-wide coordinate space the page draws with SVG. The table the
 * bars sit in carries the same facts as text.
 *
 * @param from the start of the axis
 * @param to the end of the axis
 * @param years the first day of every year on the axis after {@code from}, with its x position
 * @param today the x position of today (or -1 when off the axis)
 * @param rows one per tenure: mission tenures first, then each target's, each in order of start
 */
public record RosterTimeline(LocalDate from, LocalDate to, List<Tick> years, double today, List<Bar> rows) {

    public static final int WIDTH = 1000;

    /** A year boundary on the axis. */
    public record Tick(int year, double x) {}

    /**
     * One tenure's bar.
     *
     * @param tenure the tenure
     * @param x where it starts
     * @param width how long it is (at least 2 units, so a one-day tenure shows)
     * @param open whether it is still open (drawn to today)
     */
    public record Bar(TenureView tenure, double x, double width, boolean open) {}

    public static RosterTimeline of(List<TenureView> tenures, LocalDate today) {
        List<TenureView> sorted = new ArrayList<>(tenures);
        sorted.sort(Comparator.comparing((TenureView t) -> t.targetId() == null ? "" : t.targetId())
                .thenComparing(t -> t.role().kind())
                .thenComparing(TenureView::effectiveFrom));
        if (sorted.isEmpty()) {
            return new RosterTimeline(today, today, List.of(), -1, List.of());
        }
        LocalDate from = sorted.stream()
                .map(TenureView::effectiveFrom)
                .min(Comparator.naturalOrder())
                .orElse(today);
        LocalDate to = today;
        for (TenureView tenure : sorted) {
            if (tenure.effectiveTo() != null && tenure.effectiveTo().isAfter(to)) {
                to = tenure.effectiveTo();
            }
            if (tenure.effectiveFrom().isAfter(to)) {
                to = tenure.effectiveFrom().plusDays(1);
            }
        }
        from = from.withDayOfYear(1);
        to = to.plusYears(1).withDayOfYear(1);
        double days = ChronoUnit.DAYS.between(from, to);
        List<Tick> years = new ArrayList<>();
        for (int year = from.getYear() + 1; year < to.getYear(); year++) {
            years.add(new Tick(year, x(from, LocalDate.of(year, 1, 1), days)));
        }
        List<Bar> rows = new ArrayList<>();
        for (TenureView tenure : sorted) {
            boolean open = tenure.effectiveTo() == null;
            LocalDate end = open
                    ? (today.isAfter(tenure.effectiveFrom()) ? today : tenure.effectiveFrom())
                    : tenure.effectiveTo();
            double x = x(from, tenure.effectiveFrom(), days);
            rows.add(new Bar(tenure, x, Math.max(2, x(from, end, days) - x), open));
        }
        return new RosterTimeline(from, to, years, x(from, today, days), rows);
    }

    private static double x(LocalDate from, LocalDate date, double days) {
        return Math.round(ChronoUnit.DAYS.between(from, date) / days * WIDTH * 10) / 10.0;
    }
}
