package vn.thuocdo.compilation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import vn.thuocdo.compilation.WhatIf;
import vn.thuocdo.forms.scorecard.Scorecard;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.units.Unit;
import vn.thuocdo.web.Notices;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * "Giả định (what-if)" under the review's tables: per kind of unit a weight per area and the survey's share of the
 * maximum, "Tính thử", and the real and what-if rank, percentage and group side by side with the movement. Computed
 * in memory by {@link WhatIf}: the version shown stays as it is (the banner says so).
 */
class WhatIfPanel extends Details {

    /** A weight or a share as typed: digits, at most two decimals, a comma or a point (1,5 / 30). */
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}([.,]\\d{1,2})?");

    private final WhatIf whatIf;
    private final String roundId;
    private final String versionId;
    private final Actor actor;
    private final Map<String, Unit> names;
    private final Map<String, TextField> weights = new LinkedHashMap<>();
    private final Map<String, TextField> shares = new LinkedHashMap<>();
    private final Map<TextField, String> defaults = new HashMap<>();
    final Grid<WhatIf.Row> table = new Grid<>();
    final Button compute = new Button();
    final Button reset = new Button();

    WhatIfPanel(WhatIf whatIf, String roundId, int versionNumber, String versionId, Map<String, Unit> names,
                Actor actor) {
        this.whatIf = whatIf;
        this.roundId = roundId;
        this.versionId = versionId;
        this.actor = actor;
        this.names = names;
        setId("what-if");
        setSummaryText(getTranslation("compilation.whatIf.title"));
        setWidthFull();
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        body.add(vn.thuocdo.web.RoundPages.callout("what-if-banner",
                getTranslation("compilation.whatIf.banner", versionNumber)));
        List<WhatIf.Card> cards;
        try {
            cards = whatIf.cards(roundId, versionId, actor);
        } catch (Rejected refused) {
            body.add(vn.thuocdo.web.RoundPages.callout("what-if-refusal", Notices.text(refused)));
            add(body);
            return;
        }
        for (WhatIf.Card card : cards) {
            body.add(new H4(getTranslation(card.kind() == Scorecard.Kind.PROVINCE ? "compilation.provinces"
                    : "compilation.ministries")));
            FormLayout form = new FormLayout();
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2),
                    new FormLayout.ResponsiveStep("1000px", 4));
            for (WhatIf.AreaInput area : card.areas()) {
                TextField weight = field(getTranslation("compilation.whatIf.weight", area.code(),
                        IndexWords.points(area.maxPoints())), "1");
                // The area's name under the field: a label this long would be cut at four fields a row.
                weight.setHelperText(area.title().in(getLocale()));
                weight.setId("what-if-weight-" + card.kind().name() + "-" + area.code());
                weights.put(WhatIf.Scenario.areaKey(card.kind(), area.code()), weight);
                form.add(weight);
            }
            TextField share = field(getTranslation("compilation.whatIf.share"),
                    IndexWords.points(card.surveyShare()));
            share.setId("what-if-share-" + card.kind().name());
            shares.put(card.kind().name(), share);
            form.add(share);
            form.setColspan(share, 2);
            body.add(form);
        }
        compute.setText(getTranslation("compilation.whatIf.compute"));
        compute.setId("what-if-compute");
        compute.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        compute.addClickListener(e -> compute());
        reset.setText(getTranslation("compilation.whatIf.reset"));
        reset.setId("what-if-reset");
        reset.addClickListener(e -> reset());
        body.add(new HorizontalLayout(compute, reset));
        configure();
        table.setVisible(false);
        body.add(table);
        add(body);
    }

    private TextField field(String label, String value) {
        TextField field = new TextField(label);
        field.setMaxLength(6);
        field.setValue(value);
        field.setAllowedCharPattern("[0-9.,]");
        defaults.put(field, value);
        return field;
    }

    private com.vaadin.flow.component.grid.Grid.Column<WhatIf.Row> kindColumn;

    private void configure() {
        table.setId("what-if-table");
        table.addColumn(r -> names.containsKey(r.unitId()) ? names.get(r.unitId()).name() : r.unitId())
                .setHeader(getTranslation("compilation.col.unit")).setAutoWidth(true).setFlexGrow(3);
        // Provinces and ministries are ranked apart (and sorted so): with both there, each row says which ranking.
        kindColumn = table.addColumn(r -> r.unitKind() == null ? ""
                        : getTranslation("compilation.whatIf.kind." + r.unitKind()))
                .setHeader(getTranslation("council.results.kind")).setAutoWidth(true).setFlexGrow(0);
        table.addColumn(WhatIf.Row::realRank).setHeader(getTranslation("compilation.whatIf.col.realRank"))
                .setAutoWidth(true).setFlexGrow(0);
        table.addColumn(r -> IndexWords.percent(r.realPercent()))
                .setHeader(getTranslation("compilation.whatIf.col.realPercent")).setAutoWidth(true);
        table.addColumn(WhatIf.Row::realGroup).setHeader(getTranslation("compilation.whatIf.col.realGroup"))
                .setAutoWidth(true).setFlexGrow(0);
        table.addColumn(WhatIf.Row::rank).setHeader(getTranslation("compilation.whatIf.col.rank"))
                .setAutoWidth(true).setFlexGrow(0);
        table.addColumn(r -> IndexWords.points(r.points()) + " / " + IndexWords.points(r.maxPoints()))
                .setHeader(getTranslation("compilation.col.points")).setAutoWidth(true);
        table.addColumn(r -> IndexWords.percent(r.percent() == null ? null : r.percent().doubleValue()))
                .setHeader(getTranslation("compilation.whatIf.col.percent")).setAutoWidth(true);
        table.addColumn(WhatIf.Row::group).setHeader(getTranslation("compilation.whatIf.col.group"))
                .setAutoWidth(true).setFlexGrow(0);
        table.addColumn(r -> movement(r.movement())).setHeader(getTranslation("compilation.whatIf.col.movement"))
                .setAutoWidth(true).setFlexGrow(0);
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        table.setWidthFull();
    }

    /** ▲2 up two places, ▼1 down one, = unchanged. */
    static String movement(Integer movement) {
        if (movement == null) {
            return "—";
        }
        return movement > 0 ? "▲" + movement : movement < 0 ? "▼" + (-movement) : "=";
    }

    void compute() {
        try {
            Map<String, BigDecimal> w = new HashMap<>();
            for (Map.Entry<String, TextField> e : weights.entrySet()) {
                BigDecimal value = parse(e.getValue());
                if (value.compareTo(BigDecimal.ONE) != 0) {
                    w.put(e.getKey(), value);
                }
            }
            Map<String, BigDecimal> s = new HashMap<>();
            for (Map.Entry<String, TextField> e : shares.entrySet()) {
                if (!e.getValue().getValue().strip().equals(defaults.get(e.getValue()))) {
                    s.put(e.getKey(), parse(e.getValue()));
                }
            }
            List<WhatIf.Row> rows = whatIf.compute(roundId, versionId, new WhatIf.Scenario(w, s), actor).stream()
                    .sorted(java.util.Comparator.comparing((WhatIf.Row r) -> "PROVINCE".equals(r.unitKind()) ? 0 : 1))
                    .toList();
            table.setItems(rows);
            kindColumn.setVisible(rows.stream().map(WhatIf.Row::unitKind).distinct().count() > 1);
            table.setAllRowsVisible(rows.size() <= 15);
            table.setVisible(true);
        } catch (Rejected refused) {
            Notices.refused(refused);
        }
    }

    private static BigDecimal parse(TextField field) {
        String text = field.getValue() == null ? "" : field.getValue().strip();
        if (text.length() > 6 || !NUMBER.matcher(text).matches()) {
            throw new Rejected("compilation.whatIf.notANumber", field.getLabel());
        }
        return new BigDecimal(text.replace(',', '.'));
    }

    void reset() {
        defaults.forEach(TextField::setValue);
        table.setItems(List.of());
        table.setVisible(false);
    }
}
