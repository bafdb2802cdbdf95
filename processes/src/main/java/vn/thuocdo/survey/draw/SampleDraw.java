package vn.thuocdo.survey.draw;

import vn.thuocdo.forms.Input;
import vn.thuocdo.forms.design.DesignStage;
import vn.thuocdo.forms.design.SampleDesign;
import vn.thuocdo.forms.design.SampleDesigns;
import vn.thuocdo.forms.design.SelectionMethod;
import vn.thuocdo.forms.design.SizeMeasure;
import vn.thuocdo.forms.design.StageLevel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Draws a SIPAS sample: checks every input first (refusing with all problems, nothing drawn), allocates
 * respondents, then per province selects communes, in each commune villages, in each village households, each
 * stage systematic over a deterministically sorted frame (communes by code, villages by their comparable name)
 * with its own random stream derived from the seed and the unit's path. Same inputs and seed, same bytes.
 */
public final class SampleDraw {

    private static final Comparator<CommuneFrame> COMMUNE_ORDER = Comparator.comparing(CommuneFrame::code);
    private static final Comparator<VillageFrame> VILLAGE_ORDER = Comparator
            .comparing((VillageFrame v) -> Input.comparable(v.name())).thenComparing(VillageFrame::name);

    private final SampleDesign design;
    private final long seed;

    private SampleDraw(SampleDesign design, long seed) {
        this.design = design;
        this.seed = seed;
    }

    /**
     * The sample of the given frames under the design and seed.
     *
     * @throws DrawRefused with every problem found, before anything is drawn
     */
    public static DrawnSample draw(SampleDesign design, List<ProvinceFrame> frames, long seed) {
        SampleDesigns.validate(design.reference(), design);
        List<DrawProblem> problems = FrameChecks.frames(design, frames);
        if (problems.isEmpty()) {
            problems = FrameChecks.sizes(design, frames);
        }
        if (!problems.isEmpty()) {
            throw new DrawRefused(problems);
        }
        Map<String, Integer> respondents = SampleSizes.allocate(design.allocation(), frames);
        SampleDraw draw = new SampleDraw(design, seed);
        List<DrawnProvince> provinces = frames.stream()
                .sorted(Comparator.comparing(ProvinceFrame::code))
                .map(f -> draw.province(f, respondents.get(f.code()))).toList();
        return new DrawnSample(design.reference(), seed, provinces);
    }

    private DrawnProvince province(ProvinceFrame frame, int respondents) {
        DesignStage stage = design.stage(StageLevel.COMMUNE);
        List<CommuneFrame> communes = frame.communes().stream().sorted(COMMUNE_ORDER).toList();
        long[] sizes = communes.stream().mapToLong(c -> size(c.villages(), stage)).toArray();
        SplitMix64 random = SplitMix64.derive(seed, frame.code());
        Systematic.Result result = Systematic.select(sizes, FrameChecks.communesFor(design, respondents), random);
        List<DrawnCommune> drawn = new ArrayList<>();
        Inclusion top = new Inclusion(1.0, 1.0, true);
        for (int i = 0; i < communes.size(); i++) {
            if (result.selected()[i]) {
                Inclusion inclusion = top.below(result.probability()[i], result.certain()[i]);
                drawn.add(commune(frame, communes.get(i), sizes[i], inclusion, drawn.size() + 1));
            }
        }
        List<Replacement> replacements = Replacements.rank(sizes, result.selected(), stage.replacements(), random)
                .stream().map(i -> new Replacement(0, communes.get(i).code(), communes.get(i).name(), sizes[i]))
                .toList();
        long measureTotal = design.allocation().measure() == null ? SampleSizes.total(frame, SizeMeasure.HOUSEHOLDS)
                : SampleSizes.total(frame, design.allocation().measure());
        return new DrawnProvince(frame.unitId(), frame.code(), frame.name(), respondents, measureTotal, drawn,
                ranked(replacements));
    }

    private DrawnCommune commune(ProvinceFrame province, CommuneFrame commune, long size, Inclusion inclusion,
                                 int order) {
        DesignStage stage = design.stage(StageLevel.VILLAGE);
        DesignStage households = design.stage(StageLevel.HOUSEHOLD);
        List<VillageFrame> villages = commune.villages().stream().sorted(VILLAGE_ORDER).toList();
        long[] sizes = villages.stream().mapToLong(v -> size(List.of(v), stage)).toArray();
        SplitMix64 random = SplitMix64.derive(seed, province.code(), commune.code());
        Systematic.Result result = Systematic.select(sizes, stage.perParent(), random);
        List<DrawnVillage> drawn = new ArrayList<>();
        for (int i = 0; i < villages.size(); i++) {
            if (result.selected()[i]) {
                VillageFrame v = villages.get(i);
                Inclusion own = inclusion.below(result.probability()[i], result.certain()[i]);
                SplitMix64 walk = SplitMix64.derive(seed, province.code(), commune.code(), Input.comparable(v.name()));
                HouseholdDraw h = HouseholdStage.draw(v, own, households.perParent(), households.replacements(), walk);
                drawn.add(new DrawnVillage(drawn.size() + 1, v.name(), v.households(),
                        v.population() == null ? 0 : v.population(), sizes[i], own, h));
            }
        }
        List<Replacement> replacements = Replacements.rank(sizes, result.selected(), stage.replacements(), random)
                .stream().map(i -> new Replacement(0, null, villages.get(i).name(), sizes[i])).toList();
        return new DrawnCommune(order, commune.code(), commune.name(), size, inclusion,
                villages.size() <= stage.perParent(), drawn, ranked(replacements));
    }

    /** The stage's size of a set of villages: 1 each for equal probability, else the sum of the measure. */
    private static long size(List<VillageFrame> villages, DesignStage stage) {
        if (stage.method() == SelectionMethod.SYSTEMATIC) {
            return stage.level() == StageLevel.COMMUNE ? 1 : villages.size();
        }
        return villages.stream().mapToLong(v -> stage.measure() == SizeMeasure.HOUSEHOLDS
                ? v.households() : v.population()).sum();
    }

    private static List<Replacement> ranked(List<Replacement> unranked) {
        List<Replacement> out = new ArrayList<>();
        for (Replacement r : unranked) {
            out.add(new Replacement(out.size() + 1, r.code(), r.name(), r.size()));
        }
        return out;
    }
}
