package vn.thuocdo.survey.page;

/**
 * A page written as text, for phones on slow connections: no template engine, no framework. Everything that is
 * not a literal of this package goes through {@link #text} or {@link #attr}, which escape it, so an answer holding
 * {@code <script>} is shown as typed and never run.
 */
final class Html {

    private final StringBuilder out = new StringBuilder(8192);

    /** Markup written by this package, never data. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Data as element text. */
    Html text(String data) {
        escape(data, out);
        return this;
    }

    /** {@code name="value"} with the value escaped, preceded by a space. */
    Html attr(String name, String value) {
        out.append(' ').append(name).append("=\"");
        escape(value, out);
        out.append('"');
        return this;
    }

    static String escape(String data) {
        StringBuilder into = new StringBuilder(data == null ? 0 : data.length() + 16);
        escape(data, into);
        return into.toString();
    }

    private static void escape(String data, StringBuilder into) {
        if (data == null) {
            return;
        }
        for (int i = 0; i < data.length(); i++) {
            char c = data.charAt(i);
            switch (c) {
                case '<' -> into.append("&lt;");
                case '>' -> into.append("&gt;");
                case '&' -> into.append("&amp;");
                case '"' -> into.append("&quot;");
                case '\'' -> into.append("&#39;");
                default -> into.append(c);
            }
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
