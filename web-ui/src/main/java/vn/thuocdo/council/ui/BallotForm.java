package vn.thuocdo.council.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import vn.thuocdo.council.Ballot;
import vn.thuocdo.council.Choice;
import vn.thuocdo.units.Unit;
import vn.thuocdo.web.TextLimits;

import java.util.List;
import java.util.function.Consumer;

/** A member's vote: approve, or send back with the units and a comment. Spring-free; sends the ballot to its listener. */
class BallotForm extends VerticalLayout {

    final RadioButtonGroup<Choice> choice = new RadioButtonGroup<>();
    final MultiSelectComboBox<Unit> units = new MultiSelectComboBox<>();
    final TextArea comment = new TextArea();
    final Button send = new Button();

    BallotForm(List<Unit> participants, Consumer<Ballot> onSend) {
        setPadding(false);
        setId("council-ballot");
        choice.setLabel(getTranslation("council.ballot.choice"));
        choice.setItems(Choice.values());
        choice.setItemLabelGenerator(c -> CouncilWords.choice(this, c));
        choice.setId("council-choice");
        units.setLabel(getTranslation("council.ballot.units"));
        units.setItems(participants);
        units.setItemLabelGenerator(u -> u.code() + " · " + u.name());
        units.setWidthFull();
        units.setVisible(false);
        units.setId("council-units");
        comment.setLabel(getTranslation("council.ballot.comment"));
        comment.setWidthFull();
        comment.setId("council-comment");
        TextLimits.count(comment, Ballot.MAX_COMMENT);
        choice.addValueChangeListener(e -> {
            boolean back = e.getValue() == Choice.SEND_BACK;
            units.setVisible(back);
            comment.setRequiredIndicatorVisible(back);
            comment.setHelperText(back ? getTranslation("council.ballot.commentNeeded") : null);
        });
        send.setText(getTranslation("council.ballot.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("council-send");
        send.addClickListener(e -> {
            if (!TextLimits.within(comment, Ballot.MAX_COMMENT)) {
                return;
            }
            List<String> named = choice.getValue() == Choice.SEND_BACK
                    ? units.getSelectedItems().stream().map(Unit::id).toList() : List.of();
            onSend.accept(new Ballot(choice.getValue(), comment.getValue(), named));
        });
        add(new H3(getTranslation("council.ballot.title")), choice, units, comment, send);
    }
}
