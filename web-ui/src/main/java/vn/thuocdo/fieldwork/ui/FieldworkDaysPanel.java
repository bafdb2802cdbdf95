package vn.thuocdo.fieldwork.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import vn.thuocdo.fieldwork.FieldworkDays;
import vn.thuocdo.fieldwork.FieldworkTeams;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.web.Formats;
import vn.thuocdo.web.Notices;

/**
 * The days a round's interviews may be made: the coordinator sets them once for the round, and an interview begun
 * outside them is flagged for its supervisor (never refused: paper forms and offline tablets send earlier times).
 */
class FieldworkDaysPanel extends VerticalLayout {

    private final FieldworkTeams teams;
    private final Actor actor;
    private final String roundId;
    final DatePicker opens = picker("fwsup.days.opens", "fwsup-days-opens");
    final DatePicker closes = picker("fwsup.days.closes", "fwsup-days-closes");
    final Button save = new Button();
    final Paragraph state = new Paragraph();

    FieldworkDaysPanel(FieldworkTeams teams, Actor actor, String roundId) {
        this.teams = teams;
        this.actor = actor;
        this.roundId = roundId;
        setPadding(false);
        setSpacing(false);
        save.setText(getTranslation("fwsup.days.save"));
        save.setId("fwsup-days-save");
        save.addClickListener(e -> {
            try {
                FieldworkDays set = teams.setDays(actor, roundId, opens.getValue(), closes.getValue());
                Notices.success(getTranslation("fwsup.days.saved", Formats.date(set.opens()),
                        Formats.date(set.closes())));
            } catch (Rejected refused) {
                Notices.refused(refused);
            }
            show();
        });
        state.setId("fwsup-days-state");
        HorizontalLayout form = new HorizontalLayout(opens, closes, save);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        add(new H3(getTranslation("fwsup.days.title")), state, form);
        show();
    }

    private void show() {
        teams.days(actor, roundId).ifPresentOrElse(days -> {
            opens.setValue(days.opens());
            closes.setValue(days.closes());
            state.setText(getTranslation("fwsup.days.state", Formats.date(days.opens()), Formats.date(days.closes()),
                    days.setBy(), Formats.dateTime(days.setAt())));
        }, () -> state.setText(getTranslation("fwsup.days.none")));
    }

    private DatePicker picker(String label, String id) {
        DatePicker picker = new DatePicker(getTranslation(label));
        picker.setI18n(new DatePicker.DatePickerI18n().setDateFormat("dd/MM/yyyy").setFirstDayOfWeek(1));
        picker.setId(id);
        return picker;
    }
}
