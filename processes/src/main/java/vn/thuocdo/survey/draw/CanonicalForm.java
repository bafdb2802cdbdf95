package vn.thuocdo.survey.draw;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The sample as UTF-8 text, one tab-separated line per record in draw order, probabilities written as the exact
 * value of the double rounded to 17 significant digits (independent of the Java version's Double.toString).
 * Names escape backslash, tab and line breaks. The first line names the format: {@code thuocdo-sample/1}.
 */
final class CanonicalForm {

    private static final MathContext DIGITS = new MathContext(17);

    private final StringBuilder out = new StringBuilder(1 << 16);
    /** The slots of a village share one inclusion: written once, reused (exact decimals are not cheap). */
    private Inclusion last;
    private String[] lastFields;

    private CanonicalForm() {
    }

    static String of(DrawnSample sample) {
        CanonicalForm f = new CanonicalForm();
        f.line("thuocdo-sample/1").line("design", sample.design()).line("seed", Long.toString(sample.seed()));
        for (DrawnProvince p : sample.provinces()) {
            f.line("province", p.unitId(), p.code(), p.name(), Integer.toString(p.respondents()),
                    Long.toString(p.measureTotal()));
            for (DrawnCommune c : p.communes()) {
                f.line(f.with(c.inclusion(), "commune", Integer.toString(c.order()), c.code(), c.name(),
                        Long.toString(c.size()), flag(c.allVillagesTaken())));
                for (DrawnVillage v : c.villages()) {
                    f.village(v);
                }
                c.replacements().forEach(r -> f.replacement("village-replacement", r));
            }
            p.replacements().forEach(r -> f.replacement("commune-replacement", r));
        }
        return f.out.toString();
    }

    private void village(DrawnVillage v) {
        HouseholdDraw h = v.householdDraw();
        line(with(v.inclusion(), "village", Integer.toString(v.order()), v.name(), Long.toString(v.households()),
                Long.toString(v.population()), Long.toString(v.size())));
        line("households", flag(h.fromList()), Long.toString(h.frameSize()), number(h.randomStart()),
                number(h.interval()), flag(h.allTaken()));
        for (HouseholdSlot s : h.slots()) {
            line(with(s.inclusion(), "slot", Integer.toString(s.order()), Long.toString(s.position()),
                    s.household()));
        }
        for (ReplacementHousehold r : h.replacements()) {
            line("household-replacement", Integer.toString(r.rank()), Long.toString(r.position()), r.household());
        }
    }

    private void replacement(String kind, Replacement r) {
        line(kind, Integer.toString(r.rank()), r.code(), r.name(), Long.toString(r.size()));
    }

    /** The fields followed by the inclusion's: stage probability, overall probability, weight, certainty. */
    private String[] with(Inclusion i, String... fields) {
        if (!i.equals(last)) {
            last = i;
            lastFields = new String[]{number(i.stage()), number(i.overall()), number(i.weight()), flag(i.certainty())};
        }
        String[] all = java.util.Arrays.copyOf(fields, fields.length + 4);
        System.arraycopy(lastFields, 0, all, fields.length, 4);
        return all;
    }

    private CanonicalForm line(String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            out.append(i == 0 || fields[i] == null ? (fields[i] == null ? "-" : fields[i]) : escape(fields[i]));
        }
        out.append('\n');
        return this;
    }

    private static String escape(String s) {
        if (s.indexOf('\\') < 0 && s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String number(double d) {
        return new BigDecimal(d).round(DIGITS).stripTrailingZeros().toPlainString();
    }

    private static String flag(boolean b) {
        return b ? "1" : "0";
    }
}
