package vn.thuocdo.survey.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thuocdo.round.Round;
import vn.thuocdo.sampling.ApprovedRounds;
import vn.thuocdo.survey.ProvinceSummary;
import vn.thuocdo.survey.SampleReviews;
import vn.thuocdo.survey.SampleStage;
import vn.thuocdo.survey.SampleState;
import vn.thuocdo.survey.SampleUnit;
import vn.thuocdo.survey.Samples;
import vn.thuocdo.survey.SurveyChoice;
import vn.thuocdo.survey.SurveyForms;
import vn.thuocdo.testing.KaribuTest;
import vn.thuocdo.testing.TestActors;

import java.io.ByteArrayInputStream;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

/** The survey's screens over a round whose frames are approved: draw, review, approve, redraw, a province's part. */
class SampleViewsTest extends KaribuTest {

    static final SurveyChoice PROVINCIAL = new SurveyChoice("sipas-citizen@1", "par-officials@1", "sipas-province@1");

    @Autowired ApprovedRounds approvedRounds;
    @Autowired Samples samples;
    @Autowired SampleReviews reviews;

    @Test
    void theCoordinatorChoosesDrawsWithTheSeedReviewsPerProvinceAndApproves() {
        Round round = approvedRounds.launch(2020, List.of("T63-31", "T63-01"), 16);
        signIn("dieuphoi");
        navigate("survey/design/" + samples.openTask(round.id(), SurveyForms.DESIGN).orElseThrow());
        SurveyDesignView design = _get(SurveyDesignView.class);
        assertThat(design.citizen.getValue().reference()).isEqualTo("sipas-citizen@1");
        assertThat(design.officials.getValue().reference()).isEqualTo("par-officials@1");
        assertThat(design.seed.getValue()).matches("[0-9]{1,12}");
        assertThat(List.<Component>of(design.citizen, design.officials, design.design, design.seed, design.draw))
                .allSatisfy(field -> assertThat(field.isAttached()).as("on the page").isTrue());
        design.design.setValue(design.design.getListDataView().getItems()
                .filter(d -> d.reference().equals("sipas-province@1")).findFirst().orElseThrow());
        assertThat(_get(design.designWords, com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withText("Cỡ mẫu mỗi tỉnh: n = N / (1 + N·e²), e = 5%, N là số hộ của tỉnh, làm tròn lên.")))
                .isNotNull();
        design.seed.setValue("20261130");
        _click(design.draw);

        SampleReviewView review = _get(SampleReviewView.class);
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("sample-seed")).getText())
                .isEqualTo("20261130");
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("sample-fingerprint")).getText())
                .hasSize(64);
        @SuppressWarnings("unchecked")
        Grid<ProvinceSummary> figures = _get(Grid.class, spec -> spec.withId("province-figures"));
        List<ProvinceSummary> provinces = figures.getListDataView().getItems().toList();
        assertThat(provinces).extracting(ProvinceSummary::unitCode).containsExactly("01", "31");
        assertThat(provinces).allSatisfy(p -> {
            assertThat(p.communes()).isPositive();
            assertThat(p.expectedRespondents()).isPositive();
            assertThat(p.minWeight()).isPositive().isLessThanOrEqualTo(p.maxWeight());
        });

        _click(review.approve);
        _fireConfirm(_get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class));
        assertThat(_find(SampleView.class)).hasSize(1);
        assertThat(reviews.current(round.id(), TestActors.COORDINATOR).orElseThrow().version().state())
                .isEqualTo(SampleState.APPROVED);
        assertThat(samples.openTask(round.id(), SurveyForms.FIELDWORK)).isPresent();
        _click(_get(SampleView.class).check);
        assertThat(_get(SampleView.class).checked.getElement().getTextRecursively()).startsWith("Rút lại từ số khởi tạo, thiết kế và khung mẫu đã lưu cho đúng mẫu này");
    }

    @Test
    void aBadSeedIsRefusedOnItsFieldARedrawMakesANewVersionAndTheDesignCanBeChangedAgain() {
        Round round = approvedRounds.launch(2021, List.of("T63-31"), 16);
        signIn("dieuphoi");
        navigate("survey/design/" + samples.openTask(round.id(), SurveyForms.DESIGN).orElseThrow());
        SurveyDesignView design = _get(SurveyDesignView.class);
        design.design.setValue(design.design.getListDataView().getItems()
                .filter(d -> d.reference().equals("sipas-province@1")).findFirst().orElseThrow());
        for (String bad : List.of("", "12a", "1234567890123456789")) {
            design.seed.setValue(bad);
            _click(design.draw);
            assertThat(design.seed.isInvalid()).as(bad).isTrue();
            assertThat(_find(SampleReviewView.class)).isEmpty();
        }
        assertThat(design.seed.getErrorMessage()).isEqualTo("Số khởi tạo chỉ gồm chữ số, tối đa 18 chữ số.");
        assertThat(reviews.roundsWithSample(TestActors.COORDINATOR)).extracting(Round::id).doesNotContain(round.id());
        design.seed.setValue("1");
        _click(design.draw);

        SampleReviewView review = _get(SampleReviewView.class);
        review.redraw(2);
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("sample-version")).getText())
                .isEqualTo("2 · Chờ phê duyệt");
        _click(_get(SampleReviewView.class).changeDesign);
        SurveyDesignView again = _get(SurveyDesignView.class);
        assertThat(again.design.getValue().reference()).as("what was chosen before").isEqualTo("sipas-province@1");
    }

    @Test
    void otherPeopleAreRefusedARedrawOfTheApprovedSampleNeedsAReasonAndTheProvinceSeesOnlyItsCommunesAndVillages() {
        Round round = approvedRounds.launch(2092, List.of("T34-31", "T34-01"), 16);
        String task = samples.openTask(round.id(), SurveyForms.DESIGN).orElseThrow();
        // Before anything is drawn: an officer may not open the coordinator's screens and has no sample to see;
        // the coordinator of another organiser is refused the task and the sample.
        signIn("hanoi");
        assertRefused("survey/design/" + task, SurveyDesignView.class);
        navigate("survey/my-sample");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("no-sample")).getElement()
                .getTextRecursively()).isEqualTo("Chưa có mẫu khảo sát nào được phê duyệt cho tỉnh.");
        switchTo("dieuphoi.haiphong");
        navigate("survey/design/" + task);
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("refusal"))).hasSize(1);
        samples.choose(task, PROVINCIAL, 5, TestActors.COORDINATOR);
        navigate("survey/sample?round=" + round.id());
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("refusal"))).hasSize(1);
        assertThat(_find(SampleFacts.class)).isEmpty();
        switchTo("dieuphoi");
        samples.approve(samples.openTask(round.id(), SurveyForms.REVIEW).orElseThrow(), TestActors.COORDINATOR);
        navigate("survey/sample?round=" + round.id());
        _click(_get(SampleView.class).redraw);
        TextArea reason = _get(TextArea.class, spec -> spec.withId("change-reason"));
        reason.setValue("Lũ");
        _click(_get(Button.class, spec -> spec.withId("confirm-change")));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Hãy ghi lý do rút lại mẫu đã phê duyệt (ít nhất 10 ký tự).");
        reason.setValue("Lũ lụt ở hai xã, không thể đến khảo sát");
        _click(_get(Button.class, spec -> spec.withId("confirm-change")));
        assertThat(_find(SampleReviewView.class)).hasSize(1);
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("sample-reason")).getText())
                .isEqualTo("Lũ lụt ở hai xã, không thể đến khảo sát");
        assertThat(reviews.current(round.id(), TestActors.COORDINATOR).orElseThrow().version().version())
                .as("the approved version stays the current one until the new one is approved").isEqualTo(1);

        // The province sees its own communes and villages of the approved sample; never a household.
        switchTo("haiphong");
        navigate("survey/my-sample");
        ProvinceSampleView mine = _get(ProvinceSampleView.class);
        @SuppressWarnings("unchecked")
        Grid<SampleUnit> units = _get(Grid.class, spec -> spec.withId("province-units"));
        List<SampleUnit> shown = units.getListDataView().getItems().toList();
        assertThat(shown).isNotEmpty().allSatisfy(u -> {
            assertThat(u.unitId()).isEqualTo("T34-31");
            assertThat(u.stage()).isNotEqualTo(SampleStage.HOUSEHOLD);
        });
        assertThat(mine.round.getValue().id()).isEqualTo(round.id());
        assertThat(reviews.provinceSample(round.id(), TestActors.HAI_PHONG).units())
                .noneMatch(u -> u.stage() == SampleStage.HOUSEHOLD || !u.unitId().equals("T34-31"));
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(
                reviews.provinceWorkbook(round.id(), (k, a) -> k, TestActors.HAI_PHONG)))) {
            assertThat(book.getSheets().map(Sheet::getName)).containsExactly("sample.xlsx.summary",
                    "sample.xlsx.communes", "sample.xlsx.villages");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
