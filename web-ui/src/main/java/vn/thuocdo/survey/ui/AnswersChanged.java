package vn.thuocdo.survey.ui;

import com.vaadin.flow.component.ComponentEvent;
import org.springframework.modulith.NamedInterface;

/**
 * Fired by a {@link QuestionnaireForm} once an answer changed and skip logic has settled, so a host (the online
 * survey saving a draft, a tablet keeping answers offline) reads {@code answers()} in a consistent state.
 */
@NamedInterface("questionnaire-form")
public class AnswersChanged extends ComponentEvent<QuestionnaireForm> {

    public AnswersChanged(QuestionnaireForm source) {
        super(source, false);
    }
}
