package vn.thuocdo.forms.replication;

import java.util.Locale;

/**
 * The package's README, Vietnamese first then English: what the files are, the one command that recomputes every
 * published number from them, and how to check the files first. Written here, beside the command, so the two never
 * disagree about an option or a path.
 */
final class ReplicationReadme {

    static final String COMMAND = "java -cp \"forms.jar:jackson-databind.jar:jackson-core.jar:jackson-annotations.jar\""
            + " vn.thuocdo.forms.replication.ReplicateCommand --replicate tai-lap/ > ket-qua-tinh-lai.csv";
    static final String FROM_SOURCE = "forms/replicate tai-lap/ > ket-qua-tinh-lai.csv";

    private ReplicationReadme() {
    }

    static String text(ReplicationPackage.Manifest m) {
        String survey = m.survey() ? ReplicationPackage.AGGREGATES : "(không có / none)";
        return """
                # Gói tái lập / Replication package — %s (%d)

                Công bố / Publication: %s · Phiên bản kết quả / Result version: %d (%s)

                ## Tiếng Việt

                Gói này cho phép bất kỳ ai tính lại **mọi con số đã công bố** (SIPAS theo tỉnh và toàn quốc với sai
                số chuẩn và khoảng tin cậy 95%%; điểm, tỷ lệ, thứ hạng, khoảng thứ hạng và nhóm của Chỉ số CCHC) mà
                không cần ứng dụng và không cần phiếu trả lời của bất kỳ người nào.

                - `phuong-phap/`: phương pháp theo phiên bản: định nghĩa chỉ số %s (`chi-so.json`), bảng hỏi
                  (`bang-hoi/`), thiết kế mẫu (`thiet-ke-mau/`), bộ tiêu chí (`bo-tieu-chi/`), bảng xếp nhóm
                  (`ParIndexGroup.dmn`).
                - `du-lieu/`: dữ liệu đầu vào không phải dữ liệu cá nhân: tổng hợp theo tầng (tỉnh), cụm (xã) và
                  miền (%s: số người trả lời; theo từng câu hỏi tổng trọng số câu trả lời hài lòng, tổng trọng số câu
                  trả lời hợp lệ và số câu trả lời hợp lệ), danh sách đơn vị (`don-vi.csv`) và điểm từng tiêu chí
                  thành phần: tự chấm, thẩm định, chốt (`diem-tieu-chi.csv`).
                - `ket-qua.csv`: các con số đã công bố, đúng như lệnh dưới đây in ra.
                - `SHA256SUMS`: mã SHA-256 của mọi tệp; kiểm tra trước: `sha256sum -c SHA256SUMS`.

                Lệnh tính lại (Java 17 trở lên; lấy `forms.jar` của phiên bản Thước Đo đã công bố và ba thư viện
                Jackson 2.x), chạy ở thư mục chứa `tai-lap/` đã giải nén:

                    %s
                    diff ket-qua-tinh-lai.csv tai-lap/ket-qua.csv

                Từ mã nguồn Thước Đo: `%s`. Lệnh kiểm tra mã SHA-256 của từng tệp trước khi tính và từ chối gói đã
                bị sửa. Khoảng thứ hạng dùng %s mẫu lặp bootstrap Rao-Wu với hạt giống %d (ghi trong
                `tai-lap.json`): cùng dữ liệu, cùng hạt giống cho cùng kết quả.

                Các cột (như bộ dữ liệu công bố): unit_id, unit_name, unit_kind, measure, estimate (tỷ lệ 0..1 với
                SIPAS, phần trăm với par:total và par:percent), se, ci_low, ci_high, n (số câu trả lời hợp lệ),
                points, max_points, unit_rank, rank_low, rank_high (khoảng thứ hạng 95%%), not_different (các đơn vị
                không khác biệt có ý nghĩa), result_group, note (mã ghi chú, ví dụ không đủ dữ liệu).

                ## English

                This package lets anyone recompute **every published number** (SIPAS per province and nationally with
                standard errors and 95%% intervals; PAR INDEX points, percentages, ranks, rank intervals and groups)
                without the application and without any respondent's answers.

                - `phuong-phap/`: the methodology by version: the index definition %s (`chi-so.json`), the
                  questionnaire (`bang-hoi/`), the sample design (`thiet-ke-mau/`), the scorecards (`bo-tieu-chi/`),
                  the grouping table (`ParIndexGroup.dmn`).
                - `du-lieu/`: the inputs that are not personal data: design-level aggregates per stratum (province),
                  cluster (commune) and domain (%s: respondents; per item the weighted sum of satisfied answers, the
                  weighted sum of valid answers and the count of valid answers), the units (`don-vi.csv`) and the
                  points per sub-criterion: self-assessed, appraised, final (`diem-tieu-chi.csv`).
                - `ket-qua.csv`: the published numbers, exactly as the command below prints them.
                - `SHA256SUMS`: every file's SHA-256; check first: `sha256sum -c SHA256SUMS`.

                The command (Java 17 or newer; `forms.jar` of the Thước Đo release that published this, and the three
                Jackson 2.x libraries), run in the folder holding the unzipped `tai-lap/`:

                    %s
                    diff ket-qua-tinh-lai.csv tai-lap/ket-qua.csv

                From Thước Đo's source: `%s`. The command checks every file's SHA-256 first and refuses a changed
                package. Rank intervals use %s Rao-Wu bootstrap replicates with seed %d (in `tai-lap.json`): the same
                data and seed give the same intervals.

                Columns (as the published dataset): see the list above; estimate is a share 0..1 for SIPAS and a
                percentage for par:total and par:percent; rank_low and rank_high are the 95%% rank interval;
                not_different lists the units not significantly different; note is a message key (e.g. insufficient
                data).
                """.formatted(m.roundName(), m.year(), m.publicationCode(), m.resultVersionNumber(),
                m.resultVersionId(), m.indexDefinition(), survey, COMMAND, FROM_SOURCE,
                String.format(Locale.forLanguageTag("vi"), "%,d", m.replicates()), m.seed(),
                m.indexDefinition(), survey, COMMAND, FROM_SOURCE,
                String.format(Locale.ENGLISH, "%,d", m.replicates()), m.seed()) + officials(m);
    }

    /** The officials' survey's files, when the round had officials' answers. */
    private static String officials(ReplicationPackage.Manifest m) {
        if (!m.officialsSurvey()) {
            return "";
        }
        return """

                ## Khảo sát cán bộ, công chức / Officials' survey

                Chỉ số đánh giá của cán bộ, công chức theo định nghĩa %1$s (`%2$s`) tính từ `%3$s`: mỗi đơn vị (tỉnh,
                bộ) một dòng, là tầng và cụm duy nhất của mình (khảo sát toàn bộ cán bộ trong danh sách, trọng số 1,
                không có sai số chọn mẫu), với số người trả lời và theo từng câu hỏi số câu trả lời đồng ý, hợp lệ.

                The officials' index under the definition %1$s (`%2$s`) is computed from `%3$s`: one line per unit
                (province, ministry), its own stratum and only cluster (a census of the listed officials, weight 1, no
                sampling error), with its respondents and per item the counts of agreeing and of valid answers.
                """.formatted(m.officialsDefinition(), ReplicationPackage.OFFICIALS_INDEX,
                ReplicationPackage.OFFICIALS_AGGREGATES);
    }
}
