package vn.thuocdo.survey.draw;

import vn.thuocdo.forms.Input;
import vn.thuocdo.forms.design.AllocationRule;
import vn.thuocdo.forms.design.DesignStage;
import vn.thuocdo.forms.design.SampleDesign;
import vn.thuocdo.forms.design.SizeMeasure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything that would make a draw wrong, found before anything is drawn: no province, a code or name missing,
 * a province twice, an empty frame or commune, a commune or village twice, a size the design uses that is missing
 * or not positive,
 * a minimum that the total cannot give every province, a rule giving zero, more communes asked than exist.
 * Each problem names its province (then commune, village) in the arguments.
 */
final class FrameChecks {

    /**
     * No village has 100 million households or people; the bound also keeps the draw's whole-number arithmetic
     * (size × units asked, summed over a province) far from overflowing 64 bits.
     */
    static final long MAX_VILLAGE_SIZE = 100_000_000L;

    private FrameChecks() {
    }

    static List<DrawProblem> frames(SampleDesign design, List<ProvinceFrame> frames) {
        List<DrawProblem> problems = new ArrayList<>();
        if (frames.isEmpty()) {
            problems.add(new DrawProblem("draw.noProvinces"));
        }
        Set<SizeMeasure> used = EnumSet.of(SizeMeasure.HOUSEHOLDS);
        design.stages().stream().map(DesignStage::measure).filter(m -> m != null).forEach(used::add);
        if (design.allocation().measure() != null) {
            used.add(design.allocation().measure());
        }
        Set<String> provinces = new HashSet<>();
        for (ProvinceFrame p : frames) {
            if (blank(p.code())) {
                problems.add(new DrawProblem("draw.provinceCodeMissing", p.name()));
            } else if (!provinces.add(p.code())) {
                problems.add(new DrawProblem("draw.provinceTwice", p.name(), p.code()));
            }
            if (p.communes().isEmpty()) {
                problems.add(new DrawProblem("draw.frameEmpty", p.name()));
            }
            Set<String> communes = new HashSet<>();
            for (CommuneFrame c : p.communes()) {
                if (blank(c.code())) {
                    problems.add(new DrawProblem("draw.communeCodeMissing", p.name(), c.name()));
                } else if (!communes.add(c.code())) {
                    problems.add(new DrawProblem("draw.communeTwice", p.name(), c.code(), c.name()));
                }
                if (c.villages().isEmpty()) {
                    problems.add(new DrawProblem("draw.communeEmpty", p.name(), c.code(), c.name()));
                }
                Set<String> villages = new HashSet<>();
                for (VillageFrame v : c.villages()) {
                    if (blank(v.name())) {
                        problems.add(new DrawProblem("draw.villageNameMissing", p.name(), c.code(), c.name()));
                    } else if (!villages.add(Input.comparable(v.name()))) {
                        problems.add(new DrawProblem("draw.villageTwice", p.name(), c.code(), c.name(), v.name()));
                    }
                    for (SizeMeasure m : used) {
                        Long size = m == SizeMeasure.HOUSEHOLDS ? v.households() : v.population();
                        // One key per measure, so each language names it in its own words.
                        String problem = size == null ? "draw.sizeMissing." : size <= 0 ? "draw.sizeNotPositive."
                                : size > MAX_VILLAGE_SIZE ? "draw.sizeTooLarge." : null;
                        if (problem != null) {
                            problems.add(new DrawProblem(problem + m.key(), p.name(), c.code(), c.name(), v.name(),
                                    MAX_VILLAGE_SIZE));
                        }
                    }
                }
            }
        }
        return problems;
    }

    /** Checks the allocation on frames that passed {@link #frames}. */
    static List<DrawProblem> sizes(SampleDesign design, List<ProvinceFrame> frames) {
        List<DrawProblem> problems = new ArrayList<>();
        var allocation = design.allocation();
        if (allocation.rule() == AllocationRule.TOTAL
                && (long) allocation.minimum() * frames.size() > allocation.respondents()) {
            problems.add(new DrawProblem("draw.minimumTooLarge", allocation.minimum(), frames.size(),
                    allocation.respondents()));
            return problems;
        }
        Map<String, Integer> respondents = SampleSizes.allocate(allocation, frames);
        for (ProvinceFrame p : frames) {
            int n = respondents.get(p.code());
            if (n <= 0) {
                problems.add(new DrawProblem("draw.sizeRuleZero", p.name(), allocation.rule().name()));
                continue;
            }
            int communes = communesFor(design, n);
            if (communes > p.communes().size()) {
                problems.add(new DrawProblem("draw.tooManyCommunes", p.name(), communes, p.communes().size(), n));
            }
        }
        return problems;
    }

    /** Codes and names order the frame before drawing: without one the order, and so the sample, is undefined. */
    private static boolean blank(String text) {
        return text == null || Input.comparable(text).isEmpty();
    }

    /** ceil(n / (villages per commune × households per village)). */
    static int communesFor(SampleDesign design, int respondents) {
        int perCommune = design.respondentsPerCommune();
        return (respondents + perCommune - 1) / perCommune;
    }
}
