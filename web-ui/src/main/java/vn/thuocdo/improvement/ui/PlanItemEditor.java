package vn.thuocdo.improvement.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import vn.thuocdo.improvement.ImprovementPlans;
import vn.thuocdo.improvement.PlanEntry;
import vn.thuocdo.improvement.PlanItem;
import vn.thuocdo.web.Formats;
import vn.thuocdo.web.TextLimits;

import java.time.LocalDate;

/**
 * One item of a plan: what was chosen and its published value, then the measures, who is responsible and by when,
 * editable while the officers draft, plain text otherwise.
 */
class PlanItemEditor extends Div {

    final TextArea measures = new TextArea();
    final TextField responsible = new TextField();
    final DatePicker due = new DatePicker();
    private final PlanItem item;

    PlanItemEditor(PlanItem item, boolean editable) {
        this.item = item;
        setId("plan-item-" + item.itemNo());
        // A card, not a callout: the callouts' colours say "something is wrong", and an item to plan is not that.
        setWidthFull();
        getStyle().set("box-sizing", "border-box").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("margin-bottom", "var(--lumo-space-s)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("border-left", "4px solid var(--lumo-primary-color-50pct)")
                .set("background", "var(--lumo-contrast-5pct)");
        H4 title = new H4(PlanWords.item(this, item));
        Paragraph value = new Paragraph(getTranslation("improvement.published", PlanWords.value(this, item)));
        value.setId("plan-value-" + item.itemNo());
        add(title, value);
        if (editable) {
            measures.setLabel(getTranslation("improvement.measures"));
            measures.setId("plan-measures-" + item.itemNo());
            measures.setWidthFull();
            measures.setValue(item.measures() == null ? "" : item.measures());
            TextLimits.count(measures, ImprovementPlans.MAX_MEASURES);
            responsible.setLabel(getTranslation("improvement.responsible"));
            responsible.setId("plan-responsible-" + item.itemNo());
            responsible.setWidthFull();
            responsible.setValue(item.responsible() == null ? "" : item.responsible());
            TextLimits.count(responsible, ImprovementPlans.MAX_RESPONSIBLE);
            due.setLabel(getTranslation("improvement.due"));
            due.setId("plan-due-" + item.itemNo());
            due.setLocale(java.util.Locale.forLanguageTag("vi-VN"));
            due.setI18n(new DatePicker.DatePickerI18n().setDateFormat("dd/MM/yyyy"));
            due.setHelperText(getTranslation("improvement.due.help"));
            due.setWidth("18em");
            due.setValue(item.due());
            add(measures, responsible, due);
        } else {
            Paragraph answer = new Paragraph(getTranslation("improvement.answer",
                    item.measures() == null ? "—" : item.measures(),
                    item.responsible() == null ? "—" : item.responsible(),
                    item.due() == null ? "—" : Formats.date(item.due())));
            answer.setId("plan-answer-" + item.itemNo());
            answer.getStyle().set("white-space", "pre-line");
            add(answer);
        }
    }

    PlanEntry entry() {
        LocalDate day = due.getValue();
        return new PlanEntry(item.itemNo(), measures.getValue(), responsible.getValue(), day);
    }

    /** A date the picker could not read: said before anything is sent, so no half-typed date is taken as empty. */
    boolean dateUnreadable() {
        return due.isInvalid() && due.getValue() == null;
    }

    String code() {
        return item.code();
    }
}
