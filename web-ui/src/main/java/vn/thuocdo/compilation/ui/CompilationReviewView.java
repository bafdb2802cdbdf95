package vn.thuocdo.compilation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.thuocdo.compilation.Compilations;
import vn.thuocdo.compilation.IndexResult;
import vn.thuocdo.compilation.ResultVersion;
import vn.thuocdo.compilation.VersionState;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.round.Round;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.units.Unit;
import vn.thuocdo.units.UnitKind;
import vn.thuocdo.units.Units;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.Formats;
import vn.thuocdo.web.MainLayout;
import vn.thuocdo.web.Notices;
import vn.thuocdo.web.RoundPages;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static vn.thuocdo.web.RoundPages.callout;

/**
 * The compiled results of a round (and the form of the coordinator's review task): the versions with who, when and
 * why; per kind of unit a ranked table; a unit's breakdown on a click; "Tính lại" with a reason and "Chuyển hội
 * đồng" while the review waits. Council members read the same, without the buttons.
 */
@Route(value = Compilations.REVIEW_FORM, layout = MainLayout.class)
@PageTitle("Tổng hợp kết quả · Thước Đo")
@RolesAllowed({"ministry-coordinator", "council-member"})
public class CompilationReviewView extends VerticalLayout implements HasUrlParameter<String> {

    private final Compilations compilations;
    private final vn.thuocdo.compilation.WhatIf whatIf;
    private final Units units;
    private final Actor actor;
    final Select<Round> round = new Select<>();
    final Grid<ResultVersion> versions = new Grid<>();
    final Button recompute = new Button();
    final Button handOver = new Button();
    RankedTable provinces;
    RankedTable ministries;
    private ResultVersion shown;

    CompilationReviewView(Compilations compilations, Units units, CurrentActor currentActor,
                          vn.thuocdo.compilation.WhatIf whatIf) {
        this.compilations = compilations;
        this.whatIf = whatIf;
        this.units = units;
        this.actor = currentActor.get();
        setId("compilation-review");
        setMaxWidth("1300px");
        round.addValueChangeListener(e -> show(null));
        round.setItemLabelGenerator(r -> r.name() + " (" + r.year() + ")");
        round.setId("compilation-round");
        round.setWidth("min(32em, 100%)");
        VersionList.configure(versions, this);
        versions.addItemClickListener(e -> show(e.getItem()));
        recompute.setText(getTranslation("compilation.recompute"));
        recompute.setId("compilation-recompute");
        recompute.addClickListener(e -> new RecomputeDialog(reason -> act(() ->
                compilations.recompute(round.getValue().id(), reason, actor), "compilation.recomputed")).open());
        handOver.setText(getTranslation("compilation.handOver"));
        handOver.setId("compilation-hand-over");
        handOver.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        handOver.addClickListener(e -> act(() -> compilations.handToCouncil(round.getValue().id(), actor),
                "compilation.handedOver"));
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String taskId) {
        RoundPages.open(this, "compilation.title", taskId, t -> compilations.roundOfTask(t, actor), event, round,
                () -> compilations.rounds(actor), Round::id, "compilation-no-round", "compilation.noRound");
    }

    private void show(ResultVersion version) {
        getChildren().filter(c -> c != round && !(c instanceof H2)).toList().forEach(this::remove);
        if (round.getValue() == null) {
            return;
        }
        String roundId = round.getValue().id();
        List<ResultVersion> all;
        boolean reviewing;
        try {
            all = compilations.versions(roundId, actor);
            reviewing = compilations.reviewing(roundId, actor);
        } catch (Rejected refused) {
            add(callout("refusal", Notices.text(refused)));
            return;
        }
        boolean coordinator = actor.has(Role.MINISTRY_COORDINATOR);
        recompute.setVisible(coordinator);
        recompute.setEnabled(reviewing || all.stream().anyMatch(v -> v.state() != VersionState.DRAFT));
        handOver.setVisible(coordinator);
        handOver.setEnabled(reviewing);
        add(new HorizontalLayout(recompute, handOver));
        if (all.isEmpty()) {
            add(callout("compilation-empty", getTranslation("compilation.empty")));
            return;
        }
        shown = version == null ? all.get(0) : version;
        versions.setItems(all);
        versions.select(shown);
        add(new H3(getTranslation("compilation.versions")), versions);
        add(new Paragraph(getTranslation("compilation.shown", shown.number(), Formats.dateTime(shown.computedAt()),
                Formats.number(shown.responses() - shown.unweighted()), Formats.number(shown.unweighted()))));
        List<IndexResult> totals = compilations.results(roundId, shown.id(), IndexResult.PAR_TOTAL, actor);
        Map<String, IndexResult> sipas = compilations.results(roundId, shown.id(), IndexResult.SIPAS_OVERALL, actor)
                .stream().collect(Collectors.toMap(IndexResult::unitId, Function.identity()));
        Map<String, Unit> names = units.byId(totals.stream().map(IndexResult::unitId).toList());
        IndexResult national = sipas.get(IndexResult.NATIONAL);
        if (national != null) {
            Paragraph line = new Paragraph(getTranslation("compilation.national", IndexWords.sipas(this, national)));
            line.setId("compilation-national");
            add(line);
        }
        Paragraph rankHelp = new Paragraph(getTranslation("compilation.rank.help"));
        rankHelp.setId("compilation-rank-help");
        add(rankHelp);
        provinces = table("ranked-provinces", UnitKind.PROVINCE, totals, sipas, names, "compilation.provinces");
        ministries = table("ranked-ministries", UnitKind.MINISTRY, totals, sipas, names, "compilation.ministries");
        add(new WhatIfPanel(whatIf, roundId, shown.number(), shown.id(), names, actor));
    }

    private RankedTable table(String id, UnitKind kind, List<IndexResult> totals, Map<String, IndexResult> sipas,
                              Map<String, Unit> names, String title) {
        List<IndexResult> mine = totals.stream().filter(t -> t.unitKind().equals(kind.name())).toList();
        if (mine.isEmpty()) {
            return null;
        }
        RankedTable table = new RankedTable(id, mine, sipas, names, unitId -> new UnitBreakdown(
                names.get(unitId).name(), compilations.unit(round.getValue().id(), shown.id(), unitId, actor),
                compilations.measureLabels(),
                other -> names.containsKey(other) ? names.get(other).name() : other).open());
        add(new H3(getTranslation(title)), table);
        return table;
    }

    private void act(Runnable action, String success) {
        try {
            action.run();
            Notices.success(getTranslation(success));
            show(null);
        } catch (Rejected refused) {
            Notices.refused(refused);
        }
    }
}
