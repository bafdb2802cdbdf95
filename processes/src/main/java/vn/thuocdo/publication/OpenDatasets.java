package vn.thuocdo.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The open datasets of a publication: every published number ({@code du-lieu/ket-qua.csv} and {@code .json}) and
 * their data dictionary ({@code du-lieu/tu-dien-du-lieu.csv} and {@code .json}). Machine-readable on purpose: CSV in
 * UTF-8 with a BOM (so spreadsheet programs read the Vietnamese names), RFC 4180 quoting and CRLF line ends, dot
 * decimals written in full (never 1.0E-4), and a column order that never changes: new columns only at the end.
 */
@Component
@Order(10)
class OpenDatasets implements PublicationFileSource {

    static final String RESULTS_CSV = "du-lieu/ket-qua.csv";
    static final String RESULTS_JSON = "du-lieu/ket-qua.json";
    static final String DICTIONARY_CSV = "du-lieu/tu-dien-du-lieu.csv";
    static final String DICTIONARY_JSON = "du-lieu/tu-dien-du-lieu.json";
    private static final String CSV = "text/csv; charset=UTF-8";
    private static final String JSON = "application/json";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** One column: its name, type, unit, meaning in Vietnamese and English, and how a value is read from a row. */
    record Column(String name, String type, String unit, String vi, String en, Function<Row, Object> value) {
    }

    /** A published value with the publication's year. */
    record Row(int year, PublishedValue v) {
    }

    static final List<Column> COLUMNS = List.of(
            new Column("year", "integer", "", "Năm đánh giá", "Year evaluated", Row::year),
            new Column("unit_id", "string", "", "Mã định danh đơn vị (national: toàn quốc)",
                    "Unit identifier (national: the whole country)", r -> r.v().unitId()),
            new Column("unit_name", "string", "", "Tên đơn vị khi công bố", "Unit name at publication",
                    r -> r.v().unitName()),
            new Column("unit_kind", "string", "", "Loại đơn vị: PROVINCE (tỉnh), MINISTRY (bộ)",
                    "Unit kind: PROVINCE, MINISTRY", r -> r.v().unitKind()),
            new Column("measure", "string", "", "Chỉ số: sipas:overall, sipas:part:<mã>, sipas:element:<mã>,"
                    + " officials:overall, officials:part:<mã>, officials:element:<mã> (khảo sát cán bộ, công chức),"
                    + " par:area:<mã>, par:total, par:percent", "Measure: SIPAS overall, part, element; the officials'"
                    + " survey overall, part, element; PAR INDEX area, total points, percentage",
                    r -> r.v().measure()),
            new Column("estimate", "decimal", "tỷ lệ 0-1 (SIPAS, khảo sát cán bộ) / % (PAR)", "Giá trị ước lượng",
                    "Estimate: share 0-1 for SIPAS and the officials' survey, percent for PAR",
                    r -> r.v().estimate()),
            new Column("se", "decimal", "tỷ lệ 0-1", "Sai số chuẩn", "Standard error", r -> r.v().se()),
            new Column("ci_low", "decimal", "tỷ lệ 0-1", "Cận dưới khoảng tin cậy 95%",
                    "Lower bound of the 95% confidence interval", r -> r.v().ciLow()),
            new Column("ci_high", "decimal", "tỷ lệ 0-1", "Cận trên khoảng tin cậy 95%",
                    "Upper bound of the 95% confidence interval", r -> r.v().ciHigh()),
            new Column("n", "integer", "câu trả lời", "Số câu trả lời hợp lệ", "Valid answers", r -> r.v().n()),
            new Column("points", "decimal", "điểm", "Điểm đạt được", "Points obtained", r -> r.v().points()),
            new Column("max_points", "decimal", "điểm", "Điểm tối đa", "Maximum points", r -> r.v().maxPoints()),
            new Column("rank", "integer", "", "Thứ hạng trong các đơn vị cùng loại",
                    "Rank among units of the same kind", r -> r.v().rank()),
            new Column("rank_low", "integer", "", "Thứ hạng tốt nhất trong khoảng 95%",
                    "Best rank of the 95% rank interval", r -> r.v().rankLow()),
            new Column("rank_high", "integer", "", "Thứ hạng kém nhất trong khoảng 95%",
                    "Worst rank of the 95% rank interval", r -> r.v().rankHigh()),
            new Column("group", "string", "", "Nhóm xếp loại (A: từ 90%, B: 80% đến dưới 90%, ...)",
                    "Group (A: 90% and above, B: 80% to under 90%, ...)", r -> r.v().group()),
            new Column("note", "string", "", "Ghi chú (mã): compilation.note.insufficient = không đủ dữ liệu, ...",
                    "Note (key): compilation.note.insufficient = too few answers, ...", r -> r.v().note()));

    private final PublishedResults results;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    OpenDatasets(PublishedResults results) {
        this.results = results;
    }

    @Override
    public List<PublicationFile> files(PublicationDraft publication) {
        List<Row> rows = results.values(publication.id()).stream().map(v -> new Row(publication.year(), v)).toList();
        List<List<Object>> table = rows.stream().map(r -> COLUMNS.stream().map(c -> c.value().apply(r)).toList())
                .toList();
        List<List<Object>> dictionary = COLUMNS.stream()
                .map(c -> List.<Object>of(c.name(), c.type(), c.unit(), c.vi(), c.en())).toList();
        List<String> dictionaryHeader = List.of("column", "type", "unit", "meaning_vi", "meaning_en");
        return List.of(
                new PublicationFile(RESULTS_CSV, FileKind.DATASET, null, CSV,
                        csv(COLUMNS.stream().map(Column::name).toList(), table)),
                new PublicationFile(RESULTS_JSON, FileKind.DATASET, null, JSON,
                        json(publication, COLUMNS.stream().map(Column::name).toList(), table)),
                new PublicationFile(DICTIONARY_CSV, FileKind.DICTIONARY, null, CSV, csv(dictionaryHeader, dictionary)),
                new PublicationFile(DICTIONARY_JSON, FileKind.DICTIONARY, null, JSON,
                        json(publication, dictionaryHeader, dictionary)));
    }

    static byte[] csv(List<String> header, List<List<Object>> rows) {
        StringBuilder out = new StringBuilder();
        line(out, new ArrayList<>(header));
        rows.forEach(r -> line(out, r));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(BOM);
        bytes.writeBytes(out.toString().getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    private static void line(StringBuilder out, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String text = text(values.get(i));
            if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                    || text.indexOf('\r') >= 0) {
                out.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else {
                out.append(text);
            }
        }
        out.append("\r\n");
    }

    /** Numbers in full with a dot, as a machine reads them; an absent value is an empty field. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? "" : BigDecimal.valueOf(d).toPlainString();
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return value.toString();
    }

    private byte[] json(PublicationDraft publication, List<String> header, List<List<Object>> rows) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("publication", publication.code());
        document.put("year", publication.year());
        document.put("title", publication.title());
        List<Map<String, Object>> objects = new ArrayList<>();
        for (List<Object> row : rows) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                Object value = row.get(i);
                object.put(header.get(i), value instanceof Double d && (d.isNaN() || d.isInfinite()) ? null : value);
            }
            objects.add(object);
        }
        document.put("rows", objects);
        try {
            return json.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A dataset could not be written as JSON", e);
        }
    }
}
