package vn.thuocdo.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import vn.thuocdo.forms.questionnaire.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * One section at a time, as a phone shows it: "Phần 2/7" over a progress bar, the section's questions, and buttons
 * to the previous and next section. Sections skip logic leaves without a question are passed over and not counted.
 */
final class SectionPages {

    private final List<Div> pages = new ArrayList<>();
    private final List<List<QuestionInput>> members = new ArrayList<>();
    private final Span progressText = new Span();
    private final ProgressBar bar = new ProgressBar(0, 1, 0);
    private final Div progress = new Div(progressText, bar);
    final Button previous;
    final Button next;
    private int current;
    private Set<String> asked = Set.of();
    private final Locale locale;
    private final List<String> sectionIds = new ArrayList<>();
    private final List<Consumer<String>> shownListeners = new ArrayList<>();
    private int lastShown = -1;

    SectionPages(Div into, Locale locale) {
        this.locale = locale;
        progress.addClassName("td-q-progress");
        progressText.addClassName("td-q-progress-text");
        progressText.setId("section-progress");
        previous = new Button(into.getTranslation(locale, "survey.form.previous"), VaadinIcon.ARROW_LEFT.create(),
                e -> move(-1));
        previous.setId("section-previous");
        next = new Button(into.getTranslation(locale, "survey.form.next"), VaadinIcon.ARROW_RIGHT.create(), e -> move(1));
        next.setIconAfterText(true);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.setId("section-next");
        into.add(progress);
    }

    Div add(Section section, List<QuestionInput> inputs) {
        Div page = new Div(new H3(section.title().in(locale)));
        page.addClassName("td-q-section");
        page.setId("section-" + section.id());
        inputs.forEach(input -> page.add(input.component()));
        pages.add(page);
        members.add(inputs);
        sectionIds.add(section.id());
        return page;
    }

    Div navigation() {
        Div nav = new Div(previous, next);
        nav.addClassName("td-q-nav");
        return nav;
    }

    /** After skip logic ran: only asked sections count, and the page shown is an asked one. */
    void refresh(Set<String> asked) {
        List<Integer> open = open(asked);
        if (!open.isEmpty() && !open.contains(current)) {
            current = open.stream().filter(i -> i > current).findFirst().orElse(open.get(open.size() - 1));
        }
        for (int i = 0; i < pages.size(); i++) {
            pages.get(i).setVisible(i == current);
        }
        int position = open.indexOf(current) + 1;
        progressText.setText(progressText.getTranslation(locale, "survey.form.progress", position, open.size()));
        bar.setValue(open.isEmpty() ? 0 : (double) position / open.size());
        previous.setEnabled(position > 1);
        next.setVisible(position < open.size());
        this.asked = asked;
        if (current != lastShown && current < sectionIds.size()) {
            lastShown = current;
            shownListeners.forEach(listener -> listener.accept(sectionIds.get(current)));
        }
    }

    String currentSection() {
        return sectionIds.isEmpty() ? null : sectionIds.get(current);
    }

    void onShown(Consumer<String> listener) {
        shownListeners.add(listener);
    }

    /** Shows the first section holding a question that matches, e.g. the first refused one. */
    void showFirst(Predicate<QuestionInput> wanted) {
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).stream().anyMatch(wanted)) {
                current = i;
                refresh(asked);
                return;
            }
        }
    }

    void first() {
        current = 0;
        refresh(asked);
    }

    /** "Phần 2/7" as shown. */
    String progress() {
        return progressText.getText();
    }

    private void move(int step) {
        List<Integer> open = open(asked);
        int at = open.indexOf(current) + step;
        if (at >= 0 && at < open.size()) {
            current = open.get(at);
            refresh(asked);
            pages.get(current).scrollIntoView();
        }
    }

    private List<Integer> open(Set<String> asked) {
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).stream().anyMatch(input -> asked.contains(input.question().id()))) {
                open.add(i);
            }
        }
        return open;
    }
}
