package vn.thuocdo.scorecard.ui;

import com.vaadin.flow.component.Component;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.sampling.ui.WorkbookUpload;
import vn.thuocdo.scorecard.InvalidScorecardWorkbook;
import vn.thuocdo.scorecard.ScorecardEntry;
import vn.thuocdo.scorecard.ScorecardLibrary;
import vn.thuocdo.scorecard.ScorecardWorkbookError;
import vn.thuocdo.shared.UploadLimits;
import vn.thuocdo.web.Notices;

import java.util.List;
import java.util.function.Consumer;

/**
 * The upload of an official scorecard in the Excel template: a {@link WorkbookUpload} that imports it as a whole
 * and words the template's rows as a scorecard's.
 */
final class ScorecardUpload {

    private ScorecardUpload() {
    }

    /** {@code in}, the view, words the messages in its reader's language. */
    static WorkbookUpload<ScorecardEntry> of(Component in, ScorecardLibrary library, UploadLimits limits, Actor actor,
                                             Consumer<ScorecardEntry> imported) {
        return new WorkbookUpload<>(limits, new WorkbookUpload.Words("scorecard", "scorecard.upload",
                "scorecard.uploadHelp", "scorecard.workbook.tooLarge"),
                (data, size) -> library.importWorkbook(data, size, actor),
                refused -> refused instanceof InvalidScorecardWorkbook invalid
                        ? invalid.errors().stream().map(e -> message(in, e)).toList() : List.of(),
                entry -> {
                    Notices.success(in.getTranslation("scorecard.imported", entry.scorecard().id(),
                            entry.subCriteria()));
                    imported.accept(entry);
                });
    }

    /** "Tiêu chí · Dòng 12: ..." in the reader's language; a file-wide error is the message alone. */
    static String message(Component in, ScorecardWorkbookError error) {
        String text = words(in, error.key(), error.args());
        if (error.row() != 0) {
            text = error.column() == null ? in.getTranslation("frame.atRow", error.row(), text)
                    : in.getTranslation("scorecard.workbook.at", error.row(), error.column(), text);
        }
        return error.sheet() == null ? text : in.getTranslation("frame.inSheet", error.sheet(), text);
    }

    /**
     * A scorecard refusal in the reader's language; a formula's carries the expression's own code and figures
     * (after the property and the English reason), worded here from {@code scorecard.expression.*}.
     */
    static String words(Component in, String key, List<Object> args) {
        if (key.equals("scorecard.formulaProblem") && args.size() >= 3) {
            String reason = in.getTranslation("scorecard." + args.get(2), args.subList(3, args.size()).toArray());
            return in.getTranslation(key, args.get(0), reason);
        }
        return in.getTranslation(key, args.toArray());
    }
}
