package vn.thuocdo.sampling;

import vn.thuocdo.forms.FrameDefinition;
import vn.thuocdo.shared.UploadLimits;

import java.io.InputStream;
import java.util.List;
import java.util.function.Function;

/** Spreadsheet files of annex templates; the adapter lives in integrations. */
public interface FrameWorkbooks {

    /** The template's sheet of instructions: a file may keep it, it is no annex. */
    String INSTRUCTIONS_SHEET = "Hướng dẫn";

    /** An empty .xlsx template: a sheet per annex with its header row, and a sheet of instructions. */
    byte[] template(List<FrameDefinition> annexes);

    /**
     * Opens an uploaded .xlsx within {@link UploadLimits} and hands {@code use} one {@link FrameSheet} per annex in
     * the given order: the sheet of the annex's name, or else the one whose header row is the annex's (a renamed
     * sheet), or {@link FrameSheet#missing}. The rows are read while {@code use} runs, and can be read again; the
     * file is closed and forgotten after. No rule of the templates is applied here: see {@link FrameReading}.
     *
     * @throws InvalidFrame with {@code frame.notXlsx} when the file cannot be read as a spreadsheet, or with the
     *                      limit it breaks ({@code frame.tooLarge}, {@code frame.inflatesTooMuch},
     *                      {@code frame.tooManyEntries}, {@code frame.cellTooLong}, {@code frame.tooManyRows})
     */
    <T> T read(InputStream in, List<FrameDefinition> annexes, Function<List<FrameSheet>, T> use);
}
