package vn.thuocdo.forms.index;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The estimator reproduces results published with R's survey package (T. Lumley), on the package's own public data:
 * the California Academic Performance Index samples {@code apiclus1} and {@code apiclus2} (data from the California
 * Department of Education, as shipped in the package's {@code inst/api.db}; here only the design columns and
 * {@code api00}, in src/test/resources/index/; api.db keeps apiclus1's weight, the same 6194/183 for every school,
 * as a 4-byte float, which cancels out of a mean). The expected figures are copied from the package's saved test output
 * (github.com/cran/survey, {@code tests/lonely.psu.Rout.save}, {@code tests/testoutput/api.Rout.saved} and
 * {@code tests/domain.Rout.save}), printed
 * there to 5 significant digits (7 for {@code svyby}); each is matched to every printed digit.
 */
class RSurveyPackageTest {

    /**
     * {@code svymean(~api00, svydesign(id=~dnum+snum, weights=~pw, data=apiclus2))}: a two-stage sample without fpc,
     * which R treats as with replacement, so only the first stage (dnum, 40 districts) counts, as here.
     * R prints {@code api00 670.81 30.712}.
     */
    @Test
    void reproducesRsMeanAndSeForTheTwoStageClusterSampleWithReplacement() throws IOException {
        Rows rows = Rows.read("index/apiclus2.csv", 0, 2, 3);
        String[] oneStratum = new String[rows.size()];
        Arrays.fill(oneStratum, "all");
        Estimate mean = Estimator.ratio(oneStratum, rows.column(0), rows.weight, rows.y, rows.ones(),
                SingleClusterRule.ADJUST);
        assertThat(mean.estimate()).isCloseTo(670.81, within(0.005));
        assertThat(mean.se()).isCloseTo(30.712, within(0.0005));
        assertThat(mean.n()).isEqualTo(126);
    }

    /**
     * {@code svymean(~api00, svydesign(id=~1, weights=~pw, strata=~dnum, data=apiclus1))}: 15 strata (the districts)
     * of which district 413 has a single school. R prints 644.17 with SE 5.8058 under
     * {@code options(survey.lonely.psu="remove")} (and "certainty") and 5.8281 under "adjust".
     */
    @Test
    void reproducesRsLonelyPsuRulesAdjustAndRemove() throws IOException {
        Rows rows = Rows.read("index/apiclus1.csv", 0, 1, 2);
        Estimate adjust = Estimator.ratio(rows.column(0), null, rows.weight, rows.y, rows.ones(),
                SingleClusterRule.ADJUST);
        Estimate remove = Estimator.ratio(rows.column(0), null, rows.weight, rows.y, rows.ones(),
                SingleClusterRule.REMOVE);
        assertThat(adjust.estimate()).isCloseTo(644.17, within(0.005));
        assertThat(adjust.se()).isCloseTo(5.8281, within(0.00005));
        assertThat(remove.se()).isCloseTo(5.8058, within(0.00005));
    }

    /**
     * {@code svymean(~api00, svydesign(id=~dnum, weights=~pw, data=apiclus1, fpc=~fpc))}: 15 of 757 districts. R
     * prints 644.17 with SE 23.542. With an fpc R multiplies the with-replacement variance by (1 - 15/757); we use no
     * fpc (as the methodology asks), so our SE times sqrt(1 - 15/757) must give R's figure.
     */
    @Test
    void reproducesRsOneStageClusterSampleOnceItsFinitePopulationCorrectionIsApplied() throws IOException {
        Rows rows = Rows.read("index/apiclus1.csv", 0, 1, 2);
        String[] oneStratum = new String[rows.size()];
        Arrays.fill(oneStratum, "all");
        Estimate mean = Estimator.ratio(oneStratum, rows.column(0), rows.weight, rows.y, rows.ones(),
                SingleClusterRule.ADJUST);
        assertThat(mean.estimate()).isCloseTo(644.17, within(0.005));
        assertThat(mean.se() * Math.sqrt(1 - 15.0 / 757)).isCloseTo(23.542, within(0.0005));
    }

    /**
     * Domains as R's {@code svyby} estimates them, from {@code tests/domain.Rout.save}: the package's {@code fpc}
     * data (8 rows, 2 strata of 5 and 3 clusters, weights 3 and 4), design
     * {@code svydesign(id=~psuid, strat=~stratid, weight=~weight, data=fpc, nest=TRUE)} (no fpc given: with
     * replacement), {@code svyby(~x, ~I(x>4), dfpc, svymean)} prints 6.195000 (SE 0.7555129) for x > 4 and 3.314286
     * (SE 0.3117042) for the rest; {@code svyratio(~I(x*(x>4)), ~as.numeric(x>4), dfpc)} the same. Here: the ratio of
     * y = x·d over v = d with every row kept, d = 0 outside the domain.
     */
    @Test
    void reproducesRsDomainEstimatesFromSvyby() {
        String[] stratum = {"1", "1", "1", "1", "1", "2", "2", "2"};
        String[] cluster = {"1", "2", "3", "4", "5", "1", "2", "3"};
        double[] weight = {3, 3, 3, 3, 3, 4, 4, 4};
        double[] x = {2.8, 4.1, 6.8, 6.8, 9.2, 3.7, 6.6, 4.2};
        double[] above = new double[8];
        double[] xAbove = new double[8];
        double[] rest = new double[8];
        double[] xRest = new double[8];
        for (int i = 0; i < 8; i++) {
            above[i] = x[i] > 4 ? 1 : 0;
            rest[i] = 1 - above[i];
            xAbove[i] = x[i] * above[i];
            xRest[i] = x[i] * rest[i];
        }
        Estimate high = Estimator.ratio(stratum, cluster, weight, xAbove, above, SingleClusterRule.ADJUST);
        Estimate low = Estimator.ratio(stratum, cluster, weight, xRest, rest, SingleClusterRule.ADJUST);
        assertThat(high.estimate()).isCloseTo(6.195, within(5e-7));
        assertThat(high.se()).isCloseTo(0.7555129, within(5e-8));
        assertThat(low.estimate()).isCloseTo(3.314286, within(5e-7));
        assertThat(low.se()).isCloseTo(0.3117042, within(5e-8));
    }

    /** A few columns of a small CSV without quotes: one text column, the weight and y. */
    private record Rows(List<String[]> cells, double[] weight, double[] y) {

        static Rows read(String resource, int textColumn, int weightColumn, int yColumn) throws IOException {
            try (InputStream in = RSurveyPackageTest.class.getClassLoader().getResourceAsStream(resource)) {
                List<String[]> cells = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                        .map(line -> line.split(",")).toList();
                double[] weight = cells.stream().mapToDouble(c -> Double.parseDouble(c[weightColumn])).toArray();
                double[] y = cells.stream().mapToDouble(c -> Double.parseDouble(c[yColumn])).toArray();
                return new Rows(cells, weight, y);
            }
        }

        int size() {
            return cells.size();
        }

        String[] column(int index) {
            return cells.stream().map(c -> c[index]).toArray(String[]::new);
        }

        double[] ones() {
            double[] ones = new double[size()];
            Arrays.fill(ones, 1);
            return ones;
        }
    }
}
