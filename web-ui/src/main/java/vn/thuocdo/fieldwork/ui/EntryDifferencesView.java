package vn.thuocdo.fieldwork.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.thuocdo.fieldwork.DoubleEntries;
import vn.thuocdo.fieldwork.EntryComparison;
import vn.thuocdo.fieldwork.EntryDifference;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.survey.Questionnaires;
import vn.thuocdo.survey.ui.RoundChoice;
import vn.thuocdo.web.Badges;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.Formats;
import vn.thuocdo.web.MainLayout;
import vn.thuocdo.web.Notices;

import java.util.ArrayList;
import java.util.List;

import static vn.thuocdo.shared.Formats.number;

/**
 * The supervisor's list of paper forms typed twice whose entries differ: per form, each question with both values;
 * keeping the first or the second value takes a reason, and a second value kept changes the interview's answers.
 */
@Route(value = EntryDifferencesView.ROUTE, layout = MainLayout.class)
@PageTitle("Khác biệt giữa hai lần nhập · Thước Đo")
@RolesAllowed("fieldwork-supervisor")
public class EntryDifferencesView extends VerticalLayout implements BeforeEnterObserver {

    public static final String ROUTE = "fieldwork/entry-differences";

    private final DoubleEntries entries;
    private final Questionnaires questionnaires;
    private final Actor actor;
    private final List<Round> rounds;
    final Select<Round> round = new Select<>();
    final Div list = new Div();
    final List<Grid<EntryDifference>> grids = new ArrayList<>();

    EntryDifferencesView(DoubleEntries entries, Rounds roundService, Questionnaires questionnaires,
                         CurrentActor actor) {
        this.entries = entries;
        this.questionnaires = questionnaires;
        this.actor = actor.get();
        add(new H2(getTranslation("fwproc.diff.title")));
        rounds = FieldworkRounds.of(roundService, entries, this.actor);
        if (rounds.isEmpty()) {
            add(new Paragraph(getTranslation("fwproc.noRounds")));
            return;
        }
        RoundChoice.setUp(round, "fwproc.round", "differences-round", rounds, ROUTE, this::show);
        list.setId("entry-differences");
        list.setWidthFull();
        add(new Paragraph(getTranslation("fwproc.diff.explain")), round, list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RoundChoice.apply(event, round, rounds);
    }

    private void show(Round chosen) {
        list.removeAll();
        grids.clear();
        List<EntryComparison> comparisons;
        try {
            comparisons = entries.toSettle(actor, chosen.id());
        } catch (Rejected refused) {
            list.add(new Paragraph(Notices.text(refused)));
            return;
        }
        if (comparisons.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("fwproc.diff.none"));
            none.setId("no-differences");
            list.add(none);
            return;
        }
        Questionnaire questionnaire = questionnaires.find(entries.questionnaireOf(chosen.id())).orElse(null);
        for (EntryComparison comparison : comparisons) {
            list.add(form(chosen, comparison, questionnaire));
        }
    }

    private Div form(Round chosen, EntryComparison comparison, Questionnaire questionnaire) {
        Div card = new Div();
        card.addClassName("td-card");
        card.setId("form-" + comparison.interviewId());
        card.add(new H3(getTranslation("fwproc.diff.form", comparison.communeName(), comparison.villageName(),
                comparison.drawOrder() == null ? "—" : number(comparison.drawOrder()))));
        card.add(new Paragraph(getTranslation("fwproc.diff.typists", comparison.firstTypist(),
                comparison.secondTypist(), Formats.dateTime(comparison.enteredAt()))));
        Grid<EntryDifference> grid = new Grid<>();
        grid.addColumn(d -> questionnaire == null ? d.questionId()
                        : EntryValues.question(questionnaire, d.questionId(), getLocale()))
                .setHeader(getTranslation("fwproc.col.question")).setFlexGrow(2);
        grid.addColumn(d -> value(questionnaire, d.questionId(), d.first()))
                .setHeader(getTranslation("fwproc.col.first"));
        grid.addColumn(d -> value(questionnaire, d.questionId(), d.second()))
                .setHeader(getTranslation("fwproc.col.second"));
        grid.addComponentColumn(d -> d.settled()
                ? Badges.of(getTranslation(d.kept() == EntryDifference.Keep.FIRST ? "fwproc.diff.keptFirst"
                : "fwproc.diff.keptSecond"), "success")
                : actions(chosen, comparison, d, questionnaire)).setHeader(getTranslation("fwproc.col.decision")).setAutoWidth(true)
                .setKey("decision");
        grids.add(grid);
        grid.setItems(comparison.differences());
        grid.setAllRowsVisible(true);
        card.add(grid);
        return card;
    }

    private String value(Questionnaire questionnaire, String questionId, Object value) {
        return questionnaire == null ? String.valueOf(value)
                : EntryValues.shown(questionnaire, questionId, value, getLocale());
    }

    private HorizontalLayout actions(Round chosen, EntryComparison comparison, EntryDifference difference,
                                     Questionnaire questionnaire) {
        Button first = new Button(getTranslation("fwproc.diff.keepFirst"),
                e -> decide(chosen, comparison, difference, EntryDifference.Keep.FIRST, questionnaire));
        first.setId("keep-first-" + difference.questionId());
        Button second = new Button(getTranslation("fwproc.diff.keepSecond"),
                e -> decide(chosen, comparison, difference, EntryDifference.Keep.SECOND, questionnaire));
        second.setId("keep-second-" + difference.questionId());
        return new HorizontalLayout(first, second);
    }

    private void decide(Round chosen, EntryComparison comparison, EntryDifference difference,
                        EntryDifference.Keep keep, Questionnaire questionnaire) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("fwproc.diff.dialog", getTranslation(keep == EntryDifference.Keep.FIRST
                ? "fwproc.diff.keepFirst" : "fwproc.diff.keepSecond"), questionnaire == null ? difference.questionId()
                : EntryValues.question(questionnaire, difference.questionId(), getLocale())));
        TextArea reason = new TextArea(getTranslation("fwproc.diff.reason"));
        reason.setId("settle-reason");
        reason.setWidthFull();
        reason.setMaxLength(2000);
        Button confirm = new Button(getTranslation("fwproc.diff.confirm"), e -> {
            try {
                entries.settle(actor, comparison.interviewId(), difference.questionId(), keep, reason.getValue());
                dialog.close();
                Notices.success(getTranslation("fwproc.diff.settled"));
                show(chosen);
            } catch (Rejected refused) {
                Notices.refused(refused);
            }
        });
        confirm.setId("settle-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("fwproc.diff.cancel"), e -> dialog.close());
        dialog.add(reason);
        dialog.getFooter().add(cancel, confirm);
        dialog.setWidth("min(36em, 95vw)");
        dialog.open();
    }
}
