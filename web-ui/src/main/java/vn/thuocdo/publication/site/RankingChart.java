package vn.thuocdo.publication.site;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The ranking as a picture (JFreeChart, PNG): one horizontal bar per unit in rank order, from zero to its value, and
 * where the value has a 95% interval (SIPAS) a whisker across it. The page's table holds the same numbers for
 * whoever cannot see the picture.
 */
final class RankingChart {

    private static final Color BAR = new Color(0x0b57a4);
    private static final Color WHISKER = new Color(0x1a1a1a);
    private static final int ROW_HEIGHT = 22;

    private RankingChart() {
    }

    static byte[] png(List<Ranking.Row> rows, String valueLabel) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Ranking.Row r : rows) {
            data.addValue(r.value(), "value", label(r));
        }
        CategoryAxis units = new CategoryAxis();
        units.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        units.setMaximumCategoryLabelWidthRatio(0.45f);
        NumberAxis values = new NumberAxis(valueLabel);
        values.setRange(0, 100);
        values.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        WhiskerBars bars = new WhiskerBars(rows);
        CategoryPlot plot = new CategoryPlot(data, units, values, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xd0d7de));
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, 760, 70 + ROW_HEIGHT * Math.max(1, rows.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String label(Ranking.Row r) {
        return (r.rank() == null ? "" : r.rank() + ". ") + r.unitName();
    }

    /** Bars, and over each one with an interval a line from its low to its high end with short caps. */
    private static final class WhiskerBars extends BarRenderer {

        private final transient List<Ranking.Row> rows;

        WhiskerBars(List<Ranking.Row> rows) {
            this.rows = rows;
            setSeriesPaint(0, BAR);
            setBarPainter(new StandardBarPainter());
            setShadowVisible(false);
            setDrawBarOutline(false);
            setItemMargin(0);
            setMaximumBarWidth(0.7);
        }

        @Override
        public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                             CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row,
                             int column, int pass) {
            super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
            Ranking.Row r = rows.get(column);
            if (pass != getPassCount() - 1 || r.ciLow() == null || r.ciHigh() == null) {
                return;
            }
            double middle = domainAxis.getCategoryMiddle(column, dataset.getColumnCount(), dataArea,
                    plot.getDomainAxisEdge());
            double low = rangeAxis.valueToJava2D(r.ciLow(), dataArea, plot.getRangeAxisEdge());
            double high = rangeAxis.valueToJava2D(r.ciHigh(), dataArea, plot.getRangeAxisEdge());
            double cap = Math.min(6, state.getBarWidth() / 2);
            g2.setPaint(WHISKER);
            g2.setStroke(new BasicStroke(1.5f));
            g2.draw(new Line2D.Double(low, middle, high, middle));
            g2.draw(new Line2D.Double(low, middle - cap, low, middle + cap));
            g2.draw(new Line2D.Double(high, middle - cap, high, middle + cap));
        }
    }
}
