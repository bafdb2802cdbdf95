package vn.thuocdo.sampling;

import vn.thuocdo.forms.FrameDefinition;

import java.io.InputStream;
import java.util.List;

/** Spreadsheet files of a frame template; the adapter lives in integrations. */
public interface FrameWorkbooks {

    /** An empty .xlsx template: the frame's sheet with its header row, and a sheet of instructions. */
    byte[] template(FrameDefinition frame);

    /**
     * Every row of an uploaded .xlsx, checked against the template ({@link FrameReading}).
     *
     * @throws InvalidFrame with every problem found, or with {@code frame.notXlsx} when the file cannot be read
     */
    List<FrameRow> read(InputStream in, FrameDefinition frame);
}
