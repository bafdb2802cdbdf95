package vn.thuocdo.sampling.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.thuocdo.forms.Field;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.sampling.DossierCount;
import vn.thuocdo.sampling.SamplingEvent;
import vn.thuocdo.sampling.SamplingFrames;
import vn.thuocdo.sampling.SamplingRecord;
import vn.thuocdo.sampling.SamplingRecords;
import vn.thuocdo.sampling.SamplingRequest;
import vn.thuocdo.sampling.SamplingState;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.units.Units;
import vn.thuocdo.web.Badges;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.Formats;
import vn.thuocdo.web.MainLayout;
import vn.thuocdo.web.TaskRefusal;

import java.util.List;
import java.util.Map;

/**
 * One unit's sampling request, read-only: where it stands, what was submitted and when, what a return asked for.
 * The officer reads it after the task has left the inbox; the coordinator opens it from the dashboard.
 */
@Route(value = SamplingRequestView.ROUTE, layout = MainLayout.class)
@PageTitle("Thông tin chọn mẫu đã nộp · Thước Đo")
@RolesAllowed({"provincial-officer", "ministry-coordinator"})
public class SamplingRequestView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = "sampling/request";

    private final SamplingRecords records;
    private final SamplingFrames frames;
    private final Units units;
    private final Actor actor;

    SamplingRequestView(SamplingRecords records, SamplingFrames frames, Units units, CurrentActor currentActor) {
        this.records = records;
        this.frames = frames;
        this.units = units;
        this.actor = currentActor.get();
    }

    /** Which unit's request of which round: {@code ?round=<roundId>&unit=<unitId>}. */
    static QueryParameters query(String roundId, String unitId) {
        return QueryParameters.simple(Map.of("round", roundId, "unit", unitId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        String roundId = query.getOrDefault("round", List.of("")).get(0);
        String unitId = query.getOrDefault("unit", List.of("")).get(0);
        SamplingRecord record;
        try {
            record = records.open(roundId, unitId, actor);
        } catch (Rejected refused) {
            add(new TaskRefusal(getTranslation("request.title"), refused));
            return;
        }
        SamplingRequest request = record.request();
        String unitName = units.find(unitId).map(u -> u.name()).orElse(unitId);
        Paragraph intro = new Paragraph(getTranslation("review.intro", unitName, record.round().name(),
                Formats.date(request.due())));
        intro.addClassName("td-muted");
        add(new H2(getTranslation("request.title") + ": " + unitName), intro, state(record));
        if (request.submittedAt() != null) {
            add(new H3(getTranslation("request.answers")), answers(record),
                    new H3(getTranslation("frame.title")), annexes(request));
        }
        add(history(record.history()));
    }

    /** The state in words, with the reasons when it was returned. */
    private Component state(SamplingRecord record) {
        SamplingRequest request = record.request();
        SamplingState state = request.state();
        Span badge = Badges.of(getTranslation("stage.sampling.state." + state), tone(state));
        badge.setId("request-state");
        HorizontalLayout line = new HorizontalLayout(badge, new Span(getTranslation("request.explain." + state)));
        line.setAlignItems(Alignment.BASELINE);
        line.setWrap(true);
        Div box = new Div(line);
        box.addClassNames("td-callout", tone(state));
        if (request.submittedAt() != null) {
            Paragraph submitted = new Paragraph(getTranslation("review.submittedBy", request.submittedBy(),
                    Formats.dateTime(request.submittedAt())));
            submitted.setId("request-submitted");
            box.add(submitted);
        }
        if (state == SamplingState.RETURNED) {
            if (request.reviewReason() != null) {
                Paragraph reason = new Paragraph(getTranslation("request.returnReason", request.reviewReason()));
                reason.setId("request-return-reason");
                box.add(reason);
            }
            ReturnNotes notes = new ReturnNotes("request-notes", null);
            notes.show(record.notes());
            box.add(notes);
            if (actor.actsFor(request.unitId())) {
                box.add(new Anchor("inbox", getTranslation("request.toInbox")));
            }
        }
        return box;
    }

    /** The answers as the unit gave them; numbers the Vietnamese way. One method, so the typed answers slot in. */
    private Component answers(SamplingRecord record) {
        UnorderedList list = new UnorderedList();
        list.setId("request-answers");
        list.addClassName("td-answers");
        for (Field field : record.form().fields()) {
            String value = record.request().answers().shown(field, getLocale());
            Span label = new Span(field.label().in(getLocale()) + ": ");
            label.addClassName("td-muted");
            list.add(new ListItem(label, new Span(value.isEmpty() ? getTranslation("common.date.none") : value)));
        }
        return list;
    }

    /** Phụ lục 1's totals, and Phụ lục 2 row by row. */
    private Component annexes(SamplingRequest request) {
        Paragraph frame = new Paragraph(FrameUpload.summaryText(this, frames.frameSummary(request.id())));
        frame.setId("frame-summary");
        Paragraph dossiers = new Paragraph(FrameUpload.dossierText(this, frames.dossierSummary(request.id())));
        dossiers.setId("dossier-summary");
        VerticalLayout annexes = new VerticalLayout(frame, dossiers);
        annexes.setPadding(false);
        List<DossierCount> counts = frames.dossierCounts(request.id());
        if (!counts.isEmpty()) {
            annexes.add(new DossierRows(counts));
        }
        return annexes;
    }

    private Component history(List<SamplingEvent> events) {
        UnorderedList list = new UnorderedList();
        for (SamplingEvent e : events) {
            list.add(new ListItem(Formats.dateTime(e.at()) + " · " + getTranslation("review.action." + e.action())
                    + " · " + e.actor() + (e.reason() == null ? "" : " · " + e.reason())));
        }
        VerticalLayout history = new VerticalLayout(new H3(getTranslation("review.history")), list);
        history.setPadding(false);
        history.setVisible(!events.isEmpty());
        return history;
    }

    static String tone(SamplingState state) {
        return switch (state) {
            case REQUESTED, WITHDRAWN -> "neutral";
            case SUBMITTED -> "info";
            case RETURNED -> "warning";
            case APPROVED -> "success";
        };
    }
}
