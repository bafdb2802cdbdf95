package vn.thuocdo.sampling.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.Element;
import vn.thuocdo.forms.Field;
import vn.thuocdo.forms.FormDefinition;
import vn.thuocdo.sampling.SamplingRequest;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * This year's answers beside last year's approved ones, field by field, so the coordinator sees at a glance what
 * changed. After the 2025 reorganisation "last year" is the units a province was formed from, one column each.
 */
class YearComparison extends VerticalLayout {

    YearComparison(FormDefinition form, SamplingRequest current, List<SamplingRequest> previous,
                   Function<String, String> unitName, Locale locale) {
        setPadding(false);
        setId("year-comparison");
        add(new H3(getTranslation("review.compare.title")));
        if (previous.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("review.compare.none"));
            none.addClassName("td-muted");
            add(none);
            return;
        }
        Element table = new Element("table");
        table.getClassList().add("td-demo-table");
        Element head = new Element("tr");
        head.appendChild(new Element("th").setText(""));
        head.appendChild(new Element("th").setText(getTranslation("review.compare.thisYear")));
        for (SamplingRequest before : previous) {
            head.appendChild(new Element("th").setText(getTranslation("review.compare.lastYear", unitName.apply(before.unitId()))));
        }
        table.appendChild(head);
        for (Field field : form.fields()) {
            if (field.type() != vn.thuocdo.forms.FieldType.INTEGER) {
                continue;
            }
            Element row = new Element("tr");
            row.appendChild(new Element("td").setText(field.label().in(locale)));
            row.appendChild(new Element("td").setText(current.answers().shown(field, locale)));
            for (SamplingRequest before : previous) {
                row.appendChild(new Element("td").setText(before.answers().shown(field, locale)));
            }
            table.appendChild(row);
        }
        getElement().appendChild(table);
    }
}
