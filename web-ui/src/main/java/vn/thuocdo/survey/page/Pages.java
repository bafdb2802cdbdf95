package vn.thuocdo.survey.page;

import vn.thuocdo.forms.Option;
import vn.thuocdo.forms.questionnaire.Question;
import vn.thuocdo.forms.questionnaire.QuestionKind;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.web.Languages;
import vn.thuocdo.web.Messages;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The public survey's pages as HTML. Vietnamese ({@code lang="vi"}), one column that fits 360 px, native controls
 * only (a radio group is a fieldset with its legend, every input has its label), our own style sheet and script and
 * nothing else. The code travels in a hidden field: it is the respondent's key and must not end up in an address
 * bar, a history or a log.
 */
final class Pages {

    static final String CSS = "/khao-sat/tep/trang.css";
    static final String SCRIPT = "/khao-sat/tep/trang.js";
    /** Where the form posts: save and move, or send. */
    static final String FORM = "/khao-sat/phieu";
    /** Where the script saves while answering. */
    static final String SAVE = "/khao-sat/luu";
    /** The name of the field that names a not-valid answer ("don't know") of a question whose input is not a radio. */
    static final String NOT_VALID = "kb.";

    private Pages() {
    }

    static String t(String key, Object... args) {
        return Messages.text(key, List.of(args), null);
    }

    private static Html head(String title) {
        return new Html().raw("<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\">")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .raw("<title>").text(title).raw("</title>")
                .raw("<link rel=\"stylesheet\"").attr("href", CSS).raw("></head><body>")
                .raw("<a class=\"skip\" href=\"#noi-dung\">").text(t("page.skip")).raw("</a>")
                .raw("<header class=\"top\"><p class=\"brand\">").text(t("page.brand")).raw("</p></header>")
                .raw("<main id=\"noi-dung\">");
    }

    private static String end(Html page, boolean script) {
        page.raw("</main>");
        if (script) {
            page.raw("<script").attr("src", SCRIPT).raw(" defer></script>");
        }
        return page.raw("</body></html>").toString();
    }

    /** The code page: one big field, its format, and why it is safe to answer. */
    static String codePage(String typed, String error) {
        Html page = head(t("page.code.title"));
        page.raw("<h1>").text(t("page.code.title")).raw("</h1>")
                .raw("<p>").text(t("page.code.intro")).raw("</p>")
                .raw("<form method=\"post\" action=\"/khao-sat\" novalidate>")
                .raw("<label for=\"ma\" class=\"code-label\">").text(t("page.code.label")).raw("</label>")
                .raw("<p id=\"ma-goi-y\" class=\"hint\">").text(t("page.code.hint")).raw("</p>");
        if (error != null) {
            page.raw("<p id=\"ma-loi\" class=\"err\" role=\"alert\">").text(error).raw("</p>");
        }
        page.raw("<input id=\"ma\" name=\"ma\" class=\"code\" type=\"text\" maxlength=\"40\" autocomplete=\"off\"")
                .raw(" autocapitalize=\"characters\" autocorrect=\"off\" spellcheck=\"false\" inputmode=\"text\"")
                .raw(" enterkeyhint=\"go\" placeholder=\"XXXX-XXXX-XXX\"")
                .attr("aria-describedby", error == null ? "ma-goi-y" : "ma-goi-y ma-loi");
        if (typed != null) {
            page.attr("value", typed);
        }
        if (error != null) {
            page.raw(" aria-invalid=\"true\" autofocus");
        }
        page.raw("><button type=\"submit\" class=\"primary\">").text(t("page.code.start")).raw("</button></form>")
                .raw("<p class=\"privacy\">").text(t("page.privacy")).raw("</p>");
        return end(page, false);
    }

    /** A refusal of the code or of the survey's dates, said plainly, with the way back to the code page. */
    static String refusalPage(String title, String message) {
        Html page = head(title);
        page.raw("<h1>").text(title).raw("</h1><p class=\"notice\" role=\"alert\">").text(message).raw("</p>")
                .raw("<p><a href=\"/khao-sat\">").text(t("page.refused.back")).raw("</a></p>");
        return end(page, false);
    }

    static String thanks() {
        Html page = head(t("page.thanks.title"));
        page.raw("<h1>").text(t("page.thanks.title")).raw("</h1><p class=\"notice ok\" role=\"status\">")
                .text(t("page.thanks.received")).raw("</p><p>").text(t("page.thanks.body")).raw("</p>");
        return end(page, false);
    }

    /** A section of the questionnaire: its title, where it stands among those asked, its questions, the buttons. */
    static String section(Sheet sheet) {
        Questionnaire questionnaire = sheet.questionnaire();
        Html page = head(sheet.section().title().in(Languages.VIETNAMESE) + " – " + t("page.brand"));
        page.raw("<form method=\"post\" id=\"phieu\" novalidate").attr("action", FORM).attr("data-save", SAVE)
                .attr("data-saving", t("page.js.saving")).attr("data-saved", t("page.js.saved"))
                .attr("data-offline", t("page.js.offline")).raw(">")
                .raw("<input type=\"hidden\" name=\"ma\"").attr("value", sheet.code()).raw(">")
                .raw("<input type=\"hidden\" name=\"phan\"").attr("value", sheet.section().id()).raw(">")
                .raw("<input type=\"hidden\" name=\"hoi\" id=\"hoi\"").attr("value", String.join(" ",
                        sheet.section().questions().stream().map(Question::id).filter(sheet.asked()::contains).toList()))
                .raw(">")
                .raw("<p class=\"qn-title\">").text(questionnaire.title().in(Languages.VIETNAMESE)).raw("</p>")
                .raw("<p class=\"progress\" id=\"tien-do\">").text(t("survey.form.progress", sheet.position(), sheet.of()))
                .raw("</p><progress aria-labelledby=\"tien-do\"").attr("max", String.valueOf(sheet.of()))
                .attr("value", String.valueOf(sheet.position())).raw("></progress>")
                .raw("<h1>").text(sheet.section().title().in(Languages.VIETNAMESE)).raw("</h1>");
        List<Map.Entry<String, String>> errors = sheet.errorsInOrder();
        if (!errors.isEmpty()) {
            page.raw("<div class=\"summary\" id=\"tom-tat-loi\" role=\"alert\" tabindex=\"-1\"><h2>")
                    .text(t("page.errors.title", errors.size())).raw("</h2><ul>");
            for (Map.Entry<String, String> error : errors) {
                Question q = questionnaire.question(error.getKey()).orElseThrow();
                page.raw("<li><a").attr("href", "#" + firstInput(q, questionnaire)).raw(">")
                        .text(q.label().in(Languages.VIETNAMESE)).raw(": ").text(error.getValue()).raw("</a></li>");
            }
            page.raw("</ul></div>");
        }
        if (sheet.section().questions().stream().anyMatch(Question::required)) {
            page.raw("<p class=\"hint\">").text(t("page.requiredNote")).raw("</p>");
        }
        for (Question q : sheet.section().questions()) {
            question(page, q, sheet);
        }
        page.raw("<div class=\"nav\">");
        if (sheet.last()) {
            page.raw("<button type=\"submit\" name=\"di\" value=\"gui\" class=\"primary\">").text(t("page.submit"))
                    .raw("</button>");
        } else {
            page.raw("<button type=\"submit\" name=\"di\" value=\"tiep\" class=\"primary\">").text(t("page.next"))
                    .raw("</button>");
        }
        if (sheet.position() > 1) {
            page.raw("<button type=\"submit\" name=\"di\" value=\"lui\">").text(t("page.previous")).raw("</button>");
        }
        page.raw("</div><p id=\"trang-thai\" class=\"status\" role=\"status\" aria-live=\"polite\"></p>")
                .raw("<p class=\"hint\">").text(t("page.resume")).raw("</p></form>");
        return end(page, true);
    }

    private static void question(Html page, Question q, Sheet sheet) {
        String id = q.id();
        boolean asked = sheet.asked().contains(id);
        String error = sheet.errors().get(id);
        String label = q.label().in(Languages.VIETNAMESE);
        page.raw("<div class=\"q").raw(error != null ? " invalid" : "").raw("\"").attr("id", "q-" + id)
                .raw(asked ? "" : " hidden").raw(">");
        if (q.kind() == QuestionKind.NOTE) {
            page.raw("<p class=\"note\">").text(label).raw("</p></div>");
            return;
        }
        String described = (q.hint() != null ? "g-" + id + " " : "") + "e-" + id;
        Object value = sheet.values().get(id);
        List<Option> notValid = q.allowNotValid() ? sheet.questionnaire().notValid() : List.of();
        boolean grouped = q.kind().usesChoices();
        if (grouped) {
            page.raw("<fieldset").attr("aria-describedby", described).raw("><legend>");
        } else {
            page.raw("<label class=\"label\"").attr("for", "a-" + id).raw(">");
        }
        page.text(label);
        if (q.required()) {
            page.raw(" <abbr class=\"req\"").attr("title", t("survey.form.required")).raw(">*</abbr>");
        }
        page.raw(grouped ? "</legend>" : "</label>");
        if (q.hint() != null) {
            page.raw("<p class=\"hint\"").attr("id", "g-" + id).raw(">").text(q.hint().in(Languages.VIETNAMESE))
                    .raw("</p>");
        }
        page.raw("<p class=\"err\"").attr("id", "e-" + id).raw(">").text(error == null ? "" : error).raw("</p>");
        String disabled = asked ? "" : " disabled";
        String invalid = error != null ? " aria-invalid=\"true\"" : "";
        switch (q.kind()) {
            case SINGLE_CHOICE, SATISFACTION -> {
                options(page, id, "radio", id, sheet.questionnaire().choicesOf(q), value, disabled, invalid);
                if (!notValid.isEmpty()) {
                    page.raw("<div class=\"nv\">");
                    options(page, id, "radio", id, notValid, value, disabled, "");
                    page.raw("</div>");
                }
            }
            case MULTIPLE_CHOICE -> {
                options(page, id, "checkbox", id, sheet.questionnaire().choicesOf(q), value, disabled, invalid);
                notValidRadios(page, id, notValid, value, disabled);
            }
            case INTEGER, DECIMAL, TEXT, DATE -> {
                page.raw("<input").attr("id", "a-" + id).attr("name", id).attr("aria-describedby", described);
                if (q.kind() == QuestionKind.DATE) {
                    page.raw(" type=\"date\"");
                } else {
                    page.raw(" type=\"text\"");
                    if (q.kind() == QuestionKind.TEXT) {
                        page.attr("maxlength", String.valueOf(bound(q)));
                    } else {
                        // A digit keypad where no sign or comma is needed; a decimal keypad otherwise.
                        boolean whole = q.kind() == QuestionKind.INTEGER && q.min() != null && q.min() >= 0;
                        page.attr("inputmode", whole ? "numeric" : "decimal").raw(" class=\"num\" autocomplete=\"off\"");
                    }
                }
                if (value != null && !notValid(notValid, value)) {
                    page.attr("value", value.toString());
                }
                page.raw(disabled).raw(invalid).raw(">");
                notValidRadios(page, id, notValid, value, disabled);
            }
            case LONG_TEXT -> {
                page.raw("<textarea rows=\"4\"").attr("id", "a-" + id).attr("name", id)
                        .attr("maxlength", String.valueOf(bound(q))).attr("aria-describedby", described)
                        .raw(disabled).raw(invalid).raw(">").text(value == null ? "" : value.toString())
                        .raw("</textarea>");
            }
            case NOTE -> throw new IllegalStateException("handled above");
        }
        page.raw(grouped ? "</fieldset>" : "").raw("</div>");
    }

    /** Not-valid answers beside a non-radio input: radios of their own, named apart, which the script keeps exclusive. */
    private static void notValidRadios(Html page, String id, List<Option> notValid, Object value, String disabled) {
        if (!notValid.isEmpty()) {
            page.raw("<div class=\"nv\">");
            options(page, id + "-kb", "radio", NOT_VALID + id, notValid, value, disabled, "");
            page.raw("</div>");
        }
    }

    private static void options(Html page, String idPrefix, String type, String name, List<Option> options,
                                Object value, String disabled, String invalid) {
        for (Option option : options) {
            String inputId = "a-" + idPrefix + "-" + option.key();
            page.raw("<label class=\"opt\"><input").attr("type", type).attr("id", inputId).attr("name", name)
                    .attr("value", option.key()).raw(chosen(value, option.key()) ? " checked" : "").raw(disabled)
                    .raw(invalid).raw("> <span>").text(option.label().in(Languages.VIETNAMESE)).raw("</span></label>");
        }
    }

    private static boolean chosen(Object value, String key) {
        return value instanceof Collection<?> many ? many.contains(key) : key.equals(value);
    }

    private static boolean notValid(List<Option> notValid, Object value) {
        return notValid.stream().anyMatch(o -> o.key().equals(value));
    }

    /** Where the summary's link for a question lands: its first input. */
    private static String firstInput(Question q, Questionnaire questionnaire) {
        if (q.kind().usesChoices()) {
            List<Option> choices = questionnaire.choicesOf(q);
            return "a-" + q.id() + "-" + (choices.isEmpty() ? "" : choices.get(0).key());
        }
        return "a-" + q.id();
    }

    private static int bound(Question q) {
        return q.maxLength() != null ? q.maxLength()
                : vn.thuocdo.forms.FieldType.valueOf(q.kind().name()).defaultBound();
    }
}
