package vn.thuocdo.shared;

/**
 * Text written into a spreadsheet or CSV cell that people will open in Excel or LibreOffice. A cell starting with
 * {@code =}, {@code +}, {@code -} or {@code @} (or a tab or carriage return before one) is read as a formula by those
 * programs when the file is CSV, or when the person edits the cell: a village name or a reason typed by someone
 * else must never run as one. Such a text gets a leading apostrophe, the convention both programs show as text.
 */
public final class CellText {

    private CellText() {
    }

    public static String neutralised(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formulaLike = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return formulaLike ? "'" + text : text;
    }
}
