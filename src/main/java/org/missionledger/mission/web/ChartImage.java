package org.missionledger.mission.web;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.missionledger.common.api.Readable;
import org.missionledger.mission.api.TargetTerms;

/**
 * A target's readings chart as a PNG, for the dossier (printed and PDF, where the page's script does not run): the
 * latest value of every period, the straight trajectory from the baseline to the goal at the deadline, the trajectory of
 * the target as first set when it was revised, and the deadline. The same data is in the dossier's text and the target
 * page's table; the image is drawn with the DejaVu Sans font shipped in the jar, so it looks the same everywhere.
 */
public final class ChartImage {

    static final int WIDTH = 900;
    static final int HEIGHT = 340;
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int TOP = 30;
    private static final int BOTTOM = 70;
    private static final Color INK = new Color(0x0b0c0c);
    private static final Color GREY = new Color(0x505a5f);
    private static final Color LIGHT = new Color(0xb1b4b6);
    private static final Color BLUE = new Color(0x1d70b8);
    private static final Font FONT = font();

    private ChartImage() {}

    /** The chart as a {@code data:image/png;base64,…} URI, or null when there is nothing to draw. */
    public static String dataUri(TargetChart chart) {
        byte[] png = png(chart);
        return png == null
                ? null
                : "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    /** The chart as PNG bytes, or null when it has no readings. */
    static byte[] png(TargetChart chart) {
        List<TargetChart.Row> rows = chart.rows().stream()
                .filter(r -> r.latest() != null && r.periodEnd() != null)
                .toList();
        if (rows.isEmpty()) {
            return null;
        }
        List<LocalDate> dates = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        rows.forEach(r -> {
            dates.add(r.periodEnd());
            values.add(r.latest().doubleValue());
        });
        List<double[]> lines = new ArrayList<>(); // x0, y0, x1, y1 in days and values; index 0 current, 1 original
        if (chart.hasTrajectory()) {
            lines.add(line(chart.baselineDate(), chart.baselineValue(), chart.deadline(), chart.goalValue()));
        }
        TargetTerms original = chart.original();
        if (original != null
                && original.baselineDate() != null
                && original.baselineValue() != null
                && original.goalValue() != null
                && original.deadline() != null) {
            lines.add(
                    line(original.baselineDate(), original.baselineValue(), original.deadline(), original.goalValue()));
        }
        double minX = dates.get(0).toEpochDay();
        double maxX = dates.get(dates.size() - 1).toEpochDay();
        double minY = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double maxY = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        for (double[] l : lines) {
            minX = Math.min(minX, Math.min(l[0], l[2]));
            maxX = Math.max(maxX, Math.max(l[0], l[2]));
            minY = Math.min(minY, Math.min(l[1], l[3]));
            maxY = Math.max(maxY, Math.max(l[1], l[3]));
        }
        if (maxX == minX) {
            maxX = minX + 1;
        }
        double pad = (maxY - minY) * 0.08;
        if (pad == 0) {
            pad = Math.max(1, Math.abs(maxY) * 0.1);
        }
        minY -= pad;
        maxY += pad;

        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            Plot plot = new Plot(minX, maxX, minY, maxY);
            axes(g, plot, chart.unit());
            float[][] dashes = {{10, 7}, {3, 5}};
            Color[] colours = {GREY, new Color(0x6f777b)};
            for (int i = 0; i < lines.size(); i++) {
                double[] l = lines.get(i);
                g.setColor(colours[i]);
                g.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1, dashes[i], 0));
                g.draw(new Line2D.Double(plot.x(l[0]), plot.y(l[1]), plot.x(l[2]), plot.y(l[3])));
            }
            if (chart.deadline() != null) {
                double x = plot.x(chart.deadline().toEpochDay());
                g.setColor(INK);
                g.setStroke(
                        new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1, new float[] {3, 3}, 0));
                g.draw(new Line2D.Double(x, TOP, x, HEIGHT - BOTTOM));
                g.setFont(FONT.deriveFont(12f));
                g.drawString("Deadline", (float) x - g.getFontMetrics().stringWidth("Deadline") - 4, TOP + 14);
            }
            g.setColor(BLUE);
            g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            Path2D path = new Path2D.Double();
            for (int i = 0; i < dates.size(); i++) {
                double x = plot.x(dates.get(i).toEpochDay());
                double y = plot.y(values.get(i));
                if (i == 0) {
                    path.moveTo(x, y);
                } else {
                    path.lineTo(x, y);
                }
            }
            g.draw(path);
            for (int i = 0; i < dates.size(); i++) {
                double x = plot.x(dates.get(i).toEpochDay());
                double y = plot.y(values.get(i));
                g.fill(new java.awt.geom.Ellipse2D.Double(x - 3, y - 3, 6, 6));
            }
            legend(g, lines.size(), original != null);
        } finally {
            g.dispose();
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double[] line(LocalDate from, BigDecimal fromValue, LocalDate to, BigDecimal toValue) {
        return new double[] {from.toEpochDay(), fromValue.doubleValue(), to.toEpochDay(), toValue.doubleValue()};
    }

    /** Value-to-pixel scales. */
    private record Plot(double minX, double maxX, double minY, double maxY) {
        double x(double day) {
            return LEFT + (day - minX) / (maxX - minX) * (WIDTH - LEFT - RIGHT);
        }

        double y(double value) {
            return HEIGHT - BOTTOM - (value - minY) / (maxY - minY) * (HEIGHT - TOP - BOTTOM);
        }
    }

    private static void axes(Graphics2D g, Plot plot, String unit) {
        g.setFont(FONT.deriveFont(12f));
        g.setStroke(new BasicStroke(1f));
        for (int i = 0; i <= 4; i++) {
            double value = plot.minY() + (plot.maxY() - plot.minY()) * i / 4;
            double y = plot.y(value);
            g.setColor(LIGHT);
            g.draw(new Line2D.Double(LEFT, y, WIDTH - RIGHT, y));
            g.setColor(GREY);
            String label = Readable.rounded(BigDecimal.valueOf(value));
            g.drawString(label, LEFT - 8 - g.getFontMetrics().stringWidth(label), (float) y + 4);
        }
        LocalDate from = LocalDate.ofEpochDay((long) plot.minX());
        LocalDate to = LocalDate.ofEpochDay((long) plot.maxX());
        int step = Math.max(1, (to.getYear() - from.getYear() + 1) / 8 + 1);
        for (int year = from.getYear() + 1; year <= to.getYear(); year += step) {
            double x = plot.x(LocalDate.of(year, 1, 1).toEpochDay());
            g.setColor(LIGHT);
            g.draw(new Line2D.Double(x, HEIGHT - BOTTOM, x, HEIGHT - BOTTOM + 5));
            g.setColor(GREY);
            String label = Integer.toString(year);
            g.drawString(label, (float) x - g.getFontMetrics().stringWidth(label) / 2f, HEIGHT - BOTTOM + 20);
        }
        g.setColor(INK);
        g.draw(new Line2D.Double(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM));
        if (unit != null && !unit.isBlank()) {
            g.setColor(GREY);
            g.drawString(unit, 8, 16);
        }
    }

    private static void legend(Graphics2D g, int lines, boolean original) {
        g.setFont(FONT.deriveFont(13f));
        int y = HEIGHT - 18;
        int x = LEFT;
        x = key(g, x, y, BLUE, null, "Latest value");
        if (lines >= 1) {
            x = key(g, x, y, GREY, new float[] {10, 7}, "Trajectory to the goal");
        }
        if (original && lines >= 2) {
            key(g, x, y, new Color(0x6f777b), new float[] {3, 5}, "Trajectory as first set");
        }
    }

    private static int key(Graphics2D g, int x, int y, Color colour, float[] dash, String label) {
        g.setColor(colour);
        g.setStroke(
                dash == null
                        ? new BasicStroke(3f)
                        : new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1, dash, 0));
        g.draw(new Line2D.Double(x, y - 5, x + 30, y - 5));
        g.setColor(INK);
        g.drawString(label, x + 38, y);
        return x + 38 + g.getFontMetrics().stringWidth(label) + 28;
    }

    private static Font font() {
        try (InputStream in = ChartImage.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
            return in == null ? new Font(Font.SANS_SERIF, Font.PLAIN, 12) : Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        }
    }
}
