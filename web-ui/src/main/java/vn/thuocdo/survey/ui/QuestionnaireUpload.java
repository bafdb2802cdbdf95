package vn.thuocdo.survey.ui;

import com.vaadin.flow.component.Component;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.sampling.ui.WorkbookUpload;
import vn.thuocdo.shared.UploadLimits;
import vn.thuocdo.survey.InvalidXlsForm;
import vn.thuocdo.survey.QuestionnaireVersion;
import vn.thuocdo.survey.Questionnaires;
import vn.thuocdo.survey.XlsFormError;
import vn.thuocdo.web.Notices;

import java.util.List;
import java.util.function.Consumer;

/**
 * The upload of an XLSForm workbook: a {@link WorkbookUpload} that imports it as a whole and words its rows as
 * XLSForm's sheets and columns.
 */
final class QuestionnaireUpload {

    private QuestionnaireUpload() {
    }

    /** {@code in}, the view, words the messages in its reader's language. */
    static WorkbookUpload<QuestionnaireVersion> of(Component in, Questionnaires questionnaires, UploadLimits limits,
                                                   Actor actor, Consumer<QuestionnaireVersion> imported) {
        return new WorkbookUpload<>(limits, new WorkbookUpload.Words("xlsform", "xlsform.upload", "xlsform.help",
                "xlsform.tooLarge"),
                (data, size) -> questionnaires.importXlsForm(data, size, actor),
                refused -> refused instanceof InvalidXlsForm invalid
                        ? invalid.errors().stream().map(e -> message(in, e)).toList() : List.of(),
                version -> {
                    Notices.success(in.getTranslation("xlsform.imported", version.reference(), version.items()));
                    imported.accept(version);
                });
    }

    /** "survey · Dòng 12, cột type: ..." in the reader's language; a file-wide error is the message alone. */
    static String message(Component in, XlsFormError error) {
        String text = in.getTranslation(error.key(), error.args().toArray());
        if (error.row() != 0) {
            text = error.column() == null ? in.getTranslation("frame.atRow", error.row(), text)
                    : in.getTranslation("xlsform.at", error.row(), error.column(), text);
        }
        return error.sheet() == null ? text : in.getTranslation("frame.inSheet", error.sheet(), text);
    }
}
