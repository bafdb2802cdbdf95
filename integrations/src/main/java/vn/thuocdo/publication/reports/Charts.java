package vn.thuocdo.publication.reports;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import vn.thuocdo.publication.PublishedValue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The national report's charts, drawn by JFreeChart in Noto Sans (the PDF's own font, so the marks of Vietnamese
 * names show) and placed in the PDF as lossless PNG-type images at twice the printed size (144 dpi): SIPAS by
 * province as bars with their 95% confidence interval as whiskers, and the PAR INDEX percentage as bars coloured by
 * group.
 */
final class Charts {

    private static final Font FONT = font();
    /** Pixels per printed point: 2 = 144 dpi, sharp on paper without making each report heavy. */
    private static final float SCALE = 2;
    private static final Color BAR = new Color(0x3A, 0x6E, 0xA5);
    private static final Color WHISKER = new Color(0x1A, 0x1A, 0x1A);
    private static final Map<String, Color> GROUPS = Map.of("A", new Color(0x1B, 0x7F, 0x3B),
            "B", new Color(0x3A, 0x6E, 0xA5), "C", new Color(0xD0, 0x8C, 0x1E), "D", new Color(0x9B, 0x1C, 0x1C));
    private static final Color NO_GROUP = new Color(0x99, 0x99, 0x99);

    private Charts() {
    }

    /** SIPAS (as %) by unit in rank order, with each unit's 95% interval as whiskers. */
    static PDImageXObject sipas(PDDocument document, List<PublishedValue> rows, String axis) throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        double[][] intervals = new double[rows.size()][];
        int i = 0;
        for (PublishedValue v : rows) {
            data.addValue(v.estimate() == null ? null : v.estimate() * 100, "SIPAS", label(v));
            intervals[i++] = v.ciLow() == null || v.ciHigh() == null ? null
                    : new double[]{v.ciLow() * 100, v.ciHigh() * 100};
        }
        WhiskerBars renderer = new WhiskerBars(intervals, null);
        return image(document, chart(data, renderer, axis, null), rows.size());
    }

    /** The PAR INDEX percentage by unit in rank order, each bar in its group's colour, with a legend of groups. */
    static PDImageXObject par(PDDocument document, List<PublishedValue> rows, String axis, String groupWord)
            throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String[] groups = new String[rows.size()];
        int i = 0;
        for (PublishedValue v : rows) {
            data.addValue(v.estimate(), "PAR", label(v));
            groups[i++] = v.group();
        }
        LegendItemCollection legend = new LegendItemCollection();
        rows.stream().map(PublishedValue::group).filter(g -> g != null).distinct().sorted()
                .forEach(g -> legend.add(new LegendItem(groupWord + " " + g, GROUPS.getOrDefault(g, NO_GROUP))));
        return image(document, chart(data, new WhiskerBars(new double[rows.size()][], groups), axis, legend),
                rows.size());
    }

    private static String label(PublishedValue v) {
        return (v.rank() == null ? "" : v.rank() + ". ") + ReportWords.text(v.unitName());
    }

    private static JFreeChart chart(CategoryDataset data, BarRenderer renderer, String axis,
                                    LegendItemCollection legend) {
        CategoryAxis units = new CategoryAxis();
        units.setTickLabelFont(FONT.deriveFont(7.5f));
        units.setCategoryMargin(0.25);
        units.setLowerMargin(0.01);
        units.setUpperMargin(0.01);
        units.setMaximumCategoryLabelWidthRatio(0.45f);
        NumberAxis values = new NumberAxis(axis);
        values.setRange(0, 100);
        values.setLabelFont(FONT.deriveFont(8f));
        values.setTickLabelFont(FONT.deriveFont(7.5f));
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setSeriesPaint(0, BAR);
        renderer.setMaximumBarWidth(0.8);
        CategoryPlot plot = new CategoryPlot(data, units, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xCC, 0xCC, 0xCC));
        plot.setOutlineVisible(false);
        JFreeChart chart = new JFreeChart(null, FONT, plot, legend != null);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (legend != null) {
            plot.setFixedLegendItems(legend);
            LegendTitle title = chart.getLegend();
            title.setItemFont(FONT.deriveFont(8f));
            title.setPosition(RectangleEdge.TOP);
        }
        return chart;
    }

    /** The chart at the report's text width, 13 points a unit, drawn at {@link #SCALE}. */
    private static PDImageXObject image(PDDocument document, JFreeChart chart, int units) throws IOException {
        float width = ReportPages.WIDTH;
        float height = Math.max(120, 13 * units + 60);
        BufferedImage image = new BufferedImage(Math.round(width * SCALE), Math.round(height * SCALE),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(SCALE, SCALE);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return LosslessFactory.createFromImage(document, image);
    }

    /**
     * Bars with an interval drawn over each (a whisker with caps), and optionally each bar in its group's colour:
     * JFreeChart's statistical renderer only draws symmetric mean ± deviation, a confidence interval need not be.
     */
    private static final class WhiskerBars extends BarRenderer {

        private final double[][] intervals;
        private final String[] groups;

        WhiskerBars(double[][] intervals, String[] groups) {
            this.intervals = intervals;
            this.groups = groups;
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            if (groups == null) {
                return super.getItemPaint(row, column);
            }
            String group = groups[column];
            return group == null ? NO_GROUP : GROUPS.getOrDefault(group, NO_GROUP);
        }

        @Override
        public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                             CategoryAxis domainAxis, org.jfree.chart.axis.ValueAxis rangeAxis,
                             CategoryDataset dataset, int row, int column, int pass) {
            super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
            double[] interval = intervals[column];
            if (interval == null || pass != 0) {
                return;
            }
            RectangleEdge valueEdge = plot.getRangeAxisEdge();
            double middle = domainAxis.getCategoryMiddle(column, getColumnCount(), dataArea,
                    plot.getDomainAxisEdge());
            double low = rangeAxis.valueToJava2D(interval[0], dataArea, valueEdge);
            double high = rangeAxis.valueToJava2D(interval[1], dataArea, valueEdge);
            double cap = state.getBarWidth() * 0.35;
            g2.setPaint(WHISKER);
            g2.setStroke(new BasicStroke(0.8f));
            g2.draw(new Line2D.Double(low, middle, high, middle));
            g2.draw(new Line2D.Double(low, middle - cap, low, middle + cap));
            g2.draw(new Line2D.Double(high, middle - cap, high, middle + cap));
        }
    }

    private static Font font() {
        try (InputStream in = Charts.class.getResourceAsStream("/vn/thuocdo/shared/NotoSans-Regular.ttf")) {
            if (in == null) {
                throw new IllegalStateException("Missing font NotoSans-Regular.ttf");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
