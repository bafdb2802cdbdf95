package vn.thuocdo.survey.draw;

import java.util.List;

/** One reason a draw is refused: a message-bundle key and its arguments (province first where there is one). */
public record DrawProblem(String key, List<Object> args) {

    /** Every key a draw can refuse with, for the message bundles' completeness test. */
    public static final List<String> KEYS = List.of("draw.refused", "draw.noProvinces", "draw.provinceTwice",
            "draw.frameEmpty", "draw.communeEmpty", "draw.communeTwice", "draw.villageTwice",
            "draw.sizeMissing.households", "draw.sizeMissing.population", "draw.sizeNotPositive.households",
            "draw.sizeNotPositive.population", "draw.tooManyCommunes", "draw.minimumTooLarge", "draw.sizeRuleZero",
            "draw.provinceCodeMissing", "draw.communeCodeMissing", "draw.villageNameMissing",
            "draw.sizeTooLarge.households", "draw.sizeTooLarge.population");

    public DrawProblem(String key, Object... args) {
        this(key, java.util.Arrays.asList(args));
    }

    /** A missing name or code (itself a problem being reported) is shown as empty rather than failing here. */
    public DrawProblem {
        args = args.stream().map(a -> a == null ? (Object) "" : a).toList();
    }
}
