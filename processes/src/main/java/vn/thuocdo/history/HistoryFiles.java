package vn.thuocdo.history;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.thuocdo.shared.UploadLimits;

import java.io.InputStream;
import java.util.List;

/** The workbook adapter, when the integrations module is there (processes' own tests run without it). */
@Component
class HistoryFiles {

    private final ObjectProvider<HistoryWorkbooks> workbooks;
    private final UploadLimits limits;

    HistoryFiles(ObjectProvider<HistoryWorkbooks> workbooks, UploadLimits limits) {
        this.workbooks = workbooks;
        this.limits = limits;
    }

    List<SheetRow> read(InputStream in, long size, HistoryLayout layout) {
        if (size > limits.maxBytes()) {
            throw new InvalidHistoryWorkbook(List.of(HistoryRowError.ofFile("history.workbook.tooLarge",
                    limits.maxMegabytes())));
        }
        return adapter().read(in, layout);
    }

    byte[] template(HistoryLayout layout) {
        return adapter().template(layout);
    }

    private HistoryWorkbooks adapter() {
        HistoryWorkbooks adapter = workbooks.getIfAvailable();
        if (adapter == null) {
            throw new IllegalStateException("No history workbook adapter: the integrations module is missing");
        }
        return adapter;
    }
}
