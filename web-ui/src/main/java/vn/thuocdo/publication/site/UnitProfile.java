package vn.thuocdo.publication.site;

import vn.thuocdo.forms.Text;
import vn.thuocdo.publication.PublicRecord;
import vn.thuocdo.publication.PublishedValue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What a unit's public profile shows from its latest publication: the PAR INDEX and SIPAS totals, each area's and
 * element's percentage, and the three strongest and weakest of them; and the trend of both across the years.
 */
record UnitProfile(PublicRecord.Unit unit, PublicRecord.Publication publication, PublishedValue par,
                   PublishedValue sipas, List<Item> areas, List<Item> elements, List<Item> strongest,
                   List<Item> weakest, List<Trend> parTrend, List<Trend> sipasTrend, List<PublicRecord.Target> targets,
                   vn.thuocdo.web.PublicPlans.Plan plan) {

    static final int SHOWN = 3;

    /** Whether a year of the SIPAS trend was recomputed from the old provinces' microdata: the page says what that is. */
    public boolean recomputed() {
        return sipasTrend.stream().anyMatch(t -> t.link() == PublicRecord.Past.Link.RECOMPUTED);
    }

    /** An area's or element's share of its maximum, in percent, with its name in the methodology's words. */
    record Item(String measure, Text label, Double percent, BigDecimal points, BigDecimal maxPoints, Double ciLow,
                Double ciHigh) {
    }

    /**
     * A year of the trend: the value (percent), its rank and group, whom it was published for and how that relates
     * to this unit (its own, its one predecessor's, or one of several merged provinces', not directly comparable).
     */
    record Trend(int year, String unitName, BigDecimal value, Integer rank, String group, PublicRecord.Past.Link link,
                 String source) {
    }

    static List<Item> areas(List<PublishedValue> values, Map<String, Text> labels) {
        List<Item> items = new ArrayList<>();
        for (PublishedValue v : values) {
            if (v.measure().startsWith("par:area:") && v.points() != null && v.maxPoints() != null
                    && v.maxPoints().signum() > 0) {
                double percent = v.points().multiply(BigDecimal.valueOf(100))
                        .divide(v.maxPoints(), 2, RoundingMode.HALF_UP).doubleValue();
                items.add(new Item(v.measure(), label(labels, v.measure()), percent, v.points(), v.maxPoints(), null,
                        null));
            }
        }
        items.sort(Comparator.comparing(Item::measure));
        return items;
    }

    static List<Item> elements(List<PublishedValue> values, Map<String, Text> labels) {
        List<Item> items = new ArrayList<>();
        for (PublishedValue v : values) {
            if (v.measure().startsWith("sipas:element:") && v.estimate() != null) {
                items.add(new Item(v.measure(), label(labels, v.measure()), v.estimate() * 100, null, null,
                        v.ciLow() == null ? null : v.ciLow() * 100, v.ciHigh() == null ? null : v.ciHigh() * 100));
            }
        }
        items.sort(Comparator.comparing(Item::measure));
        return items;
    }

    /** The highest or lowest percentages among areas and elements together. */
    static List<Item> extremes(List<Item> areas, List<Item> elements, boolean strongest) {
        Comparator<Item> order = Comparator.comparing(Item::percent);
        List<Item> all = new ArrayList<>(areas);
        all.addAll(elements);
        all.sort(strongest ? order.reversed().thenComparing(Item::measure) : order.thenComparing(Item::measure));
        return all.stream().limit(SHOWN).toList();
    }

    private static Text label(Map<String, Text> labels, String measure) {
        Text known = labels.get(measure);
        return known != null ? known : new Text(measure.substring(measure.lastIndexOf(':') + 1), null);
    }
}
