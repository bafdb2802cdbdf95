package vn.thuocdo.publication.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.thuocdo.publication.Publications;
import vn.thuocdo.publication.PublishedFiles;
import vn.thuocdo.testing.KaribuTest;
import vn.thuocdo.testing.TestActors;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coordinator's publication screen through Karibu on the real capability and PostgreSQL: nothing to publish
 * before the council approves; the approved version and its counts; publishing behind the confirmation; the files
 * with their SHA-256; a correction with its reason superseding the first. Rounds 2108-2109 (2101-2107: processes).
 */
@TestPropertySource(properties = "thuocdo.test.context=assessment")
class PublicationViewTest extends KaribuTest {

    @Autowired JdbcClient db;
    @Autowired PublishedFiles published;

    String round;
    String version;

    @BeforeEach
    void aRoundWhoseResultsWaitForTheCouncil() {
        round = UUID.randomUUID().toString();
        db.sql("insert into evaluation_round (id, round_year, name, level, organiser_unit_id, sampling_form,"
                        + " sampling_due, state, created_by, created_at, reminder_days_before)"
                        + " values (?, 2108, 'Đợt công bố trên màn hình', 'NATIONAL', 'BO-BNV', 'sampling-request@1', ?,"
                        + " 'DRAFT', 'dieuphoi', ?, 3)")
                .params(round, java.sql.Date.valueOf(LocalDate.now()), Timestamp.from(Instant.now())).update();
        version = UUID.randomUUID().toString();
        db.sql("insert into index_result_version (id, round_id, version_no, computed_by, computed_by_name,"
                        + " computed_at, state, index_definition, scorecards, responses, unweighted, origin)"
                        + " values (?, ?, 1, 'system', 'Thước Đo', ?, 'READY', 'sipas@1', 'province@1', 80, 0,"
                        + " 'ENTERED')")
                .params(version, round, Timestamp.from(Instant.now())).update();
        for (String unit : List.of("T34-31", "T34-01")) {
            db.sql("insert into round_participant (round_id, unit_id) values (?, ?)").params(round, unit).update();
            db.sql("insert into index_result (version_id, unit_id, unit_kind, measure, estimate, unit_rank, result_group)"
                    + " values (?, ?, 'PROVINCE', 'par:percent', ?, ?, 'A')")
                    .params(version, unit, unit.equals("T34-31") ? 96.17 : 91.2, unit.equals("T34-31") ? 1 : 2).update();
        }
    }

    @Test
    void theCoordinatorPublishesTheApprovedVersionReadsItsFilesAndCorrectsItWithAReason() {
        signIn("dieuphoi");
        navigate("publication/publish?round=" + round);
        PublicationView view = _get(PublicationView.class);
        // Before the council approves: said so, nothing to press.
        assertThat(_find(com.vaadin.flow.component.html.Div.class, s -> s.withId("publication-not-approved")))
                .hasSize(1);
        assertThat(view.publish.isEnabled()).isFalse();
        assertThat(view.correct.isEnabled()).isFalse();

        db.sql("update index_result_version set state = 'APPROVED' where id = ?").param(version).update();
        navigate("publication/publish?round=" + round);
        PublicationView approved = _get(PublicationView.class);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("publication-approved")).getText())
                .contains("lần tính 1").contains("2 đơn vị").contains("2 số liệu");
        assertThat(approved.publish.isEnabled()).isTrue();
        checkPublishingAndCorrecting(approved);
    }

    private void checkPublishingAndCorrecting(PublicationView view) {
        _click(view.publish);
        ConfirmDialog sure = _get(ConfirmDialog.class);
        assertThat(sure.getElement().getProperty("header")).contains("Đợt công bố trên màn hình");
        _fireConfirm(sure);
        expectNotifications("Đã công bố CB-2108-01.");
        assertThat(_size(view.list)).isEqualTo(1);
        assertThat(_getFormattedRow(view.list, 0)).containsSubsequence("CB-2108-01", "Đang hiệu lực", "Nguyễn Thu Hà");
        assertThat(view.publish.isEnabled()).isFalse();
        assertThat(view.correct.isEnabled()).isTrue();
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("publication-approved")).getText())
                .contains("đã công bố trong CB-2108-01");
        // The files with their size and SHA-256, as stored.
        // Four open data files, the replication package, the signed national report and the two units' scorecards,
        // and the manifest of them all.
        assertThat(_size(view.files)).isEqualTo(9);
        String csvHash = published.file("CB-2108-01", "du-lieu/ket-qua.csv").orElseThrow().sha256();
        assertThat(java.util.stream.IntStream.range(0, 9).mapToObj(i -> _getFormattedRow(view.files, i).get(0)))
                .contains("du-lieu/ket-qua.csv", "manifest.json", "tai-lap.zip", "bao-cao-quoc-gia.pdf",
                        "don-vi/T34-31.pdf", "don-vi/T34-01.pdf");
        assertThat(view.files.getListDataView().getItems()).anyMatch(f -> f.sha256().equals(csvHash)
                && f.publicAddress().equals("/cong-khai/cong-bo/CB-2108-01/du-lieu/ket-qua.csv"));

        // A correction needs its reason; with one, it supersedes the first, which stays listed.
        _click(view.correct);
        CorrectionDialog dialog = _get(CorrectionDialog.class);
        _click(dialog.confirm);
        assertThat(dialog.reason.isInvalid()).isTrue();
        dialog.reason.setValue("Sửa tên đơn vị trong dữ liệu mở");
        _click(dialog.confirm);
        expectNotifications("Đã công bố CB-2108-02.");
        assertThat(_size(view.list)).isEqualTo(2);
        assertThat(_getFormattedRow(view.list, 0)).containsSubsequence("CB-2108-02", "Đang hiệu lực",
                "Sửa tên đơn vị trong dữ liệu mở");
        assertThat(String.join(" | ", _getFormattedRow(view.list, 1))).contains("Đã được thay thế bởi CB-2108-02");
    }

    @Test
    void otherRolesCannotOpenTheScreenAndAnotherUnitsCoordinatorSeesNoneOfTheRoundsPublications() {
        signIn("haiphong");
        assertRefused("publication/publish", PublicationView.class);
        switchTo("thamdinh");
        assertRefused("publication/publish", PublicationView.class);
        switchTo("dieuphoi.haiphong");
        navigate("publication/publish?round=" + round);
        PublicationView view = _get(PublicationView.class);
        assertThat(view.round.getValue() == null || !view.round.getValue().id().equals(round)).isTrue();
        assertThat(Publications.PUBLISH_FORM).isEqualTo("publication/publish");
    }
}
