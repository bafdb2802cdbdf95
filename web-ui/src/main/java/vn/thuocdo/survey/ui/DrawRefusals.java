package vn.thuocdo.survey.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.survey.draw.DrawProblem;
import vn.thuocdo.survey.draw.DrawRefused;
import vn.thuocdo.web.Notices;

/**
 * A refused choice or draw, said where it belongs: a questionnaire or design refusal under its field, a draw's
 * problems (every province and commune named) as a list above the button, anything else as a message.
 */
final class DrawRefusals {

    private DrawRefusals() {
    }

    /** Every choice made; the empty ones are marked. */
    static boolean required(Component view, Select<?>... selects) {
        boolean all = true;
        for (Select<?> select : selects) {
            if (select.getValue() == null) {
                select.setErrorMessage(view.getTranslation("survey.choose"));
                select.setInvalid(true);
                all = false;
            } else {
                select.setInvalid(false);
            }
        }
        return all;
    }

    static void show(Component view, Rejected refused, Div problems, Select<?> citizen, Select<?> officials,
                     Select<?> design) {
        if (refused instanceof DrawRefused draw) {
            UnorderedList list = new UnorderedList();
            for (DrawProblem p : draw.problems()) {
                list.add(new ListItem(view.getTranslation(p.key(), p.args().toArray())));
            }
            Div box = new Div(new Paragraph(Notices.text(refused)), list);
            box.addClassNames("td-callout", "error");
            problems.add(box);
            return;
        }
        String key = refused.key();
        Select<?> field = key.startsWith("survey.citizenQuestionnaire") ? citizen
                : key.startsWith("survey.officialsQuestionnaire") ? officials
                : key.startsWith("survey.design") || key.equals("survey.unknownDesign") ? design : null;
        if (field != null) {
            field.setErrorMessage(Notices.text(refused));
            field.setInvalid(true);
        } else {
            Div box = new Div(new Paragraph(Notices.text(refused)));
            box.addClassNames("td-callout", "error");
            problems.add(box);
        }
    }
}
