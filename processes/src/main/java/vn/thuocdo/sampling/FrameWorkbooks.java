package vn.thuocdo.sampling;

import vn.thuocdo.forms.FrameDefinition;

import java.io.InputStream;
import java.util.List;

/** Spreadsheet files of annex templates; the adapter lives in integrations. */
public interface FrameWorkbooks {

    /** An empty .xlsx template: a sheet per annex with its header row, and a sheet of instructions. */
    byte[] template(List<FrameDefinition> annexes);

    /**
     * The cells of an uploaded .xlsx, one {@link FrameSheet} per annex in the given order (with no header and no
     * lines when the file lacks the annex's sheet). No rule of the templates is applied here: see
     * {@link FrameReading}.
     *
     * @throws InvalidFrame with {@code frame.notXlsx} when the file cannot be read as a spreadsheet
     */
    List<FrameSheet> read(InputStream in, List<FrameDefinition> annexes);
}
