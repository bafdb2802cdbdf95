package vn.thuocdo.survey.ui;

import com.vaadin.flow.component.Component;
import vn.thuocdo.forms.VietnameseFormats;
import vn.thuocdo.forms.design.Allocation;
import vn.thuocdo.forms.design.DesignStage;
import vn.thuocdo.forms.design.SampleDesign;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A sample design in words a coordinator checks before drawing: the size rule, then each stage. */
final class DesignWords {

    private DesignWords() {
    }

    static String allocation(Component c, SampleDesign design) {
        Allocation a = design.allocation();
        return switch (a.rule()) {
            case FIXED -> c.getTranslation("design.rule.FIXED", VietnameseFormats.number(a.respondents()));
            case YAMANE -> c.getTranslation("design.rule.YAMANE",
                    VietnameseFormats.number(a.margin().multiply(BigDecimal.valueOf(100))), measure(c, a.measure()));
            case TOTAL -> c.getTranslation("design.rule.TOTAL", VietnameseFormats.number(a.respondents()),
                    VietnameseFormats.number(a.minimum()), measure(c, a.measure()));
        };
    }

    static List<String> stages(Component c, SampleDesign design) {
        List<String> lines = new ArrayList<>();
        for (DesignStage s : design.stages()) {
            String level = c.getTranslation("design.level." + s.level().name());
            String method = c.getTranslation("design.method." + s.method().name(),
                    s.measure() == null ? "" : measure(c, s.measure()));
            String count = s.perParent() == null ? c.getTranslation("design.count.fromRule")
                    : c.getTranslation("design.count.perParent", s.perParent());
            lines.add(c.getTranslation("design.stage", level, method, count, s.replacements()));
        }
        return lines;
    }

    private static String measure(Component c, Object measure) {
        return c.getTranslation("design.measure." + measure);
    }
}
