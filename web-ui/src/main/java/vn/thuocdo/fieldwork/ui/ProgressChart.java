package vn.thuocdo.fieldwork.ui;

import com.vaadin.flow.component.Html;
import vn.thuocdo.fieldwork.DailyProgress;
import vn.thuocdo.shared.Formats;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * Interviews over time as an inline SVG, drawn on the server (no charting library): a bar per day with interviews,
 * the running total as a line, and the target as a dashed line once the total nears it (else named in a corner).
 */
final class ProgressChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 200;
    private static final int LEFT = 56;
    private static final int RIGHT = 12;
    private static final int TOP = 12;
    private static final int BOTTOM = 28;

    private ProgressChart() {
    }

    /** {@code words}: the reader's bundle, for the chart's title and labels. */
    static Html of(List<DailyProgress> days, long target, BiFunction<String, Object[], String> words) {
        LocalDate first = days.get(0).day();
        LocalDate last = days.get(days.size() - 1).day();
        long span = Math.max(1, ChronoUnit.DAYS.between(first, last));
        long done = days.get(days.size() - 1).cumulative();
        // Scaled to the interviews, not the target: early in the fieldwork a line against the whole target lies flat.
        // The target is drawn when it fits, else named in the corner.
        long top = Math.max(1, Math.max(target <= done * 2 ? target : 0, (long) Math.ceil(done * 1.2)));
        long maxDaily = days.stream().mapToLong(DailyProgress::interviews).max().orElse(1);
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double barWidth = Math.max(2, Math.min(24, plotWidth / (span + 1) * 0.6));
        String label = words.apply("fwprog.chart.label", new Object[]{Formats.date(last), Formats.number(done),
                Formats.number(target)});
        StringBuilder svg = new StringBuilder();
        // In a div: Html's root element is made in the HTML namespace, its inner markup is parsed as the page's, SVG
        // included.
        svg.append("<div style=\"width: 100%; max-width: 48em\"><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"")
                .append(" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\"")
                .append(" aria-label=\"").append(escape(label)).append("\"><title>").append(escape(label))
                .append("</title>");
        // Axes and the target line.
        svg.append(line(LEFT, TOP + plotHeight, WIDTH - RIGHT, TOP + plotHeight, "var(--lumo-contrast-50pct)", ""));
        svg.append(line(LEFT, TOP, LEFT, TOP + plotHeight, "var(--lumo-contrast-50pct)", ""));
        if (target > 0) {
            String named = escape(words.apply("fwprog.chart.target", new Object[]{Formats.number(target)}));
            if (target <= top) {
                double y = TOP + plotHeight * (1 - target / (double) top);
                svg.append(line(LEFT, y, WIDTH - RIGHT, y, "var(--lumo-error-color)", " stroke-dasharray=\"6 4\""));
                svg.append(text(WIDTH - RIGHT, y - 4, "end", named));
            } else {
                svg.append(text(WIDTH - RIGHT, TOP + 10, "end", named));
            }
        }
        svg.append(text(LEFT - 6, TOP + 10, "end", Formats.number(top)));
        svg.append(text(LEFT - 6, TOP + plotHeight, "end", "0"));
        // A bar per day, scaled to the busiest day (its own scale: it shows the rhythm, the line the total).
        StringBuilder points = new StringBuilder();
        for (DailyProgress day : days) {
            double x = LEFT + plotWidth * ChronoUnit.DAYS.between(first, day.day()) / (double) span;
            if (span == 1 && days.size() == 1) {
                x = LEFT + plotWidth / 2;
            }
            double barHeight = plotHeight * 0.35 * day.interviews() / (double) maxDaily;
            svg.append("<rect x=\"").append(fmt(Math.min(WIDTH - RIGHT - barWidth, Math.max(LEFT, x - barWidth / 2)))).append("\" y=\"")
                    .append(fmt(TOP + plotHeight - barHeight)).append("\" width=\"").append(fmt(barWidth))
                    .append("\" height=\"").append(fmt(barHeight))
                    .append("\" fill=\"var(--lumo-primary-color-50pct)\"><title>").append(Formats.date(day.day()))
                    .append(": ").append(Formats.number(day.interviews())).append("</title></rect>");
            points.append(fmt(x)).append(',').append(fmt(TOP + plotHeight * (1 - day.cumulative() / (double) top)))
                    .append(' ');
        }
        svg.append("<polyline fill=\"none\" stroke=\"var(--lumo-primary-color)\" stroke-width=\"2.5\" points=\"")
                .append(points.toString().trim()).append("\"/>");
        svg.append(text(LEFT, HEIGHT - 8, "start", Formats.date(first)));
        if (!last.equals(first)) {
            svg.append(text(WIDTH - RIGHT, HEIGHT - 8, "end", Formats.date(last)));
        }
        svg.append("</svg></div>");
        return new Html(svg.toString());
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, String extra) {
        return "<line x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\"" + fmt(y2)
                + "\" stroke=\"" + colour + "\" stroke-width=\"1\"" + extra + "/>";
    }

    private static String text(double x, double y, String anchor, String content) {
        return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor
                + "\" font-size=\"12\" fill=\"var(--lumo-secondary-text-color)\">" + content + "</text>";
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** The bundle's words are ours, but an SVG is markup: escape them anyway. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
