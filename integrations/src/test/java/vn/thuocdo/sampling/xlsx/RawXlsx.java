package vn.thuocdo.sampling.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * .xlsx files written part by part, for what FastExcel's writer will not make: bombs streamed straight into the zip
 * (a cell of 200 MB is never held, only its ~200 KB compressed form), formulas with the values a spreadsheet
 * program cached for them (as LibreOffice saves them), and archives with extra entries.
 */
public final class RawXlsx {

    /** Writes the rows of {@code <sheetData>}; see {@link #row}. */
    public interface Rows {
        void write(Writer out) throws IOException;
    }

    private RawXlsx() {
    }

    /** One sheet per name, each with its rows. */
    public static byte[] of(List<String> sheetNames, List<Rows> sheets, int extraEntries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
            StringBuilder types = new StringBuilder("""
                    <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>""");
            StringBuilder workbook = new StringBuilder("""
                    <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>""");
            StringBuilder rels = new StringBuilder("""
                    <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""");
            for (int i = 1; i <= sheetNames.size(); i++) {
                types.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\"")
                        .append("application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
                workbook.append("<sheet name=\"").append(sheetNames.get(i - 1)).append("\" sheetId=\"").append(i)
                        .append("\" r:id=\"rId").append(i).append("\"/>");
                rels.append("<Relationship Id=\"rId").append(i).append("\" Type=\"http://schemas.openxmlformats.org/")
                        .append("officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet").append(i)
                        .append(".xml\"/>");
            }
            text(zip, "[Content_Types].xml", types.append("</Types>"));
            text(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
                    Target="xl/workbook.xml"/></Relationships>""");
            text(zip, "xl/workbook.xml", workbook.append("</sheets></workbook>"));
            text(zip, "xl/_rels/workbook.xml.rels", rels.append("</Relationships>"));
            for (int i = 1; i <= sheets.size(); i++) {
                zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + i + ".xml"));
                Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
                out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
                        + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
                sheets.get(i - 1).write(out);
                out.write("</sheetData></worksheet>");
                out.flush();
                zip.closeEntry();
            }
            for (int i = 0; i < extraEntries; i++) {
                // Stored, empty and short-named: 100,000 of them still fit in a file under 10 MB.
                ZipEntry entry = new ZipEntry(Integer.toString(i, 36));
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(0);
                entry.setCrc(0);
                zip.putNextEntry(entry);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A row of cells: a {@link Number} is a number cell, a {@code String} starting with "=" a formula whose cached
     * value follows a "|" ("=SUM(D2:D3)|15"), any other String an inline string, null an absent cell.
     */
    public static void row(Writer out, int number, Object... cells) throws IOException {
        out.write("<row r=\"" + number + "\">");
        for (int c = 0; c < cells.length; c++) {
            Object cell = cells[c];
            String ref = (char) ('A' + c) + Integer.toString(number);
            if (cell instanceof Number n) {
                out.write("<c r=\"" + ref + "\"><v>" + n + "</v></c>");
            } else if (cell instanceof String s && s.startsWith("=")) {
                String[] formula = s.substring(1).split("\\|");
                out.write("<c r=\"" + ref + "\"><f>" + formula[0] + "</f><v>" + formula[1] + "</v></c>");
            } else if (cell != null) {
                out.write("<c r=\"" + ref + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" + cell + "</t></is></c>");
            }
        }
        out.write("</row>");
    }

    /**
     * A row as compact writers save it, without the optional row and cell references ({@code r}): the reader
     * numbers rows in order. Cells as in {@link #row}, formulas aside.
     */
    public static void compactRow(Writer out, Object... cells) throws IOException {
        out.write("<row>");
        for (Object cell : cells) {
            if (cell instanceof Number n) {
                out.write("<c><v>" + n + "</v></c>");
            } else {
                out.write("<c t=\"inlineStr\"><is><t>" + cell + "</t></is></c>");
            }
        }
        out.write("</row>");
    }

    private static void text(ZipOutputStream zip, String name, CharSequence text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
